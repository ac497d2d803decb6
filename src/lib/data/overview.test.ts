import { describe, expect, it } from 'vitest';
import { filtersFromSearch, rankingEnds, type FilterOptions } from './overview.ts';

// The seeds' filter options: years 2021 and 2022; default 2021 (two units report execution, 2022 one).
const options: FilterOptions = {
	years: [2022, 2021],
	districts: [{ code: '440112', name: '黄埔区' }, { code: '440118', name: '增城区' }],
	allDistrictCodes: ['440112', '440118'],
	defaultYear: 2021
};
const read = (q: string) => filtersFromSearch(new URLSearchParams(q), options);

describe('filtersFromSearch', () => {
	it('takes a year with data, all years, and a district with data', () => {
		expect(read('year=2022&district=440118')).toEqual({ filters: { year: 2022, district: '440118' }, badYear: null, badDistrict: null });
		expect(read('year=all')).toEqual({ filters: { year: null, district: null }, badYear: null, badDistrict: null });
		expect(read('')).toEqual({ filters: { year: 2021, district: null }, badYear: null, badDistrict: null });
	});

	it('reports a year without data or not a year, and shows the default year', () => {
		expect(read('year=2030')).toEqual({ filters: { year: 2021, district: null }, badYear: '2030', badDistrict: null });
		expect(read('year=abc&district=440118')).toEqual({ filters: { year: 2021, district: '440118' }, badYear: 'abc', badDistrict: null });
		expect(read('year=')).toMatchObject({ badYear: '' });
	});

	it('reports a district code without data, and shows all districts', () => {
		expect(read('district=440104')).toEqual({ filters: { year: 2021, district: null }, badYear: null, badDistrict: '440104' });
		expect(read('district=<b>')).toMatchObject({ badDistrict: '<b>' });
		expect(read('district=all')).toMatchObject({ badDistrict: null, filters: { district: null } });
	});
});

describe('rankingEnds', () => {
	const rows = Array.from({ length: 25 }, (_, i) => i + 1);
	it('keeps 10 at each end of a long ranking', () => {
		const { top, bottom } = rankingEnds(rows);
		expect(top).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(bottom).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
	});
	it('keeps everything when both ends would overlap', () => {
		expect(rankingEnds(rows.slice(0, 20))).toEqual({ top: rows.slice(0, 20), bottom: [] });
	});
});
