import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows.ts';

const col = (values: unknown[]) => values.map((v) => [v]);

describe('sortRows', () => {
	it('sorts numbers numerically, not as text', () => {
		const rows = col([10, 9, 100, -1]);
		expect(sortRows(rows, 0, 'asc', 'INTEGER')).toEqual([3, 1, 0, 2]);
		expect(sortRows(rows, 0, 'desc', 'INTEGER')).toEqual([2, 0, 1, 3]);
	});

	it('compares BIGINT strings beyond 2^53 exactly, mixed with numbers', () => {
		// 9007199254740993 and 9007199254740992 are the same double: only an exact compare orders them
		const rows = col(['9007199254740993', 5, '-9223372036854775808', null, 9007199254740992]);
		expect(sortRows(rows, 0, 'asc', 'BIGINT')).toEqual([2, 1, 4, 0, 3]);
		expect(sortRows(rows, 0, 'desc', 'BIGINT')).toEqual([0, 4, 1, 2, 3]);
	});

	it('puts NULLs last in both directions, in their original order', () => {
		const rows = col([null, 2, null, 1]);
		expect(sortRows(rows, 0, 'asc', 'DOUBLE')).toEqual([3, 1, 0, 2]);
		expect(sortRows(rows, 0, 'desc', 'DOUBLE')).toEqual([1, 3, 0, 2]);
	});

	it('is stable in both directions', () => {
		const rows = [
			['b', 1],
			['a', 2],
			['b', 3],
			['a', 4]
		];
		expect(sortRows(rows, 0, 'asc', 'VARCHAR')).toEqual([1, 3, 0, 2]);
		expect(sortRows(rows, 0, 'desc', 'VARCHAR')).toEqual([0, 2, 1, 3]);
	});

	it('orders Chinese text by zh-CN collation (pinyin), not code points', () => {
		// code points: 张 U+5F20 < 王 U+738B < 阿 U+963F; pinyin: a < wang < zhang
		const rows = col(['张三', '阿里', '王五']);
		expect(sortRows(rows, 0, 'asc', 'VARCHAR')).toEqual([1, 2, 0]);
		expect(sortRows(rows, 0, 'desc', 'VARCHAR')).toEqual([0, 2, 1]);
	});

	it('orders dates and timestamps chronologically', () => {
		const rows = col(['2024-10-01', '2023-12-31', '2024-02-29']);
		expect(sortRows(rows, 0, 'asc', 'DATE')).toEqual([1, 2, 0]);
	});

	it('sorts by the column asked for, addressed by index (names may repeat)', () => {
		const rows = [
			[1, 30],
			[2, 10],
			[3, 20]
		];
		expect(sortRows(rows, 1, 'asc', 'INTEGER')).toEqual([1, 2, 0]);
		expect(sortRows(rows, 0, 'desc', 'INTEGER')).toEqual([2, 1, 0]);
	});

	it('puts NaN after every number and booleans false before true', () => {
		expect(sortRows(col([NaN, 1, -Infinity]), 0, 'asc', 'DOUBLE')).toEqual([2, 1, 0]);
		expect(sortRows(col([true, false]), 0, 'asc', 'BOOLEAN')).toEqual([1, 0]);
	});

	it('returns a permutation and leaves the rows untouched (100,000 rows)', () => {
		const n = 100_000;
		const rows = Array.from({ length: n }, (_, i) => [(i * 7919) % n, `s${i}`]);
		const first = rows[0];
		const order = sortRows(rows, 0, 'desc', 'BIGINT');
		expect(order).toHaveLength(n);
		expect(new Set(order).size).toBe(n);
		expect(rows[order[0]][0]).toBe(n - 1);
		expect(rows[order[n - 1]][0]).toBe(0);
		expect(rows[0]).toBe(first);
		expect(rows[1][0]).toBe(7919);
	});
});
