// Sorting a result by one column without touching the rows: a permutation of
// row indices (results reach 100,000+ rows; copying them on every header
// click would double memory and churn the GC).
import { isNumericType, isTemporalType, jsonText } from './format-cell.ts';

export type SortDirection = 'asc' | 'desc';

// Intl.Collator orders like String#localeCompare('zh-CN') (pinyin for Hanzi)
// but is many times faster: localeCompare builds a collator per call.
const collator = new Intl.Collator('zh-CN');
const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Number-like keys come first, then text; kept apart so one comparison never mixes them. */
type Key = number | bigint | string;

function numberKey(v: unknown): number | bigint | null {
	if (typeof v === 'number' || typeof v === 'bigint') return v;
	if (typeof v === 'boolean') return v ? 1 : 0;
	if (typeof v === 'string') {
		const s = v.trim();
		// BIGINT beyond 2^53 arrives as a decimal string: exact as a bigint
		if (/^[+-]?\d+$/.test(s)) return BigInt(s);
		const n = Number(s);
		return s !== '' && !Number.isNaN(n) ? n : null;
	}
	return null;
}

function keyOf(v: unknown, numeric: boolean): Key {
	if (numeric) {
		const n = numberKey(v);
		if (n !== null) return n;
	}
	if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return numberKey(v)!;
	if (typeof v === 'string') return v;
	return jsonText(v);
}

/**
 * Row indices of `rows` ordered by column `col`. Stable (equal values keep
 * their order in both directions); NULLs last in both directions; numbers
 * compared numerically (number and bigint compare exactly in JS), NaN after
 * every number; text by zh-CN collation, or code units for DATE/TIMESTAMP
 * text (ISO strings sort chronologically that way). `type` is the column's
 * DuckDB type: numeric columns also compare their numeric strings as numbers.
 */
export function sortRows(rows: readonly (readonly unknown[])[], col: number, dir: SortDirection, type = ''): number[] {
	const numeric = isNumericType(type);
	const compareText = isTemporalType(type) ? codeUnits : collator.compare;
	const keys: Key[] = new Array(rows.length);
	const present: number[] = [];
	const nulls: number[] = [];
	for (let i = 0; i < rows.length; i++) {
		const v = rows[i][col];
		if (v === null || v === undefined) nulls.push(i);
		else {
			keys[i] = keyOf(v, numeric);
			present.push(i);
		}
	}
	const sign = dir === 'asc' ? 1 : -1;
	present.sort((i, j) => sign * compareKeys(keys[i], keys[j], compareText) || i - j);
	for (const i of nulls) present.push(i);
	return present;
}

function compareKeys(a: Key, b: Key, compareText: (a: string, b: string) => number): number {
	const sa = typeof a === 'string';
	const sb = typeof b === 'string';
	if (sa || sb) return sa && sb ? compareText(a, b) : sa ? 1 : -1;
	const na = a !== a; // NaN (a bigint is never NaN)
	const nb = b !== b;
	if (na || nb) return na && nb ? 0 : na ? 1 : -1;
	return a < b ? -1 : a > b ? 1 : 0;
}
