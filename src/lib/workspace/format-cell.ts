// Text of one result cell, from the value and its column's DuckDB type. Plain
// text only (the grid interpolates it; nothing here is ever HTML). Numbers use
// the dashboard's zh-CN d3-format conventions (number-format.ts): `,` thousands,
// true minus sign, the same characters in Node and every browser.
import { formatLocale } from 'd3-format';
import { formatCount, MINUS } from '../format/number-format.ts';

/** What a NULL cell shows (the grid styles it muted). */
export const NULL_TEXT = 'NULL';

/** Longer texts are cut in the grid (a 1 MB string would stall layout); rawText keeps everything. */
export const MAX_DISPLAY_CHARS = 500;

// Same locale as number-format.ts, whose formatter cache is private; the
// workspace needs specifiers it does not offer (`~` trimming, `r`, `e`).
const zh = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''], minus: MINUS });
const cache = new Map<string, (n: number) => string>();
function fmt(spec: string): (n: number) => string {
	let f = cache.get(spec);
	if (!f) cache.set(spec, (f = zh.format(spec)));
	return f;
}

const INTEGER_TYPES = new Set([
	'TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'HUGEINT',
	'UTINYINT', 'USMALLINT', 'UINTEGER', 'UBIGINT', 'UHUGEINT',
	'INT', 'INT1', 'INT2', 'INT4', 'INT8', 'INT16', 'INT32', 'INT64', 'INT128', 'LONG', 'SHORT', 'SIGNED'
]);
const FLOAT_TYPES = new Set(['DOUBLE', 'FLOAT', 'REAL', 'FLOAT4', 'FLOAT8']);

const norm = (type: string) => type.trim().toUpperCase();

export const isIntegerType = (type: string): boolean => INTEGER_TYPES.has(norm(type));
export const isFloatType = (type: string): boolean => FLOAT_TYPES.has(norm(type));

/** Scale of DECIMAL(p,s) / NUMERIC(p,s); a bare DECIMAL is DuckDB's DECIMAL(18,3). null when not a decimal. */
export function decimalScale(type: string): number | null {
	const t = norm(type);
	const m = /^(?:DECIMAL|NUMERIC)\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)$/.exec(t);
	if (m) return m[2] === undefined ? 0 : Number(m[2]);
	return t === 'DECIMAL' || t === 'NUMERIC' ? 3 : null;
}

export const isNumericType = (type: string): boolean =>
	isIntegerType(type) || isFloatType(type) || decimalScale(type) !== null;

/** DATE and the TIMESTAMP family (not TIME: a time of day is not a point on a time axis). */
export function isTemporalType(type: string): boolean {
	const t = norm(type);
	return t === 'DATE' || t.startsWith('TIMESTAMP') || t === 'DATETIME';
}

/**
 * A column whose integers are years (fiscal_year, year, 年度): printed without
 * a thousands separator (2024, not 2,024) and charted on a time-like axis.
 */
export function isYearName(name: string | undefined): boolean {
	return !!name && /(^|_)(fiscal_)?(year|yr)$|年(度|份)?$/i.test(name.trim());
}

/** `1234567` as digits → `1,234,567` (BIGINT beyond 2^53 arrives as a decimal string). */
function groupDigits(s: string): string {
	const m = /^([+-]?)(\d+)$/.exec(s);
	if (!m) return s;
	const grouped = m[2].replace(/\B(?=(\d{3})+$)/g, ',');
	return (m[1] === '-' ? MINUS : '') + grouped;
}

// A value that rounds to zero prints 0.00, not −0.00 (as number-format.ts does).
function noNegativeZero(s: string): string {
	return /^\u2212[0.]+$/.test(s) ? s.slice(1) : s;
}

