// npm run data [-- --strict] [-- --input <dir> --out <dir>]
// A thin shell: arguments, exit codes, a summary. The work is in run-pipeline.ts.
import { resolve, relative, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkInput, isWithin, PathProblem, prepareOutput } from './cli-paths.ts';
import { RegistryError } from './registry/load-registry.ts';
import { runPipeline } from './run-pipeline.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const STATIC_DATA = join(ROOT, 'static', 'data');

function usage(msg: string): never {
	console.error(`error: ${msg} (usage: npm run data [-- --strict], or npm run data -- --input <folder of documents> --out <folder> [--strict])`);
	process.exit(2);
}

async function main() {
	let args;
	try {
		args = parseArgs({ options: { strict: { type: 'boolean' }, input: { type: 'string' }, out: { type: 'string' } }, allowPositionals: false }).values;
	} catch (e) {
		usage((e as Error).message);
	}
	if (args.input && !args.out) usage('--input needs --out (preview mode never writes into static/data/)');
	if (args.out && !args.input) usage('--out is only for preview mode, with --input');
	const out = args.out ? resolve(args.out) : STATIC_DATA;
	if (args.input && (out === STATIC_DATA || out.startsWith(STATIC_DATA + '/'))) usage('preview mode must not write into static/data/; choose another --out');
	if (args.input && isWithin(out, resolve(args.input))) usage(`--out ${out} is inside --input ${resolve(args.input)}: the output would be read as documents next time; choose another --out`);
	try {
		if (args.input) await checkInput('--input', resolve(args.input));
		await prepareOutput(args.input ? '--out' : 'static/data', out);
	} catch (e) {
		if (!(e instanceof PathProblem)) throw e;
		console.error(`error: ${e.message}`);
		process.exit(2);
	}

	const result = args.input
		? await runPipeline({ mode: 'preview', inputDir: resolve(args.input), outDir: out, reportPath: join(out, 'ingest-report.md') })
		: await runPipeline({ mode: 'registered', dataDir: join(ROOT, 'data'), outDir: out, reportPath: join(ROOT, 'data', 'ingest-report.md') });

	const rel = (p: string) => relative(process.cwd(), p) || '.';
	for (const o of result.outcomes) {
		const status = o.error && !o.doc_id ? `NOT INGESTED: ${o.error}` : `${o.kind ?? 'unknown kind'} · ${o.counts.fact} fact / ${o.counts.prose} prose / ${o.counts.unparsed} unparsed lines · ${o.rows.indicators} indicators · ${o.flags.length} flags`;
		console.log(`  ${o.file}: ${status}`);
	}
	for (const n of result.notes) console.log(`  ${n.file}: not a document: ${n.reason}`);
	const rows = result.manifest.tables.map((t) => `${t.name} ${t.rows}`).join(', ');
	console.log(`wrote ${rel(out)} (${rows}) and ${args.input ? rel(join(out, 'ingest-report.md')) : 'data/ingest-report.md'} in ${(result.millis / 1000).toFixed(2)} s`);
	if (args.strict && result.strictProblems > 0) {
		console.error(`--strict: ${result.strictProblems} problems (unparsed lines, error flags, documents not ingested); see the ingest report`);
		process.exit(1);
	}
}

// One line, never a stack trace: a curator cannot act on one. DEBUG=1 shows it.
main().catch((e) => {
	if (process.env.DEBUG) console.error(e);
	const msg = String((e as Error)?.message ?? e).split('\n')[0];
	console.error(e instanceof RegistryError ? `registry error: ${msg}` : `error: ${msg}`);
	process.exit(2);
});
