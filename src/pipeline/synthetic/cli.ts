// Writes a synthetic dataset (for benchmarks only) as Parquet + manifest.json.
//   npx tsx src/pipeline/synthetic/cli.ts --units 2000 --years 10 --out /tmp/syn [--seed 1] [--indicators-per-unit-year 50] [--first-year 2015]
// Refuses to write into static/data: synthetic rows must never be published as the real dataset.
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYNTHETIC_DEFAULTS, generateSynthetic, type SyntheticOptions } from './generate.ts';
import { writeDataset } from '../write-dataset.ts';
import type { Dataset } from '../types.ts';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PUBLISHED_DIR = join(PROJECT_ROOT, 'static', 'data');

const USAGE = `usage: tsx src/pipeline/synthetic/cli.ts --units N --years N --out <dir> [--seed N] [--indicators-per-unit-year N] [--first-year YYYY]
Generates a synthetic dataset (benchmarks only) and writes it as Parquet + manifest.json into <dir>.
<dir> must not be inside static/data, where the real dataset is published.`;

export class UsageError extends Error {}

export interface CliArgs extends Required<SyntheticOptions> {
	out: string;
}

/** Parses the command line; throws UsageError on anything unexpected. */
export function parseArgs(argv: string[]): CliArgs {
	const flags = new Map<string, string>();
	const known = ['--units', '--years', '--out', '--seed', '--indicators-per-unit-year', '--first-year'];
	for (let i = 0; i < argv.length; i++) {
		let key = argv[i];
		let value: string | undefined;
		const eq = key.indexOf('=');
		if (key.startsWith('--') && eq > 0) {
			value = key.slice(eq + 1);
			key = key.slice(0, eq);
		}
		if (!known.includes(key)) throw new UsageError(`unknown argument: ${argv[i]}`);
		if (value === undefined) {
			value = argv[++i];
			if (value === undefined || value.startsWith('--')) throw new UsageError(`${key} needs a value`);
		}
		if (flags.has(key)) throw new UsageError(`${key} given twice`);
		flags.set(key, value);
	}
	const int = (key: string, fallback: number | null, min: number): number => {
		const raw = flags.get(key);
		if (raw === undefined) {
			if (fallback === null) throw new UsageError(`${key} is required`);
			return fallback;
		}
		const n = Number(raw);
		if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min) throw new UsageError(`${key} must be an integer ≥ ${min}, got "${raw}"`);
		return n;
	};
	const units = int('--units', null, 1);
	const years = int('--years', null, 1);
	const out = flags.get('--out');
	if (out === undefined || out.trim() === '') throw new UsageError('--out <dir> is required');
	return {
		units,
		years,
		out,
		seed: int('--seed', SYNTHETIC_DEFAULTS.seed, 0),
		indicatorsPerUnitYear: int('--indicators-per-unit-year', SYNTHETIC_DEFAULTS.indicatorsPerUnitYear, 0),
		firstYear: int('--first-year', SYNTHETIC_DEFAULTS.firstYear, 1990)
	};
}

/** Resolves symlinks of the longest existing prefix of `p` (the rest may not exist yet). */
function realish(p: string): string {
	const abs = resolve(p);
	let head = abs;
	const tail: string[] = [];
	while (!existsSync(head)) {
		const parent = dirname(head);
		if (parent === head) break;
		tail.unshift(basename(head));
		head = parent;
	}
	try {
		head = realpathSync(head);
	} catch {
		// keep the resolved path
	}
	return join(head, ...tail);
}

/** True when `out` is static/data or anything below it (symlinks resolved). */
export function isInsidePublishedData(out: string, publishedDir = PUBLISHED_DIR): boolean {
	const candidates = new Set([resolve(publishedDir), realish(publishedDir)]);
	for (const target of new Set([resolve(out), realish(out)])) {
		for (const dir of candidates) {
			const rel = relative(dir, target);
			if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) return true;
		}
	}
	return false;
}

const fmtSec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function main(argv: string[]): Promise<number> {
	let args: CliArgs;
	try {
		if (argv.includes('--help') || argv.includes('-h')) {
			console.log(USAGE);
			return 0;
		}
		args = parseArgs(argv);
	} catch (e) {
		if (e instanceof UsageError) {
			console.error(`synthetic: ${e.message}\n${USAGE}`);
			return 2;
		}
		throw e;
	}
	if (isInsidePublishedData(args.out)) {
		console.error(
			`synthetic: refusing to write into ${relative(PROJECT_ROOT, PUBLISHED_DIR)} (${resolve(args.out)}): ` +
				'that folder holds the published dataset, and synthetic rows must never be mistaken for real data. Choose another --out.'
		);
		return 2;
	}
	const t0 = performance.now();
	const { out, ...opts } = args;
	const ds: Dataset = generateSynthetic(opts);
	const t1 = performance.now();
	const generator = `synthetic/generate.ts units=${opts.units} years=${opts.years} seed=${opts.seed} firstYear=${opts.firstYear} indicatorsPerUnitYear=${opts.indicatorsPerUnitYear}`;
	await writeDataset(ds, out, { synthetic: true, generator });
	const t2 = performance.now();
	const counts = (Object.keys(ds) as (keyof Dataset)[]).map((k) => `${k} ${ds[k].length.toLocaleString('en-US')}`).join(', ');
	console.log(`synthetic → ${resolve(out)}: ${counts}; generated in ${fmtSec(t1 - t0)}, written in ${fmtSec(t2 - t1)}, total ${fmtSec(t2 - t0)}`);
	return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main(process.argv.slice(2)).then(
		(code) => process.exit(code),
		(e) => {
			console.error(e instanceof Error ? (e.stack ?? e.message) : e);
			process.exit(1);
		}
	);
}
