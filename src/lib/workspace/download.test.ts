import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import { exportFileName } from './download.ts';

describe('exportFileName', () => {
	// local time: new Date(y, m, d, h, min) is the same wall clock in every time zone
	const at = new Date(2026, 10, 21, 15, 30, 59);

	it('names the file base-date-time.ext, to the minute', () => {
		expect(exportFileName('查询结果', 'csv', at)).toBe('查询结果-2026-11-21-1530.csv');
		expect(exportFileName('查询结果', '.parquet', new Date(2026, 0, 5, 9, 7))).toBe('查询结果-2026-01-05-0907.parquet');
	});

	it('replaces characters file systems reject, and falls back to 查询结果', () => {
		expect(exportFileName('a/b:c*?"<>|d', 'png', at)).toBe('a_b_c_d-2026-11-21-1530.png');
		expect(exportFileName('..', 'csv', at)).toBe('查询结果-2026-11-21-1530.csv');
		expect(exportFileName('  ', 'csv', at)).toBe('查询结果-2026-11-21-1530.csv');
	});
});

describe('exportFileName on English pages', () => {
	afterEach(() => setLang('zh'));

	it('falls back to query-result', () => {
		setLang('en');
		expect(exportFileName('', 'csv', new Date(2026, 10, 21, 15, 30))).toBe('query-result-2026-11-21-1530.csv');
	});
});
