// PDF intake speed, on its own: `npm run bench:pdf` (no build, no browser).
// Prints pages per second of the reader on the seeds' PDFs (both producers),
// documents per second of the text intake on the seeds, and the time to
// ingest the 30-page fixture (target < 2 s), cold (first PDF of the process:
// pdf.js loads) and warm. A report, not a test: nothing fails on a miss.
import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPdf } from '../../src/pipeline/documents/pdf/read-pdf.ts';
import { ingestFolder } from '../../src/pipeline/ingest.ts';
import { loadFamilies } from '../../src/pipeline/registry/load-families.ts';
import { DEFAULT_DATA_DIR, loadUnitDirectory } from '../../src/pipeline/registry/unit-directory.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PDFS = join(ROOT, 'tests/fixtures/pdf');
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = async (f: () => Promise<unknown>) => {
	const t = performance.now();
	await f();
	return performance.now() - t;
};

async function main(): Promise<void> {
	console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
	const families = await loadFamilies();
	const units = await loadUnitDirectory(DEFAULT_DATA_DIR);
	const folder = async (files: string[]) => {
		const dir = await mkdtemp(join(tmpdir(), 'gz-bench-pdf-'));
		for (const f of files) await copyFile(f, join(dir, f.split('/').pop()!));
		return dir;
	};

	// Cold: the first PDF of the process pays for loading pdf.js and its worker.
	const thirty = await folder([join(PDFS, 'thirty-pages.pdf')]);
	const cold = await time(() => ingestFolder(thirty, units, families));
	const warm = median(await Promise.all(Array.from({ length: RUNS }, () => 0)).then(async () => {
		const out: number[] = [];
		for (let i = 0; i < RUNS; i++) out.push(await time(() => ingestFolder(thirty, units, families)));
		return out;
	}));
	const thirtyRead = await readPdf(new Uint8Array(await readFile(join(PDFS, 'thirty-pages.pdf'))));
	const pages30 = thirtyRead.ok ? thirtyRead.pages : 0;
	console.log(`\n30-page PDF (tests/fixtures/pdf/thirty-pages.pdf, ${pages30} pages), ingest (read + kind + parse + values):`);
	console.log(`  cold ${cold.toFixed(0)} ms (first PDF of the process), warm median ${warm.toFixed(0)} ms of ${RUNS}  → target < 2000 ms: ${warm < 2000 ? 'PASS' : 'FAIL'} warm, ${cold < 2000 ? 'PASS' : 'FAIL'} cold`);

	console.log('\nreader on the seeds\' PDFs (median of 3 reads each):');
	console.log('  producer     file                        pages     ms   pages/s');
	for (const producer of ['libreoffice', 'chromium']) {
		let pages = 0, ms = 0;
		for (const f of (await readdir(join(PDFS, producer))).filter((f) => f.endsWith('.pdf')).sort()) {
			const bytes = new Uint8Array(await readFile(join(PDFS, producer, f)));
			const times: number[] = [];
			let n = 0;
			for (let i = 0; i < RUNS; i++) times.push(await time(async () => { const r = await readPdf(bytes); n = r.ok ? r.pages : 0; }));
			const t = median(times);
			pages += n;
			ms += t;
			console.log(`  ${producer.padEnd(12)} ${f.padEnd(27)} ${String(n).padStart(5)} ${t.toFixed(0).padStart(6)} ${(n / (t / 1000)).toFixed(1).padStart(9)}`);
		}
		console.log(`  ${producer.padEnd(12)} ${'all'.padEnd(27)} ${String(pages).padStart(5)} ${ms.toFixed(0).padStart(6)} ${(pages / (ms / 1000)).toFixed(1).padStart(9)}`);
	}

	const texts = await folder((await readdir(join(ROOT, 'data/sources'))).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'data/sources', f)));
	const textTimes: number[] = [];
	for (let i = 0; i < RUNS; i++) textTimes.push(await time(() => ingestFolder(texts, units, families)));
	const t = median(textTimes);
	console.log(`\ntext intake, the 5 seeds (ingest, median of ${RUNS}): ${t.toFixed(0)} ms → ${(5 / (t / 1000)).toFixed(1)} documents/s`);
}

await main();
