import { describe, expect, it } from 'vitest';
import { countBySeverity, groupFlags, type QualityFlagRow } from './quality.ts';

const flag = (over: Partial<QualityFlagRow>): QualityFlagRow => ({
	flag_id: 'f', doc_id: 'd1', source_file: 'sources/a.txt', source_line: 1, severity: 'warning', code: 'sum_mismatch', message: 'm',
	table_name: null, fiscal_year: 2022, doc_kind: 'self_evaluation_form', doc_title: null, year_assumed: false,
	unit_id: 'u', short_name: 'U', unit_name: 'U', district_code: '440106', district_name: '天河区', ...over
});

describe('groupFlags', () => {
	it('keeps the query order, groups by document then code, and names unpublished files by path', () => {
		const groups = groupFlags([
			flag({ flag_id: 'a', code: 'rate_mismatch' }),
			flag({ flag_id: 'b', code: 'unit_assumed', severity: 'info' }),
			flag({ flag_id: 'c', code: 'rate_mismatch', source_line: 9 }),
			flag({ flag_id: 'd', doc_id: 'd2' }),
			flag({ flag_id: 'e', doc_id: null, source_file: 'sources/x.txt', code: 'unregistered_document', severity: 'error' })
		]);
		expect(groups.map((g) => [g.key, g.flags])).toEqual([['d1', 3], ['d2', 1], ['sources/x.txt', 1]]);
		expect(groups[0].codes.map((c) => [c.code, c.flags.map((f) => f.flag_id)])).toEqual([['rate_mismatch', ['a', 'c']], ['unit_assumed', ['b']]]);
	});

	it('counts every severity, zero when absent', () => {
		expect(countBySeverity([{ severity: 'warning', code: 'x', flags: 2, documents: 1 }, { severity: 'warning', code: 'y', flags: 3, documents: 1 }])).toEqual({ error: 0, warning: 5, info: 0 });
	});
});
