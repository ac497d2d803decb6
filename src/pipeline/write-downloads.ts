// The take-away copies of a published (real) dataset, written into the same
// temporary folder as the Parquet files and renamed into place with them:
// CSV per table (UTF-8 with BOM, so Excel shows Chinese; every cell through
// the site's one CSV rule, lib/csv/csv-cell.ts, so no text runs as a formula), the source
// documents as published, a data dictionary, the whole dataset as one .xlsx
// workbook, and one zip of everything.
// Synthetic datasets get none (benchmark data, not for taking away).
import { createHash } from 'node:crypto';
import { copyFile, mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { zipSync, type Zippable } from 'fflate';
import { BOM, csvCell, csvRecord } from '../lib/csv/csv-cell.ts';
import { datasetWorkbook } from './write-workbook.ts';

export interface DownloadFile {
	file: string;
	bytes: number;
	sha256: string;
}

export interface Downloads {
	/** CSV of each table, by table name. */
	csv: Record<string, DownloadFile>;
	/** The source documents, by doc_id, at the path of documents.source_file. */
	sources: Record<string, DownloadFile>;
	dictionary: DownloadFile;
	/** Every table in one .xlsx workbook (a sheet per table, the dictionary in 说明). */
	workbook: DownloadFile;
	zip: DownloadFile;
}

interface DictionaryInput {
	dataset: string;
	dataset_version: string;
	build_time: string;
	money_unit: string;
	tables: { name: string; file: string; rows: number; description_zh: string; description_en: string; columns: { name: string; type: string; description_zh: string; description_en: string }[] }[];
	views: { name: string; description_zh: string; description_en: string }[];
}

/** A table to write as CSV: the SELECT that produces it and its columns' types. */
export interface CsvTable {
	select: string;
	columns: { name: string; type: string }[];
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The data dictionary as Markdown (Chinese first, English beside it): readable anywhere, diffable. */
export function dataDictionary(m: DictionaryInput): string {
	const out = [`# 数据字典 / Data dictionary`, '', `${m.dataset} — 版本 ${m.dataset_version}；金额单位 ${m.money_unit}`, ''];
	for (const t of m.tables) {
		out.push(`## ${t.name}（${t.description_zh} / ${t.description_en}）`, '', `文件 ${t.file}，${t.rows} 行。`, '');
		out.push('| 列 column | 类型 type | 说明 | description |', '|---|---|---|---|');
		for (const c of t.columns) out.push(`| ${c.name} | ${c.type} | ${cell(c.description_zh)} | ${cell(c.description_en)} |`);
		out.push('');
	}
	if (m.views.length) {
		out.push('## 视图 / Views（由 metrics.sql 定义 / defined in metrics.sql）', '');
		for (const v of m.views) out.push(`- **${v.name}**：${v.description_zh} / ${v.description_en}`);
		out.push('');
	}
	return out.join('\n');
}

/**
 * Streams one table into a CSV file, a chunk of rows at a time (a preview of a
 * 300,000-line document has as many source lines). DuckDB gives every value
 * as text (CAST … AS VARCHAR: its own spelling of numbers); VARCHAR columns
 * are text to guard, the others are written as they are.
 */
async function writeCsv(conn: DuckDBConnection, table: CsvTable, path: string): Promise<void> {
	const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
	const kinds = table.columns.map((c): 'text' | 'number' => (c.type === 'VARCHAR' ? 'text' : 'number'));
	const result = await conn.stream(`SELECT ${table.columns.map((c) => `CAST(${q(c.name)} AS VARCHAR)`).join(', ')} FROM (${table.select})`);
	const fh = await open(path, 'w');
	try {
		await fh.write(BOM + csvRecord(table.columns.map((c) => csvCell(c.name, 'text'))));
		for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
			let text = '';
			for (const row of chunk.getRows()) text += csvRecord(row.map((v, j) => csvCell(v === null ? null : String(v), kinds[j])));
			await fh.write(text);
		}
	} finally {
		await fh.close();
	}
}

async function described(dir: string, file: string): Promise<DownloadFile> {
	const data = await readFile(join(dir, file));
	return { file, bytes: data.length, sha256: sha256(data) };
}

/**
 * Writes csv/<table>.csv, the source documents (`sources` maps doc_id to the
 * path in documents.source_file, relative to `sourcesRoot`), data-dictionary.md
 * and `zipName` into `dir`, where the Parquet files already are.
 */
export async function writeDownloads(
	conn: DuckDBConnection,
	dir: string,
	opts: { manifest: DictionaryInput; tables: Record<string, CsvTable>; sources: Record<string, string>; sourcesRoot: string; zipName: string }
): Promise<Downloads> {
	const csv: Record<string, DownloadFile> = {};
	await mkdir(join(dir, 'csv'), { recursive: true });
	for (const [table, def] of Object.entries(opts.tables)) {
		const file = `csv/${table}.csv`;
		await writeCsv(conn, def, join(dir, file));
		csv[table] = await described(dir, file);
	}

	const sources: Record<string, DownloadFile> = {};
	for (const [docId, rel] of Object.entries(opts.sources)) {
		await mkdir(dirname(join(dir, rel)), { recursive: true });
		await copyFile(join(opts.sourcesRoot, rel), join(dir, rel));
		sources[docId] = await described(dir, rel);
	}

	await writeFile(join(dir, 'data-dictionary.md'), dataDictionary(opts.manifest));
	const dictionary = await described(dir, 'data-dictionary.md');

	const workbookFile = `guangzhou-budget-performance-${opts.manifest.dataset_version}.xlsx`;
	await writeFile(
		join(dir, workbookFile),
		await datasetWorkbook(conn, opts.manifest.tables, opts.tables, { version: opts.manifest.dataset_version, built: opts.manifest.build_time, source: opts.manifest.dataset })
	);
	const workbook = await described(dir, workbookFile);

	const files: Zippable = {};
	const add = async (file: string) => (files[file] = new Uint8Array(await readFile(join(dir, file))));
	for (const t of opts.manifest.tables) await add(t.file);
	for (const f of Object.values(csv)) await add(f.file);
	for (const f of Object.values(sources)) await add(f.file);
	await add('data-dictionary.md');
	await add(workbookFile);
	files['manifest.json'] = new TextEncoder().encode(JSON.stringify({ ...opts.manifest, downloads: { csv, sources, dictionary, workbook } }, null, '\t') + '\n');
	// Parquet is already zstd-compressed: stored, not deflated again.
	for (const t of opts.manifest.tables) files[t.file] = [files[t.file] as Uint8Array, { level: 0 }];
	await writeFile(join(dir, opts.zipName), zipSync(files, { level: 9, mtime: new Date('2000-01-01T00:00:00Z') }));
	const zip = await described(dir, opts.zipName);
	return { csv, sources, dictionary, workbook, zip };
}
