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
