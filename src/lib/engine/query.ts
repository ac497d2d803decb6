// Runs SQL on the shared DuckDB-WASM connection and returns plain JS rows,
// the one place where Arrow results become numbers, strings and arrays
// (the same shapes the build-time Node engine produces in query/plain-rows.ts).
import { Type, type DataType, type Decimal, type Dictionary, type RecordBatch, type Time } from 'apache-arrow';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import {
	currentEngine,
	EngineRestartedError,
	engineSettled,
	explainEngineError,
	isTrap,
	restartEngine,
	withConnection,
	withWorkspaceConnection
} from './duckdb-engine.ts';
import type { SqlValue } from '../query/bind-sql.ts';
import { t } from '../i18n/i18n.ts';

type Convert = (v: unknown) => unknown;

/** bigint → number when exact, else its decimal string (never a silently wrong number). */
const fromBigInt = (v: bigint): number | string =>
	v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();

const integer: Convert = (v) => (typeof v === 'bigint' ? fromBigInt(v) : v);

/** Arrow decimal (little-endian two's-complement 32-bit words) → the double its decimal text parses to. */
function decimal(scale: number): Convert {
	return (v) => {
		const words = Uint32Array.from(v as Uint32Array);
		let n = 0n;
		for (let i = words.length - 1; i >= 0; i--) n = (n << 32n) | BigInt(words[i]);
		n = BigInt.asIntN(words.length * 32, n);
		if (scale === 0) return Number(n);
		const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, '0');
		return Number(`${n < 0n ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`);
	};
}

function converter(type: DataType): Convert {
	const orNull =
		(f: Convert): Convert =>
		(v) =>
			v == null ? null : f(v);
	switch (type.typeId) {
		case Type.Int:
		case Type.Duration:
			return orNull(integer);
		case Type.Time: {
			// Arrow gives a count of seconds…nanoseconds since midnight; show it as '13:05:09.5'.
			const perSecond = [1, 1e3, 1e6, 1e9][(type as Time).unit];
			return orNull((v) => {
				const t = Number(v) / perSecond;
				const two = (n: number) => String(Math.floor(n)).padStart(2, '0');
				const frac = String(+(t % 1).toFixed(6)).slice(1);
				return `${two(t / 3600)}:${two((t % 3600) / 60)}:${two(t % 60)}${frac}`;
			});
		}
		case Type.Decimal:
			return orNull(decimal((type as Decimal).scale));
		case Type.Date: // Arrow gives epoch milliseconds
			return orNull((v) => new Date(Number(v)).toISOString().slice(0, 10));
		case Type.Timestamp:
			return orNull((v) => new Date(Number(v)).toISOString());
		case Type.Dictionary:
			return converter((type as Dictionary).dictionary);
		case Type.List:
		case Type.FixedSizeList: {
			const item = converter(type.children[0].type);
			return orNull((v) => Array.from(v as Iterable<unknown>, item));
		}
		case Type.Struct: {
			const fields = type.children.map((f: { name: string; type: DataType }) => [f.name, converter(f.type)] as const);
			return orNull((v) => {
				const row = v as Record<string, unknown>;
				return Object.fromEntries(fields.map(([name, conv]) => [name, conv(row[name])]));
			});
		}
		case Type.Map: {
			const [key, val] = type.children[0].type.children.map((f: { type: DataType }) => converter(f.type));
			return orNull((v) => Object.fromEntries(Array.from(v as Iterable<[unknown, unknown]>, ([k, x]) => [String(key(k)), val(x)])));
		}
		default:
			return orNull((v) => v);
	}
}

function toRows<T>(batches: RecordBatch[]): T[] {
	const rows: T[] = [];
	for (const batch of batches) {
		const cols = batch.schema.fields.map((f, i) => ({ name: f.name, conv: converter(f.type), vec: batch.getChildAt(i)! }));
		for (let r = 0; r < batch.numRows; r++) {
			const row: Record<string, unknown> = {};
			for (const c of cols) row[c.name] = c.conv(c.vec.get(r));
			rows.push(row as T);
		}
	}
	return rows;
}

