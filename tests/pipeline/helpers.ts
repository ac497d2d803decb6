// Runs the real pipeline into a temporary folder and opens the result with
// the same query layer the site uses (Parquet + src/sql/metrics.sql).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDataset } from '../../src/lib/query/node.ts';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import { runPipeline, type RunResult } from '../../src/pipeline/run-pipeline.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

export async function buildRegistered(dataDir = join(ROOT, 'data')): Promise<{ run: RunResult; db: QueryRunner; out: string }> {
	const out = await mkdtemp(join(tmpdir(), 'gz-data-'));
	const run = await runPipeline({ mode: 'registered', dataDir, outDir: out, reportPath: join(out, 'ingest-report.md') });
	return { run, db: await openDataset(out), out };
}

export async function buildPreview(inputDir: string): Promise<{ run: RunResult; db: QueryRunner; out: string }> {
	const out = await mkdtemp(join(tmpdir(), 'gz-preview-'));
	const run = await runPipeline({ mode: 'preview', inputDir, outDir: out, reportPath: join(out, 'ingest-report.md') });
	return { run, db: await openDataset(out), out };
}

export const close = (a: number, b: number, eps = 1e-4) => Math.abs(a - b) < eps;

/**
 * A data folder holding the seeds as PDFs: the real registries, with each
 * seed's `sources/<name>.txt` replaced by `sources/<name>.pdf` from `pdfDir`.
 */
export async function pdfDataDir(pdfDir: string): Promise<string> {
	const { cp, mkdir, readFile, writeFile, copyFile } = await import('node:fs/promises');
	const dir = await mkdtemp(join(tmpdir(), 'gz-pdf-data-'));
	await cp(join(ROOT, 'data/registry'), join(dir, 'registry'), { recursive: true });
	await mkdir(join(dir, 'sources'));
	const sources = JSON.parse(await readFile(join(dir, 'registry/sources.json'), 'utf8')) as { file: string }[];
	for (const s of sources) {
		s.file = s.file.replace(/\.txt$/, '.pdf');
		await copyFile(join(pdfDir, s.file.replace(/^sources\//, '')), join(dir, s.file));
	}
	await writeFile(join(dir, 'registry/sources.json'), JSON.stringify(sources, null, '\t'));
	return dir;
}
