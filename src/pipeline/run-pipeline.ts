// The whole run: ingest → stage in DuckDB → validate rates in SQL → write
// Parquet + manifest → write the ingest report. The CLI is a thin shell on this.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ingestFolder, ingestRegistered, numberFlags, type DocumentOutcome } from './ingest.ts';
import { DEFAULT_FAMILIES_PATH, FAMILIES_FILE, loadFamilies } from './registry/load-families.ts';
import { loadRegistry } from './registry/load-registry.ts';
import { DEFAULT_DATA_DIR, loadUnitDirectory } from './registry/unit-directory.ts';
import { renderReport } from './report.ts';
import type { Dataset, QualityFlagRow } from './types.ts';
import { checkRates, type ComputedBudgetRates } from './validate/rate-checks.ts';
import { StagedDataset, type Manifest } from './write-dataset.ts';

/**
 * `familiesPath` overrides where the indicator families come from: by default
 * <dataDir>/registry/indicator-families.json in registered mode, and the
 * repository's own file in preview mode (a folder of documents has no registry).
 * Preview matches units against the repository's unit directory (the gazetteer
 * with data/registry/districts.json and units.json), or `unitsDataDir`'s.
 */
export type RunOptions =
	| { mode: 'registered'; dataDir: string; outDir: string; reportPath: string; familiesPath?: string }
	| { mode: 'preview'; inputDir: string; outDir: string; reportPath: string; familiesPath?: string; unitsDataDir?: string };

export interface RunResult {
	manifest: Manifest;
	dataset: Dataset;
	outcomes: DocumentOutcome[];
	/** Entries of the source folder that are not documents, with why (hidden files, folders named like documents). */
	notes: { file: string; reason: string }[];
	/** Problems that make `--strict` fail: unparsed lines, error flags, documents not ingested. */
	strictProblems: number;
	millis: number;
}

async function rateFlags(staged: StagedDataset, outcomes: DocumentOutcome[]): Promise<QualityFlagRow[]> {
	const reader = await staged.conn.runAndReadAll(`
		SELECT b.budget_id, b.doc_id, d.source_file, b.source_line, b.scope,
			execution_rate(b.actual_spend_wan, b.adjusted_budget_wan) AS execution_rate,
			adjustment_rate(b.adjusted_budget_wan, b.initial_budget_wan) AS adjustment_rate,
			b.reported_execution_rate, b.reported_adjustment_rate
		FROM budgets b JOIN documents d USING (doc_id) ORDER BY b.budget_id`);
	const decimals = new Map(outcomes.flatMap((o) => [...o.rate_decimals]));
	const rows = reader.getRowObjectsJS() as unknown as (ComputedBudgetRates & { doc_id: string; source_file: string })[];
	const byId = new Map(rows.map((r) => [r.budget_id, r]));
	const flags = checkRates(
		rows.map((r) => ({ ...r, execution_decimals: decimals.get(r.budget_id)?.execution ?? null, adjustment_decimals: decimals.get(r.budget_id)?.adjustment ?? null }))
	);
	return flags.map((f) => {
		const r = byId.get(f.row_id)!;
		return { flag_id: '', doc_id: r.doc_id, source_file: r.source_file, source_line: f.source_line, severity: f.severity, code: f.code, message: f.message, table_name: f.table_name ?? null, row_id: f.row_id };
	});
}

export async function runPipeline(opts: RunOptions): Promise<RunResult> {
	const t0 = performance.now();
	const families = await loadFamilies(opts.familiesPath ?? (opts.mode === 'registered' ? join(opts.dataDir, FAMILIES_FILE) : DEFAULT_FAMILIES_PATH));
	const { dataset, outcomes, notes } =
		opts.mode === 'registered'
			? await ingestRegistered(opts.dataDir, await loadRegistry(opts.dataDir), families)
			: await ingestFolder(opts.inputDir, await loadUnitDirectory(opts.unitsDataDir ?? DEFAULT_DATA_DIR), families);

	const staged = await StagedDataset.create(dataset);
	let manifest: Manifest;
	try {
		const extra = await rateFlags(staged, outcomes);
		for (const f of extra) outcomes.find((o) => o.doc_id === f.doc_id)?.flags.push(f);
		const flags = [...dataset.quality_flags, ...extra];
		numberFlags(flags);
		await staged.replaceRows('quality_flags', flags);
		manifest = await staged.writeParquet(opts.outDir, {
			synthetic: false,
			generator: opts.mode === 'registered' ? 'npm run data' : `npm run data -- --input ${opts.inputDir} (preview)`,
			sourcesRoot: opts.mode === 'registered' ? opts.dataDir : opts.inputDir
		});
	} finally {
		staged.close();
	}
	const millis = performance.now() - t0;
	const strictProblems =
		outcomes.filter((o) => o.error).length +
		outcomes.reduce((n, o) => n + o.counts.unparsed, 0) +
		staged.ds.quality_flags.filter((f) => f.severity === 'error').length;
	await mkdir(dirname(opts.reportPath), { recursive: true });
	await writeFile(opts.reportPath, renderReport({ outcomes, notes, dataset: staged.ds, manifest, mode: opts.mode, millis }));
	return { manifest, dataset: staged.ds, outcomes, notes, strictProblems, millis };
}