/** The SQL type text DuckDB would print for an Arrow field type (the workspace's column headers, exports). */
export function sqlTypeName(type: DataType): string {
	switch (type.typeId) {
		case Type.Int: {
			const t = type as unknown as { bitWidth: number; isSigned: boolean };
			const name = { 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' }[t.bitWidth] ?? 'BIGINT';
			return t.isSigned ? name : `U${name}`;
		}
		case Type.Float:
			return (type as unknown as { precision: number }).precision === 2 ? 'DOUBLE' : 'FLOAT';
		case Type.Decimal: {
			const d = type as Decimal;
			return `DECIMAL(${d.precision},${d.scale})`;
		}
		case Type.Utf8:
		case Type.LargeUtf8:
			return 'VARCHAR';
		case Type.Bool:
			return 'BOOLEAN';
		case Type.Date:
			return 'DATE';
		case Type.Timestamp:
			return 'TIMESTAMP';
		case Type.Time:
			return 'TIME';
		case Type.Interval:
		case Type.Duration:
			return 'INTERVAL';
		case Type.Binary:
		case Type.LargeBinary:
			return 'BLOB';
		case Type.Dictionary:
			return sqlTypeName((type as Dictionary).dictionary);
		case Type.List:
		case Type.FixedSizeList:
			return `${sqlTypeName(type.children[0].type)}[]`;
		case Type.Struct:
			return `STRUCT(${type.children.map((f: { name: string; type: DataType }) => `${f.name} ${sqlTypeName(f.type)}`).join(', ')})`;
		case Type.Map:
			return `MAP(${type.children[0].type.children.map((f: { type: DataType }) => sqlTypeName(f.type)).join(', ')})`;
		case Type.Null:
			return 'NULL';
		default:
			return String(type);
	}
}

export interface ResultColumn {
	name: string;
	/** DuckDB's type text: 'BIGINT', 'DECIMAL(18,4)', 'VARCHAR', 'DATE', 'DOUBLE[]'… */
	type: string;
}

/** A result as the SQL workspace needs it: columns in order (names may repeat), rows as arrays. */
export interface TabularResult {
	columns: ResultColumn[];
	rows: unknown[][];
}

function toTabular(batches: RecordBatch[], schemaFields: { name: string; type: DataType }[]): TabularResult {
	const columns = schemaFields.map((f) => ({ name: f.name, type: sqlTypeName(f.type) }));
	const convs = schemaFields.map((f) => converter(f.type));
	const rows: unknown[][] = [];
	for (const batch of batches) {
		const vecs = convs.map((_, i) => batch.getChildAt(i)!);
		for (let r = 0; r < batch.numRows; r++) rows.push(vecs.map((v, i) => convs[i](v.get(r))));
	}
	return { columns, rows };
}

/** DuckDB-WASM reports some errors as JSON ({"exception_type":"Parser","exception_message":…}); give the reader DuckDB's usual text. */
function sqlError(err: unknown): Error {
	const message = err instanceof Error ? err.message : String(err);
	if (message.startsWith('{')) {
		try {
			const j = JSON.parse(message) as { exception_type?: string; exception_message?: string };
			if (j.exception_message) return new Error(j.exception_type ? `${j.exception_type} Error: ${j.exception_message}` : j.exception_message);
		} catch {
			// not JSON after all
		}
	}
	if (isTrap(message)) {
		// The instance is broken for good: a new one, with the tables, then the reader is told.
		void restartEngine();
		return new EngineRestartedError();
	}
	const explained = explainEngineError(message);
	return err instanceof Error && explained === message ? err : new Error(explained);
}

let running = false;

type Reader = Awaited<ReturnType<AsyncDuckDBConnection['send']>>;

/**
 * Runs `sql` with its values bound as parameters of a prepared statement
 * ($1, $2… in the text: query/bind-sql.ts), or as plain text when there are
 * none, and hands the streaming reader to `read`. send() (not query()) so
 * that cancelQuery() can interrupt it; streaming, so a reader that stops
 * early stops DuckDB producing rows.
 */
async function run<T>(conn: AsyncDuckDBConnection, sql: string, values: readonly SqlValue[] | undefined, read: (reader: Reader) => Promise<T>): Promise<T> {
	running = true;
	try {
		if (!values) {
			const reader = await conn.send(sql, true);
			if (!reader) throw new Error(t('engine.stopped'));
			return await read(reader);
		}
		const statement = await conn.prepare(sql);
		try {
			const reader = await statement.send(...values);
			if (!reader) throw new Error(t('engine.stopped'));
			return await read(reader);
		} finally {
			await statement.close().catch(() => undefined);
		}
	} catch (err) {
		throw sqlError(err);
	} finally {
		running = false;
	}
}

async function allBatches(reader: Reader): Promise<RecordBatch[]> {
	const batches: RecordBatch[] = [];
	for await (const batch of reader) batches.push(batch);
	return batches;
}

/**
 * Runs one SQL text of the pages (tables must be loaded first: ensureTables())
 * on the pages' connection, with `values` bound to its $1, $2… parameters,
 * and returns plain rows. Queries are serialized.
 */
export async function query<T = Record<string, unknown>>(sql: string, values?: readonly SqlValue[]): Promise<T[]> {
	await engineSettled();
	return withConnection(async (conn) => {
		if (!values) return toRows<T>(await run(conn, sql, undefined, allBatches));
		// A page's result is small: the prepared statement's query() brings it in one
		// message (its streaming send() took twice as long per query in DuckDB-WASM 1.32).
		try {
			const statement = await conn.prepare(sql);
			try {
				return toRows<T>((await statement.query(...values)).batches);
			} finally {
				await statement.close().catch(() => undefined);
			}
		} catch (err) {
			throw sqlError(err);
		}
	});
}

/** A workspace result: at most the rows asked for; `truncated` when the statement had more. */
export interface LimitedResult extends TabularResult {
	truncated: boolean;
}

async function tabular(conn: AsyncDuckDBConnection, sql: string, values: readonly SqlValue[] | undefined, maxRows: number): Promise<LimitedResult> {
	return run(conn, sql, values, async (reader) => {
		// The schema is known once the reader is open (even for 0 rows), and is
		// dropped again when iteration ends: take it in between.
		await reader.open();
		const fields = reader.schema.fields;
		const batches: RecordBatch[] = [];
		let rows = 0;
		let truncated = false;
		for await (const batch of reader) {
			batches.push(batch);
			rows += batch.numRows;
			if (rows > maxRows) {
				truncated = true;
				break; // DuckDB produces no more rows: a streaming result is pulled chunk by chunk
			}
		}
		if (truncated) await conn.cancelSent().catch(() => false);
		const result = toTabular(batches, fields);
		if (truncated) result.rows.length = maxRows;
		return { ...result, truncated };
	});
}

/**
 * Runs one statement the analyst wrote, on the workspace's own connection,
 * and returns columns (with their SQL types) and at most `maxRows` rows as
 * arrays: ad-hoc SQL may name two columns alike, which row objects would merge.
 * Cancellable with cancelQuery().
 */
export async function queryTabular(sql: string, { maxRows = Number.POSITIVE_INFINITY }: { maxRows?: number } = {}): Promise<LimitedResult> {
	await engineSettled();
	return withWorkspaceConnection((conn) => tabular(conn, sql, undefined, maxRows));
}

/** A page's own query as columns and rows (the explorer's export), on the pages' connection with bound values. */
export async function queryPageTabular(sql: string, values?: readonly SqlValue[]): Promise<LimitedResult> {
	await engineSettled();
	return withConnection((conn) => tabular(conn, sql, values, Number.POSITIVE_INFINITY));
}

/** Plain rows from the workspace's connection (its catalog: the analyst's temp objects are visible only there). */
export async function workspaceQuery<T = Record<string, unknown>>(sql: string): Promise<T[]> {
	await engineSettled();
	return withWorkspaceConnection(async (conn) => toRows<T>(await run(conn, sql, undefined, allBatches)));
}

/** Interrupts the workspace query now running, if any (the SQL workspace's Cancel button). Resolves true if one was cancelled. */
export async function cancelQuery(): Promise<boolean> {
	const engine = currentEngine();
	if (!engine || !running) return false;
	return engine.workspace.cancelSent();
}
