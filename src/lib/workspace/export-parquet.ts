// Parquet export of a whole result, written in JS with hyparquet-writer
// (DuckDB-WASM has no Parquet writer offline: shared/docs/pitfalls.md). The
// schema is explicit so that DuckDB reads the file back with the column types
// the query had: an inferred schema would make every integer INT32/DOUBLE and
// every date a string.
import type { SchemaElement } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { ResultColumn, TabularResult } from '../engine/query.ts';
import { t } from '../i18n/i18n.ts';
import { decimalScale, rawText } from './format-cell.ts';

type Element = Omit<SchemaElement, 'name' | 'repetition_type'>;

/** How one column is written: its Parquet schema element and the value conversion. */
interface ColumnPlan {
	element: Element;
	/** Never called with null. Throws when a value does not fit: the column is then written as text. */
	convert: (v: unknown) => unknown;
}

const DAY_MS = 86_400_000;
const STRING: ColumnPlan = { element: { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } }, convert: rawText };

function fail(v: unknown, what: string): never {
	throw new TypeError(`not ${what}: ${rawText(v)}`);
}

function int32(v: unknown): number {
	const n = typeof v === 'string' ? Number(v) : v;
	return typeof n === 'number' && Number.isInteger(n) ? n : fail(v, 'an integer');
}

function int64(v: unknown): bigint {
	if (typeof v === 'bigint') return v;
	if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
	// BIGINT beyond 2^53 arrives as its decimal string
	if (typeof v === 'string' && /^[+-]?\d+$/.test(v.trim())) return BigInt(v.trim());
	return fail(v, 'an integer');
}

function float(v: unknown): number {
	const n = typeof v === 'string' ? Number(v) : v;
	return typeof n === 'number' ? n : fail(v, 'a number');
}

/**
 * The unscaled integer of a DECIMAL(p,s) value: through its decimal text, not
 * `v × 10^s` (1.15 × 100 = 114.99999999999999 as a double).
 */
export function unscaledDecimal(v: unknown, scale: number): bigint {
	if (typeof v === 'bigint') return v * 10n ** BigInt(scale);
	// exact decimal text (HUGEINT and BIGINT beyond 2^53 arrive as strings)
	const m = typeof v === 'string' ? /^([+-]?)(\d+)(?:\.(\d*))?$/.exec(v.trim()) : null;
	if (m && (m[3] ?? '').length <= scale) return BigInt(`${m[1]}${m[2]}${(m[3] ?? '').padEnd(scale, '0')}`);
	const n = typeof v === 'string' ? Number(v) : v;
	if (typeof n !== 'number' || !Number.isFinite(n)) fail(v, 'a decimal');
	// toFixed prints the double's exact decimal rounded to `scale` digits (|n| < 1e21)
	const text = Math.abs(n) < 1e21 ? n.toFixed(scale) : BigInt(Math.round(n)).toString() + '0'.repeat(scale);
	return BigInt(text.replace('.', ''));
}

/** Days since 1970-01-01 of 'YYYY-MM-DD'. */
function epochDay(v: unknown): number {
	const m = typeof v === 'string' ? /^(-?\d{4,})-(\d\d)-(\d\d)$/.exec(v) : null;
	if (!m) return v instanceof Date ? Math.floor(v.getTime() / DAY_MS) : fail(v, 'a date');
	// setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999
	const d = new Date(0);
	d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return Math.round(d.getTime() / DAY_MS);
}

/** Microseconds from a fraction of a second's digits ('5' → 500000, '123456789' → 123456). */
const fractionMicros = (digits: string | undefined) => BigInt((digits ?? '').padEnd(6, '0').slice(0, 6));

/** Microseconds since the epoch of an ISO timestamp ('2024-01-02T03:04:05.123Z', '2024-01-02 03:04:05.123456'). */
function epochMicros(v: unknown): bigint {
	if (v instanceof Date) return BigInt(v.getTime()) * 1000n;
	const m =
		typeof v === 'string'
			? /^(-?\d{4,})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]\d\d(?::?\d\d)?)?$/.exec(v.trim())
			: null;
	if (!m) return fail(v, 'a timestamp');
	const d = new Date(0);
	d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	d.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]), 0);
	let offsetMinutes = 0;
	if (m[8] && m[8] !== 'Z') {
		const sign = m[8][0] === '-' ? -1 : 1;
		const digits = m[8].slice(1).replace(':', '');
		offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
	}
	return BigInt(d.getTime() - offsetMinutes * 60_000) * 1000n + fractionMicros(m[7]);
}

