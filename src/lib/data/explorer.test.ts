import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import { categoryLabel, statusLabel } from '../i18n/labels.ts';
import { localized } from '../i18n/localized-column.ts';
import { filterParams, filtersFromSearch, groupOptions, NO_FILTERS, searchFromFilters, searchText, summarize, validFilters, type OptionRow } from './explorer.ts';
import { defaultTrendsFilters, metricLabel, searchFromTrendsFilters, trendsFiltersFromSearch, type TrendsOptions } from './trends.ts';

afterEach(() => setLang('zh'));

describe('explorer filters in the URL', () => {
	it('reads /indicators/?q=满意度&family=satisfaction&status=not_met and writes it back', () => {
		const f = filtersFromSearch(new URLSearchParams('q=满意度&family=satisfaction&status=not_met&year=2021'));
		expect(f).toMatchObject({ q: '满意度', family: 'satisfaction', status: 'not_met', year: 2021, sort: 'relevance', dir: 'asc' });
		expect(searchFromFilters(f).toString()).toBe(new URLSearchParams('q=满意度&status=not_met&family=satisfaction&year=2021').toString());
		expect(searchFromFilters(NO_FILTERS).toString()).toBe('');
	});

	it('ignores what it does not know: bad years, sorts, and (with the options) values', () => {
		const f = filtersFromSearch(new URLSearchParams('year=20x1&sort=drop&dir=up&unit=nobody&family=satisfaction'));
		expect(f).toMatchObject({ year: null, sort: 'default', dir: 'asc', unit: 'nobody' });
		const rows: OptionRow[] = [
			{ filter: 'family', value: 'satisfaction', label: '满意度', parent: null, detail: null, n: 54 },
			{ filter: 'unit', value: 'hp-yonghe', label: '永和街道', parent: '440112', detail: null, n: 43 },
			{ filter: 'year', value: '2021', label: '2021', parent: null, detail: null, n: 59 }
		];
		expect(validFilters({ ...f, year: 2021 }, groupOptions(rows))).toMatchObject({ unit: null, family: 'satisfaction', year: 2021 });
	});

	it('binds an empty search as NULL and relevance without a search as document order', () => {
		expect(filterParams({ ...NO_FILTERS, q: '  ', sort: 'relevance' })).toMatchObject({ q: null, sort: 'default' });
		expect(filterParams({ ...NO_FILTERS, q: ' 满意度 ', sort: 'relevance' })).toMatchObject({ q: '满意度', sort: 'relevance' });
	});

	it('summarizes the count rows: total from the statuses, all 16 bins', () => {
		const s = summarize([
			{ dimension: 'status', key: 'met', n: 26 },
			{ dimension: 'status', key: 'not_met', n: 5 },
			{ dimension: 'level1', key: '产出指标', n: 20 },
			{ dimension: 'level1', key: '效益指标', n: 11 },
			{ dimension: 'attainment', key: '10', n: 20 }
		]);
		expect(s.total).toBe(31);
		expect(s.byLevel1[0]).toEqual({ key: '产出指标', n: 20 });
		expect(s.histogram).toHaveLength(16);
		expect(s.histogram[10]).toEqual({ bin: 10, n: 20 });
	});
});

describe('trends filters in the URL', () => {
	const o: TrendsOptions = {
		years: [2021, 2022],
		units: ['zc-licheng', 'hp-yonghe', 'th-yuancun', 'lw-jinhua'].map((unit_id) => ({ unit_id, short_name: unit_id, district_code: null, district_name: null, years: 1, max_budget_wan: null }))
	};

	it('defaults to the largest budgets, execution rate, first to last year', () => {
		expect(defaultTrendsFilters(o)).toEqual({ units: ['zc-licheng', 'hp-yonghe', 'th-yuancun', 'lw-jinhua'], metric: 'execution', from: 2021, to: 2022 });
	});

	it('reads known units, a metric and years; drops unknown ones', () => {
		const f = trendsFiltersFromSearch(new URLSearchParams('units=hp-yonghe,nobody,hp-yonghe&metric=attainment&from=2022&to=1999'), o);
		expect(f).toEqual({ units: ['hp-yonghe'], metric: 'attainment', from: 2022, to: 2022 });
		expect(searchFromTrendsFilters(f).toString()).toBe('units=hp-yonghe&metric=attainment&from=2022&to=2022');
		expect(trendsFiltersFromSearch(new URLSearchParams('units='), o).units).toEqual([]);
	});
});

describe('explorer and trends labels in English', () => {
	const rows: OptionRow[] = [
		{ filter: 'family', value: 'satisfaction', label: '满意度', label_en: 'Satisfaction', parent: null, detail: null, n: 54 },
		{ filter: 'level1', value: '产出指标', label: '产出指标', label_en: null, parent: null, detail: null, n: 113 },
		{ filter: 'status', value: 'not_met', label: 'not_met', label_en: null, parent: null, detail: null, n: 5 }
	];

	it('family names from name_en, categories and statuses from labels.ts; values unchanged', () => {
		const o = groupOptions(rows);
		setLang('en');
		expect(localized(o.family[0], 'label')).toBe('Satisfaction');
		expect(categoryLabel(o.level1[0].label)).toBe('Output');
		expect(statusLabel(o.status[0].value)).toBe('not met');
		expect([o.family[0].value, o.level1[0].value, o.status[0].value]).toEqual(['satisfaction', '产出指标', 'not_met']);
		expect(metricLabel('execution')).toBe('Budget execution rate');
		setLang('zh');
		expect(localized(o.family[0], 'label')).toBe('满意度');
		expect(metricLabel('execution')).toBe('预算执行率');
	});
});

describe('searchText', () => {
	it('removes control characters (a NUL from ?q=%00, tabs, DEL, C1) before the search runs', () => {
		expect(searchText('\u0000')).toBe('');
		expect(searchText(' 满意\u0000度\t')).toBe('满意度');
		expect(searchText('a\u007fb\u0085c')).toBe('abc');
		expect(filterParams({ ...NO_FILTERS, q: '\u0000' }).q).toBeNull();
	});
});