/** DOUBLE: up to 4 decimals, trailing zeros trimmed; tiny and huge values in e-notation. */
export function formatFloat(x: number): string {
	if (Number.isNaN(x)) return 'NaN';
	if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : `${MINUS}Infinity`;
	if (x === 0) return '0';
	const a = Math.abs(x);
	if (a >= 1e15 || a < 1e-6) return fmt('.4~e')(x);
	// below 1, 4 significant digits keep 0.0001234 from printing as 0.0001
	if (a < 1) return fmt('.4~r')(x);
	return fmt(',.4~f')(x);
}

/** DuckDB's BLOB text: printable ASCII kept, other bytes as \xHH. */
export function blobText(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
	return s;
}

/** Compact JSON of a list/struct; bigints as strings, bytes as BLOB text (JSON.stringify throws on bigint). */
export function jsonText(value: unknown): string {
	return JSON.stringify(value, (_k, v: unknown) => {
		if (typeof v === 'bigint') return v.toString();
		if (v instanceof Uint8Array) return blobText(v);
		if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
		return v;
	}) ?? '';
}

/**
 * The raw value as text: what "copy", the "显示原始值" toggle and CSV export
 * show. NULL is '' (an empty CSV field); numbers in JS's shortest round-trip form.
 */
export function rawText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
	if (value instanceof Uint8Array) return blobText(value);
	if (value instanceof Date) return value.toISOString();
	return jsonText(value);
}

function formatNumberValue(value: number | string | bigint, type: string, name?: string): string {
	if (typeof value !== 'number') {
		const s = String(value);
		if (/^[+-]?\d+$/.test(s)) return groupDigits(s);
		const n = Number(s);
		return s.trim() !== '' && !Number.isNaN(n) ? formatNumberValue(n, type, name) : s;
	}
	if (!Number.isFinite(value)) return formatFloat(value);
	if (isIntegerType(type)) {
		if (isYearName(name) && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
		return Number.isSafeInteger(value) ? formatCount(value) : formatFloat(value);
	}
	const scale = decimalScale(type);
	if (scale !== null) return noNegativeZero(fmt(`,.${Math.min(scale, 20)}f`)(value));
	if (!isFloatType(type) && Number.isSafeInteger(value)) return formatCount(value);
	return formatFloat(value);
}

/** ISO timestamp → `2024-01-02 03:04:05` (milliseconds kept only when not zero). */
function formatTimestamp(s: string, type: string): string {
	const m = /^(-?\d{4,}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/.exec(s);
	if (!m) return s;
	const frac = m[3] && /[1-9]/.test(m[3]) ? m[3].replace(/0+$/, '') : '';
	const tz = /TIME ZONE|TZ/.test(norm(type)) && m[4] ? (m[4] === 'Z' ? ' UTC' : ` ${m[4]}`) : '';
	return `${m[1]} ${m[2]}${frac}${tz}`;
}

function clip(s: string): string {
	const oneLine = s.replace(/\r\n|\r|\n/g, '↵');
	return oneLine.length > MAX_DISPLAY_CHARS ? `${oneLine.slice(0, MAX_DISPLAY_CHARS)}…` : oneLine;
}

/**
 * Display text of a cell. `name` is the column name (years print as 2024).
 * NULL → `NULL`; numbers grouped (`1,234`), DECIMAL(p,s) with s decimals,
 * DOUBLE with up to 4; lists and structs as compact JSON; line breaks as ↵.
 */
export function formatCell(value: unknown, type: string, name?: string): string {
	if (value === null || value === undefined) return NULL_TEXT;
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (typeof value === 'number' || typeof value === 'bigint') return formatNumberValue(value, type, name);
	if (typeof value === 'string') {
		if (isNumericType(type)) return formatNumberValue(value, type, name);
		if (norm(type).startsWith('TIMESTAMP')) return formatTimestamp(value, type);
		return clip(value);
	}
	return clip(rawText(value));
}

/** Right-aligned, tabular-figure cells: numeric columns. */
export function alignRight(type: string): boolean {
	return isNumericType(type);
}
