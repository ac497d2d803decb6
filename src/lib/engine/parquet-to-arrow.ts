// Parquet bytes → Arrow table → Arrow IPC stream bytes, in plain JS.
// DuckDB-WASM 1.32 cannot read Parquet without fetching an extension from
// extensions.duckdb.org, which this site must never contact; so hyparquet
// decodes the file and DuckDB receives Arrow IPC (any Arrow major reads it).
// Pure: no DOM, no worker API, so the same code runs in the decode worker
// and in Node tests.
import { parquetMetadata, parquetRead, parquetSchema, type FileMetaData } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import {
	Bool,
	DateDay,
	Decimal,
	Dictionary,
	Field,
	Float32,
	Float64,
	Int16,
	Int32,
	Int64,
	Int8,
	RecordBatch,
	Schema,
	Struct,
	Table,
	TimestampMillisecond,
	Utf8,
	makeData,
	makeVector,
	tableToIPC,
	type Data,
	type DataType
} from 'apache-arrow';

/** A column as manifest.json describes it: `type` is the DuckDB SQL type. */
export interface ColumnSpec {
	name: string;
	type: string;
}

type Values = ArrayLike<unknown>;
interface Chunk {
	rowStart: number;
	data: Values;
}

/** Arrow type for a DuckDB SQL type name, e.g. 'VARCHAR', 'INTEGER', 'DECIMAL(18,4)'. */
export function arrowTypeFor(sqlType: string): DataType {
	const t = sqlType.trim().toUpperCase();
	const dec = /^(?:DECIMAL|NUMERIC)\s*\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\)$/.exec(t);
	// 128-bit like DuckDB's own Arrow export; DuckDB maps precision ≤ 18 back to DECIMAL(p,s).
	if (dec) return new Decimal(Number(dec[2] ?? 0), Number(dec[1]), 128);
	switch (t) {
		case 'VARCHAR':
		case 'TEXT':
		case 'STRING':
			return new Utf8();
		case 'INTEGER':
		case 'INT':
		case 'INT4':
			return new Int32();
		case 'SMALLINT':
			return new Int16();
		case 'TINYINT':
			return new Int8();
		case 'BIGINT':
		case 'INT8':
			return new Int64();
		case 'DOUBLE':
		case 'FLOAT8':
			return new Float64();
		case 'FLOAT':
		case 'REAL':
			return new Float32();
		case 'BOOLEAN':
		case 'BOOL':
			return new Bool();
		case 'DATE':
			return new DateDay();
		case 'TIMESTAMP':
			return new TimestampMillisecond();
	}
	throw new Error(`unsupported column type ${sqlType}`);
}

/** SQL type of a Parquet leaf column, for files (or columns) the manifest does not describe. */
function sqlTypeOfParquet(el: {
	type?: string;
	converted_type?: string;
	logical_type?: { type: string };
	precision?: number;
	scale?: number;
}): string {
	const ct = el.converted_type ?? el.logical_type?.type;
	if (ct === 'DECIMAL') return `DECIMAL(${el.precision ?? 18},${el.scale ?? 0})`;
	if (ct === 'UTF8' || ct === 'STRING') return 'VARCHAR';
	if (ct === 'DATE') return 'DATE';
	if (ct?.startsWith('TIMESTAMP')) return 'TIMESTAMP';
	if (ct === 'INT_8') return 'TINYINT';
	if (ct === 'INT_16') return 'SMALLINT';
	switch (el.type) {
		case 'BOOLEAN':
			return 'BOOLEAN';
		case 'INT32':
			return 'INTEGER';
		case 'INT64':
			return 'BIGINT';
		case 'FLOAT':
			return 'FLOAT';
		case 'DOUBLE':
			return 'DOUBLE';
		case 'BYTE_ARRAY':
			return 'VARCHAR';
	}
	throw new Error(`unsupported Parquet column type ${el.type}/${ct ?? '-'}`);
}

