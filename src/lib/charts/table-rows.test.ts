import { describe, expect, it } from 'vitest';
import { tableRows } from './table-rows.ts';

describe('tableRows', () => {
	it('keeps a table under the limit whole', () => {
		const rows = [1, 2, 3];
		expect(tableRows(rows, 3)).toEqual({ shown: [1, 2, 3], hidden: 0 });
	});
	it('cuts a longer table to its first rows and counts the rest', () => {
		const rows = Array.from({ length: 10 }, (_, i) => i);
		const { shown, hidden } = tableRows(rows, 4);
		expect(shown).toEqual([0, 1, 2, 3]);
		expect(hidden).toBe(6);
	});
});