/** Microseconds since midnight of 'hh:mm:ss[.ffffff]'. */
function timeMicros(v: unknown): bigint {
	const m = typeof v === 'string' ? /^(\d\d):(\d\d):(\d\d)(?:\.(\d+))?$/.exec(v) : null;
	if (!m) return fail(v, 'a time');
	const seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
	return BigInt(seconds) * 1_000_000n + fractionMicros(m[4]);
}

function blob(v: unknown): Uint8Array {
	if (v instanceof Uint8Array) return v;
	return typeof v === 'string' ? new TextEncoder().encode(v) : fail(v, 'bytes');
}

const intPlan = (element: Element, convert: (v: unknown) => unknown = int32): ColumnPlan => ({ element, convert });

/** Bytes a two's-complement integer of `precision` decimal digits needs (DECIMAL as FIXED_LEN_BYTE_ARRAY). */
const decimalBytes = (precision: number) => Math.ceil((precision * Math.log2(10) + 1) / 8);

/**
 * The Parquet column for a DuckDB type text. DECIMAL is written as a Parquet
 * DECIMAL (INT32 / INT64 / fixed bytes by precision), which hyparquet-writer
 * supports: DuckDB reads it back as the same DECIMAL(p,s). Types Parquet has no
 * flat equivalent for (lists, structs, maps, INTERVAL, UUID, JSON…) are written
 * as their JSON/text form in a STRING column.
 */
export function columnPlan(type: string): ColumnPlan {
	const t = type.trim().toUpperCase();
	switch (t) {
		case 'TINYINT':
		case 'INT1':
			return intPlan({ type: 'INT32', converted_type: 'INT_8' });
		case 'SMALLINT':
		case 'INT2':
		case 'SHORT':
			return intPlan({ type: 'INT32', converted_type: 'INT_16' });
		case 'INTEGER':
		case 'INT':
		case 'INT4':
		case 'SIGNED':
			return intPlan({ type: 'INT32' });
		case 'BIGINT':
		case 'INT8':
		case 'LONG':
			return intPlan({ type: 'INT64' }, int64);
		case 'UTINYINT':
			return intPlan({ type: 'INT32', converted_type: 'UINT_8' });
		case 'USMALLINT':
			return intPlan({ type: 'INT32', converted_type: 'UINT_16' });
		case 'UINTEGER':
			return intPlan({ type: 'INT32', converted_type: 'UINT_32' });
		case 'UBIGINT':
			return intPlan({ type: 'INT64', converted_type: 'UINT_64' }, int64);
		case 'HUGEINT':
		case 'UHUGEINT':
			// no 128-bit Parquet integer: DECIMAL(38,0) holds every HUGEINT below 10^38
			return decimalPlan(38, 0);
		case 'DOUBLE':
		case 'FLOAT8':
			return { element: { type: 'DOUBLE' }, convert: float };
		case 'FLOAT':
		case 'REAL':
		case 'FLOAT4':
			return { element: { type: 'FLOAT' }, convert: float };
		case 'BOOLEAN':
		case 'BOOL':
			return { element: { type: 'BOOLEAN' }, convert: (v) => (typeof v === 'boolean' ? v : fail(v, 'a boolean')) };
		case 'VARCHAR':
		case 'TEXT':
		case 'STRING':
		case 'CHAR':
		case 'BPCHAR':
			return STRING;
		case 'DATE':
			return { element: { type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } }, convert: epochDay };
		case 'TIME':
			return {
				element: { type: 'INT64', converted_type: 'TIME_MICROS', logical_type: { type: 'TIME', isAdjustedToUTC: false, unit: 'MICROS' } },
				convert: timeMicros
			};
		case 'TIMESTAMP':
		case 'DATETIME':
		case 'TIMESTAMP_S':
		case 'TIMESTAMP_MS':
		case 'TIMESTAMP_NS':
			return timestampPlan(false);
		case 'TIMESTAMP WITH TIME ZONE':
		case 'TIMESTAMPTZ':
			return timestampPlan(true);
		case 'BLOB':
		case 'BYTEA':
		case 'VARBINARY':
			return { element: { type: 'BYTE_ARRAY' }, convert: blob };
	}
	const m = /^(?:DECIMAL|NUMERIC)\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)$/.exec(t);
	if (m) return decimalPlan(Number(m[1]), Number(m[2] ?? 0));
	if (t === 'DECIMAL' || t === 'NUMERIC') return decimalPlan(18, decimalScale(t) ?? 3);
	return STRING;
}