/** Validity bitmap (1 = valid) and null count; no bitmap when nothing is null. */
function validity(chunks: Chunk[], length: number): { nullBitmap?: Uint8Array; nullCount: number } {
	let nullCount = 0;
	const bitmap = new Uint8Array((length + 7) >> 3);
	for (const { rowStart, data } of chunks) {
		for (let i = 0; i < data.length; i++) {
			const row = rowStart + i;
			if (data[i] == null) nullCount++;
			else bitmap[row >> 3] |= 1 << (row & 7);
		}
	}
	return nullCount ? { nullBitmap: bitmap, nullCount } : { nullCount: 0 };
}

const utf8 = new TextEncoder();
const asBytes = (v: unknown): Uint8Array => (v instanceof Uint8Array ? v : utf8.encode(String(v)));

/** A Utf8 column from UTF-8 bytes: offsets, then one exact-size buffer. */
function utf8Data(bytes: (Uint8Array | null)[], nullCount: number, nullBitmap?: Uint8Array): Data<Utf8> {
	const length = bytes.length;
	const valueOffsets = new Int32Array(length + 1);
	for (let i = 0; i < length; i++) valueOffsets[i + 1] = valueOffsets[i] + (bytes[i]?.length ?? 0);
	const data = new Uint8Array(valueOffsets[length]);
	for (let i = 0; i < length; i++) if (bytes[i]) data.set(bytes[i]!, valueOffsets[i]);
	return makeData({ type: new Utf8(), length, nullCount, nullBitmap, valueOffsets, data });
}

/** One Arrow column from hyparquet's column chunks (rows of one column, by row group). */
function buildColumn(type: DataType, chunks: Chunk[], length: number): Data {
	const { nullBitmap, nullCount } = validity(chunks, length);
	const base = { length, nullCount, nullBitmap };
	const fill = <A extends { [i: number]: unknown }>(out: A, conv: (v: unknown) => unknown): A => {
		for (const { rowStart, data } of chunks)
			for (let i = 0; i < data.length; i++) if (data[i] != null) out[rowStart + i] = conv(data[i]);
		return out;
	};
	if (type instanceof Utf8) {
		// Parquet dictionary pages hand out one shared object per distinct value
		// (per row group): reused as an Arrow dictionary they shrink repetitive
		// columns (ids, codes, statuses) to an index each. DuckDB reads it as VARCHAR.
		const ids = new Map<unknown, number>();
		const indices = new Int32Array(length);
		for (const { rowStart, data } of chunks)
			for (let i = 0; i < data.length; i++) {
				const v = data[i];
				if (v == null) continue;
				let k = ids.get(v);
				if (k === undefined) ids.set(v, (k = ids.size));
				indices[rowStart + i] = k;
			}
		if (ids.size * 2 <= length) {
			const dictionary = makeVector(utf8Data([...ids.keys()].map(asBytes), 0));
			return makeData({ type: new Dictionary(new Utf8(), new Int32()), ...base, data: indices, dictionary });
		}
		const bytes: (Uint8Array | null)[] = new Array(length).fill(null);
		return utf8Data(fill(bytes, asBytes), nullCount, nullBitmap);
	}
	if (type instanceof Decimal) {
		// hyparquet hands DECIMAL as a scaled double (123.45669999999998); rounding
		// the unscaled value restores it exactly while |unscaled| < 2^53
		// (≈ 9·10^11 万元 at scale 4), far above any budget here.
		const words = new BigInt64Array(length * 2);
		const factor = 10 ** type.scale;
		for (const { rowStart, data } of chunks)
			for (let i = 0; i < data.length; i++) {
				const v = data[i];
				if (v == null) continue;
				const unscaled = BigInt(Math.round(Number(v) * factor));
				const row = rowStart + i;
				words[row * 2] = unscaled; // low 64 bits (little-endian, two's complement)
				words[row * 2 + 1] = unscaled < 0n ? -1n : 0n; // sign extension
			}
		return makeData({ type, ...base, data: new Uint32Array(words.buffer) });
	}
	if (type instanceof Bool) {
		const data = new Uint8Array((length + 7) >> 3);
		for (const { rowStart, data: src } of chunks)
			for (let i = 0; i < src.length; i++) if (src[i]) data[(rowStart + i) >> 3] |= 1 << ((rowStart + i) & 7);
		return makeData({ type, ...base, data });
	}
	if (type instanceof Int64) return makeData({ type, ...base, data: fill(new BigInt64Array(length), (v) => BigInt(v as bigint | number)) });
	if (type instanceof DateDay) {
		const days = (v: unknown) => Math.floor((v instanceof Date ? v.getTime() : Number(v)) / 86_400_000);
		return makeData({ type, ...base, data: fill(new Int32Array(length), days) });
	}
	if (type instanceof TimestampMillisecond) {
		const ms = (v: unknown) => BigInt(v instanceof Date ? v.getTime() : Number(v));
		return makeData({ type, ...base, data: fill(new BigInt64Array(length), ms) });
	}
	const num = (v: unknown) => Number(v);
	if (type instanceof Int32) return makeData({ type, ...base, data: fill(new Int32Array(length), num) });
	if (type instanceof Int16) return makeData({ type, ...base, data: fill(new Int16Array(length), num) });
	if (type instanceof Int8) return makeData({ type, ...base, data: fill(new Int8Array(length), num) });
	if (type instanceof Float64) return makeData({ type, ...base, data: fill(new Float64Array(length), num) });
	if (type instanceof Float32) return makeData({ type, ...base, data: fill(new Float32Array(length), num) });
	throw new Error(`no column builder for ${type}`);
}

