// Writes the dataset as zstd Parquet through DuckDB (Node) plus manifest.json.
// Files are written into a temporary folder beside the target and renamed
// into place, so a reader never sees half a dataset.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { DATASET_VERSION, TABLES, type ColumnDef, type TableDef } from './schema.ts';
import type { Dataset, TableName } from './types.ts';
import { writeDownloads, type Downloads } from './write-downloads.ts';

export const METRICS_SQL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../sql/metrics.sql');

export interface ManifestColumn {
	name: string;
	type: string;
	description_zh: string;
	description_en: string;
}

export interface ManifestTable {
	name: TableName;
	file: string;
	rows: number;
	bytes: number;
	sha256: string;
	description_zh: string;
	description_en: string;
	columns: ManifestColumn[];
}

export interface Manifest {
	dataset: string;
	dataset_version: string;
	build_time: string;
	synthetic: boolean;
	generator: string;
	money_unit: string;
	tables: ManifestTable[];
	views: { name: string; description_zh: string; description_en: string }[];
	/** CSV, source documents, data dictionary and zip: published (real) datasets only. */
	downloads?: Downloads;
}

export const VIEWS = [
	{ name: 'unit_year', description_zh: '单位 × 年度：预算、执行率、指标达成情况', description_en: 'One row per unit and year: budget, execution rate, indicator attainment' },
	{ name: 'unit_category_year', description_zh: '单位 × 年度 × 一级/二级指标：指标数、达成数、达成率', description_en: 'Indicator counts and attainment per unit, year and level-1/level-2 category' },
	{ name: 'unmet_indicators', description_zh: '未达成的绩效指标，附单位、所属区与来源行', description_en: 'Unmet indicators with their unit, district and source line' },
	{ name: 'district_year', description_zh: '行政区 × 年度：按金额汇总的执行率与指标达成', description_en: 'One row per district and year, rates from summed money' },
	{ name: 'execution_outliers', description_zh: '执行率偏低的单位：低于 90% 或低于当年中位数减 1.5 倍四分位距，附中位数、四分位距与原因', description_en: 'Units with low execution (below 90 % or below the median − 1.5 IQR of the year), with the statistics and the reason' },
	{
		name: 'outliers',
		description_zh:
			'值得关注的异常：执行率偏低（low_execution）、预算调整率绝对值超过 30%（large_adjustment）、达成的指标完成值超过目标 1.2 倍（over_achievement，目标可能偏低）、原文比率与按原文金额计算不符（figure_mismatch）；每行一句说明原因及数字（reason），value 为实测值、threshold 为比较基准，附来源文件与行号',
		description_en:
			'What stands out: low execution, |adjustment rate| > 30 %, attainment > 1.2 on met indicators (target possibly too low), printed rates that disagree with computed ones; one sentence with the numbers (reason), the measured value and the threshold it is held against, the document and line to cite'
	}
];

const isMoney = (col: ColumnDef) => col.type.startsWith('DECIMAL');

/** Staging type: money is appended as DOUBLE and cast exactly (≤ 4 decimals) afterwards. */
const stageType = (col: ColumnDef) => (isMoney(col) ? 'DOUBLE' : col.type);

function appendValue(app: DuckDBAppender, col: ColumnDef, v: unknown): void {
	if (v === null || v === undefined) return app.appendNull();
	switch (stageType(col)) {
		case 'VARCHAR':
			return app.appendVarchar(String(v));
		case 'INTEGER':
			return app.appendInteger(Number(v));
		case 'DOUBLE':
			return Number.isFinite(v as number) ? app.appendDouble(v as number) : app.appendNull();
		case 'BOOLEAN':
			return app.appendBoolean(Boolean(v));
		default:
			throw new Error(`no appender for ${col.type}`);
	}
}

/** Loads the rows of every table into DuckDB tables named like the published ones. */
export async function loadTables(conn: DuckDBConnection, ds: Dataset): Promise<void> {
	for (const t of TABLES) {
		const stored = t.columns.filter((c) => !c.sql);
		await conn.run(`CREATE OR REPLACE TABLE stage_${t.name} (${stored.map((c) => `${c.name} ${stageType(c)}`).join(', ')})`);
		const app = await conn.createAppender(`stage_${t.name}`);
		for (const row of ds[t.name] as unknown as Record<string, unknown>[]) {
			for (const col of stored) appendValue(app, col, row[col.name]);
			app.endRow();
		}
		app.flushSync();
		app.closeSync();
		const select = stored.map((c) => (isMoney(c) ? `CAST(round(${c.name}, 4) AS ${c.type}) AS ${c.name}` : c.name));
		await conn.run(`CREATE OR REPLACE TABLE ${t.name} AS SELECT ${select.join(', ')} FROM stage_${t.name}`);
		await conn.run(`DROP TABLE stage_${t.name}`);
	}
	await conn.run(await readFile(METRICS_SQL_PATH, 'utf8'));
}