function timestampPlan(utc: boolean): ColumnPlan {
	return {
		element: { type: 'INT64', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: utc, unit: 'MICROS' } },
		convert: epochMicros
	};
}

function decimalPlan(precision: number, scale: number): ColumnPlan {
	const element: Element = { converted_type: 'DECIMAL', precision, scale, logical_type: { type: 'DECIMAL', precision, scale } };
	if (precision <= 9) element.type = 'INT32';
	else if (precision <= 18) element.type = 'INT64';
	else Object.assign(element, { type: 'FIXED_LEN_BYTE_ARRAY', type_length: decimalBytes(precision) });
	const limit = 10n ** BigInt(precision);
	// bigint: hyparquet-writer writes it as the unscaled value, exactly
	return {
		element,
		convert: (v) => {
			const u = unscaledDecimal(v, scale);
			return u < limit && u > -limit ? u : fail(v, `a DECIMAL(${precision},${scale})`);
		}
	};
}

/** Parquet needs unique column names: a second `a` becomes `a_2` (then `a_3`…); an empty name `column_N`. */
export function uniqueNames(names: readonly string[]): string[] {
	const used = new Set<string>();
	return names.map((name, j) => {
		const base = name === '' ? `column_${j + 1}` : name;
		let candidate = base;
		for (let k = 2; used.has(candidate); k++) candidate = `${base}_${k}`;
		used.add(candidate);
		return candidate;
	});
}

function columnData(rows: readonly unknown[][], j: number, plan: ColumnPlan): unknown[] {
	const out = new Array<unknown>(rows.length);
	for (let i = 0; i < rows.length; i++) {
		const v = rows[i][j];
		out[i] = v === null || v === undefined ? null : plan.convert(v);
	}
	return out;
}

/** A column as written: its unique name, and whether it kept its type. */
export interface ParquetColumn {
	name: string;
	/** false when a value did not fit the column's type and the column was written as text. */
	typed: boolean;
}

/**
 * The whole result as a Parquet file (SNAPPY, all columns nullable). A column
 * whose values do not match its declared type (unexpected shapes) is written
 * as text rather than failing the export. Throws when there are no columns.
 */
export function toParquet(result: TabularResult): ArrayBuffer {
	return writeParquet(result).buffer;
}

/** toParquet plus which columns fell back to text (for tests and messages). */
export function writeParquet(result: TabularResult): { buffer: ArrayBuffer; columns: ParquetColumn[] } {
	if (!result.columns.length) throw new Error(t('sql.export.noColumns'));
	const names = uniqueNames(result.columns.map((c: ResultColumn) => c.name));
	const schema: SchemaElement[] = [{ name: 'root', num_children: names.length }];
	const data: { name: string; data: unknown[] }[] = [];
	const columns: ParquetColumn[] = [];
	result.columns.forEach((c, j) => {
		let plan = columnPlan(c.type);
		let values: unknown[];
		let typed = true;
		try {
			values = columnData(result.rows, j, plan);
		} catch {
			plan = STRING;
			typed = false;
			values = columnData(result.rows, j, plan);
		}
		schema.push({ name: names[j], repetition_type: 'OPTIONAL', ...plan.element });
		data.push({ name: names[j], data: values });
		columns.push({ name: names[j], typed });
	});
	const buffer = parquetWriteBuffer({ columnData: data, schema, createdBy: 'gz-budget-performance SQL workspace' });
	return { buffer, columns };
}