/**
 * Decodes a whole Parquet file (zstd, snappy, …) into one Arrow table.
 * Column order follows the file; types follow `columns` (the manifest) where
 * given, else the Parquet schema, so NULL-only and empty tables still get the
 * right types.
 */
export async function parquetToArrow(file: ArrayBuffer, columns?: ColumnSpec[]): Promise<Table> {
	const metadata: FileMetaData = parquetMetadata(file);
	const length = Number(metadata.num_rows);
	const leaves = parquetSchema(metadata).children;
	const declared = new Map((columns ?? []).map((c) => [c.name, c.type]));
	const fileNames = new Set(leaves.map((c) => c.element.name));
	for (const name of declared.keys())
		if (!fileNames.has(name)) throw new Error(`column ${name} is in the manifest but not in the Parquet file`);

	const chunks = new Map<string, Chunk[]>(leaves.map((c) => [c.element.name, []]));
	if (length > 0) {
		await parquetRead({
			file,
			metadata,
			compressors,
			// Keep strings as their UTF-8 bytes: Arrow wants exactly those, so skip decode + re-encode.
			parsers: { stringFromBytes: (b: Uint8Array) => b },
			onChunk: ({ columnName, columnData, rowStart }) => chunks.get(columnName)?.push({ rowStart, data: columnData })
		});
	}

	const fields: Field[] = [];
	const children: Data[] = [];
	for (const leaf of leaves) {
		if (leaf.children.length) throw new Error(`nested column ${leaf.element.name} is not supported`);
		const name = leaf.element.name;
		const data = buildColumn(arrowTypeFor(declared.get(name) ?? sqlTypeOfParquet(leaf.element)), chunks.get(name)!, length);
		fields.push(new Field(name, data.type, true)); // VARCHAR may have become a dictionary
		children.push(data);
	}
	const schema = new Schema(fields);
	// Always one batch, even for 0 rows, so the IPC stream carries a batch DuckDB can scan.
	const batch = new RecordBatch(schema, makeData({ type: new Struct(fields), length, nullCount: 0, children }));
	return new Table(schema, [batch]);
}

/** Parquet bytes → Arrow IPC stream bytes, ready for `insertArrowFromIPCStream`. */
export async function parquetToIPC(file: ArrayBuffer, columns?: ColumnSpec[]): Promise<{ ipc: Uint8Array; rows: number }> {
	const table = await parquetToArrow(file, columns);
	return { ipc: tableToIPC(table, 'stream'), rows: table.numRows };
}