/** The SELECT that produces a published table, computed columns included. */
export function publishedSelect(t: TableDef): string {
	const cols = t.columns.map((c) => (c.sql ? `${c.sql} AS ${c.name}` : c.name));
	return `SELECT ${cols.join(', ')} FROM ${t.name} ORDER BY ${t.orderBy}`;
}

async function sha256File(path: string): Promise<string> {
	return createHash('sha256').update(await readFile(path)).digest('hex');
}

/**
 * The dataset loaded into an in-memory DuckDB with the metric macros and
 * views, so validation can query it before the Parquet files are written.
 */
export class StagedDataset {
	private constructor(
		private db: DuckDBInstance,
		readonly conn: DuckDBConnection,
		readonly ds: Dataset
	) {}

	static async create(ds: Dataset): Promise<StagedDataset> {
		const db = await DuckDBInstance.create(':memory:');
		const conn = await db.connect();
		await loadTables(conn, ds);
		return new StagedDataset(db, conn, ds);
	}

	/** Replaces the rows of a table that has no computed or money columns (quality_flags). */
	async replaceRows<T extends TableName>(table: T, rows: Dataset[T]): Promise<void> {
		const t = TABLES.find((x) => x.name === table)!;
		if (t.columns.some((c) => c.sql || isMoney(c))) throw new Error(`replaceRows: ${table} has computed or money columns`);
		await this.conn.run(`DELETE FROM ${table}`);
		const app = await this.conn.createAppender(table);
		for (const row of rows as unknown as Record<string, unknown>[]) {
			for (const col of t.columns) appendValue(app, col, row[col.name]);
			app.endRow();
		}
		app.flushSync();
		app.closeSync();
		this.ds[table] = rows;
	}

	/**
	 * `sourcesRoot`: the folder documents.source_file is relative to; when set
	 * (real data), the take-away downloads are written too (write-downloads.ts).
	 */
	async writeParquet(outDir: string, meta: { synthetic: boolean; generator: string; sourcesRoot?: string }): Promise<Manifest> {
		const out = resolve(outDir);
		const tmp = join(dirname(out), `.${out.split('/').pop()}.tmp-${process.pid}-${Date.now()}`);
		await mkdir(tmp, { recursive: true });
		try {
			const tables: ManifestTable[] = [];
			for (const t of TABLES) {
				const file = `${t.name}.parquet`;
				const path = join(tmp, file);
				await this.conn.run(
					`COPY (${publishedSelect(t)}) TO '${path.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`
				);
				tables.push({
					name: t.name,
					file,
					rows: (this.ds[t.name] as unknown[]).length,
					bytes: (await stat(path)).size,
					sha256: await sha256File(path),
					description_zh: t.zh,
					description_en: t.en,
					columns: t.columns.map((c) => ({ name: c.name, type: c.type, description_zh: c.zh, description_en: c.en }))
				});
			}
			const manifest: Manifest = {
				dataset: meta.synthetic ? 'synthetic (for benchmarks only — not real data)' : 'Guangzhou street office budget performance',
				dataset_version: DATASET_VERSION,
				build_time: new Date().toISOString(),
				synthetic: meta.synthetic,
				generator: meta.generator,
				money_unit: '万元 (10,000 CNY)',
				tables,
				views: VIEWS
			};
			if (meta.sourcesRoot && !meta.synthetic) {
				manifest.downloads = await writeDownloads(this.conn, tmp, {
					manifest,
					tables: Object.fromEntries(TABLES.map((t) => [t.name, { select: publishedSelect(t), columns: t.columns }])),
					sources: Object.fromEntries(this.ds.documents.map((d) => [d.doc_id, d.source_file])),
					sourcesRoot: meta.sourcesRoot,
					zipName: `guangzhou-budget-performance-${DATASET_VERSION}.zip`
				});
			}
			const moved = await readdir(tmp); // Parquet, and the downloads if any
			await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
			await mkdir(out, { recursive: true });
			for (const old of await readdir(out)) {
				// a zip of an earlier dataset version would be published beside the new one
				if (/^guangzhou-budget-performance-.*\.(zip|xlsx)$/.test(old) && !moved.includes(old)) await rm(join(out, old));
			}
			// Data first, manifest last: a reader that sees the new manifest sees the new files.
			for (const f of moved) {
				await rm(join(out, f), { recursive: true, force: true }); // a folder cannot be renamed onto a full one
				await rename(join(tmp, f), join(out, f));
			}
			await rename(join(tmp, 'manifest.json'), join(out, 'manifest.json'));
			return manifest;
		} finally {
			await rm(tmp, { recursive: true, force: true });
		}
	}

	close(): void {
		this.conn.closeSync();
		this.db.closeSync();
	}
}

export async function writeDataset(
	ds: Dataset,
	outDir: string,
	meta: { synthetic: boolean; generator: string }
): Promise<Manifest> {
	const staged = await StagedDataset.create(ds);
	try {
		return await staged.writeParquet(outDir, meta);
	} finally {
		staged.close();
	}
}
