// Bad input gets a clear message naming the file and line; the other documents
// still ingest; --strict fails; nothing in data/sources/ is silently ignored.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type RunResult } from '../../src/pipeline/run-pipeline.ts';
import { ROOT } from './helpers.ts';

const exec = promisify(execFile);
const seed = (f: string) => readFile(join(ROOT, 'data', 'sources', f), 'utf8');

let dataDir: string;
let run: RunResult;
let report: string;

beforeAll(async () => {
	dataDir = await mkdtemp(join(tmpdir(), 'gz-bad-'));
	await cp(join(ROOT, 'data', 'registry'), join(dataDir, 'registry'), { recursive: true });
	await mkdir(join(dataDir, 'sources'));
	const good = await seed('001_5db012f121f01c6e.txt');
	const s002 = await seed('002_9dad41ea0f0f2e66.txt');
	const files: Record<string, string | Uint8Array> = {
		'good.txt': good,
		'empty.txt': '',
		'binary.txt': Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x0a, 0xff]),
		'unknown.txt': '会议纪要\n\n今天讨论了春节值班安排。\n',
		// Cut mid-table: the indicator block stops in the middle of a row.
		'truncated.txt': good.split('\n').slice(0, 24).join('\n') + '\n\t来穗人员屋居住信息登记率\t≥9',
		// A budget figure that is not a number.
		'bad-number.txt': s002.replace('12436.77', '1,2,3'),
		// A unit that is neither a township of the gazetteer nor registered (岗顶 is a place in 天河区, not a 街道).
		'stranger.txt': s002.replace('广州市天河区人民政府员村街道办事处', '广州市天河区人民政府岗顶街道办事处')
	};
	const sources = JSON.parse(await readFile(join(dataDir, 'registry', 'sources.json'), 'utf8'));
	const entry = (doc_id: string, file: string, unit_id = 'hp-yonghe', kind = 'self_evaluation_form') => ({
		doc_id, file: `sources/${file}`, unit_id, fiscal_year: 2021, year_assumed: false, year_basis: 'test', kind, title: null, url: null, note: null
	});
	const registered = [
		entry('good', 'good.txt'), entry('empty', 'empty.txt'), entry('binary', 'binary.txt'), entry('unknown', 'unknown.txt'),
		entry('truncated', 'truncated.txt'), entry('bad-number', 'bad-number.txt', 'th-yuancun'), entry('stranger', 'stranger.txt', 'th-yuancun')
	];
	for (const [name, body] of Object.entries(files)) await writeFile(join(dataDir, 'sources', name), body);
	await writeFile(join(dataDir, 'sources', 'not-registered.txt'), good);
	await writeFile(join(dataDir, 'sources', 'scan.pdf'), '%PDF-1.7\n');
	await writeFile(join(dataDir, 'registry', 'sources.json'), JSON.stringify(registered.length ? registered : sources));
	const out = await mkdtemp(join(tmpdir(), 'gz-bad-out-'));
	run = await runPipeline({ mode: 'registered', dataDir, outDir: out, reportPath: join(out, 'report.md') });
	report = await readFile(join(out, 'report.md'), 'utf8');
});

const outcome = (file: string) => run.outcomes.find((o) => o.file === `sources/${file}`)!;

describe('bad input', () => {
	it('still ingests the good document in full', () => {
		expect(outcome('good.txt')).toMatchObject({ error: null, kind: 'self_evaluation_form' });
		expect(outcome('good.txt').rows.indicators).toBe(43);
	});
	it('an empty file and a binary file: a reason naming the problem, in the report and the flags', () => {
		expect(outcome('empty.txt').error).toBe('the file is empty');
		expect(outcome('binary.txt').error).toContain('binary file (NUL byte at offset 6)');
		const flags = run.dataset.quality_flags.filter((f) => f.code === 'unreadable_document').map((f) => f.source_file).sort();
		expect(flags).toEqual(['sources/binary.txt', 'sources/empty.txt']);
		expect(report).toContain('sources/empty.txt: the file is empty');
	});
	it('a document of unknown kind: parsed per the registry, flagged, every line unparsed with a reason', () => {
		const o = outcome('unknown.txt');
		expect(o.flags.some((f) => f.code === 'kind_not_detected')).toBe(true);
		expect(o.counts).toEqual({ total: 2, fact: 0, prose: 0, unparsed: 2 });
	});
	it('a truncated table: the cut-off row keeps what it has and is flagged with its line', () => {
		const o = outcome('truncated.txt');
		expect(o.error).toBeNull();
		const cut = o.flags.find((f) => f.source_line === 25);
		expect(cut).toMatchObject({ code: 'missing_value', severity: 'warning' });
		expect(cut!.message).toContain('来穗人员屋居住信息登记率');
		expect(run.dataset.indicators.find((i) => i.doc_id === 'truncated' && i.source_line === 25)).toMatchObject({ target_text: '≥9', actual_text: null, status: 'no_actual' });
		// and the document as a whole is flagged as cut off there (it never reaches 存在问题 / 改进措施)
		expect(o.flags.find((f) => f.code === 'truncated_document')).toMatchObject({ severity: 'warning', source_line: 25 });
		expect(outcome('good.txt').flags.some((f) => f.code === 'truncated_document')).toBe(false);
	});
	it('a number like 1,2,3: not read, reported with the file line and the text', () => {
		const o = outcome('bad-number.txt');
		const mentions = [...o.flags.map((f) => `${f.source_line} ${f.message}`), ...o.unparsed.map((u) => `${u.line} ${u.reason}`)];
		expect(mentions.some((m) => m.startsWith('10 ') && m.includes('1,2,3'))).toBe(true);
		const b = run.dataset.budgets.find((x) => x.doc_id === 'bad-number' && x.scope === 'total');
		expect(b?.adjusted_budget_wan ?? null).toBeNull();
	});
	it('a unit in no registry: an error naming the file, the line, the name found and how to add it', () => {
		const o = outcome('stranger.txt');
		expect(o.error).toContain('sources/stranger.txt:9');
		expect(o.error).toContain('岗顶街道');
		expect(o.error).toContain('gazetteer');
		expect(o.error).toContain('data/registry/units.json');
	});
	it('a file added to data/sources/ but not to the registry is reported, not ignored', () => {
		expect(outcome('not-registered.txt').error).toContain('not in data/registry/sources.json');
		expect(run.dataset.quality_flags.some((f) => f.code === 'unregistered_document')).toBe(true);
		expect(run.strictProblems).toBeGreaterThan(0);
	});
	it('a file of another type in data/sources/ is listed with the reason it is not read', () => {
		expect(outcome('scan.pdf').error).toContain('PDF intake is not available yet');
		expect(run.dataset.quality_flags.filter((f) => f.source_file === 'sources/scan.pdf').map((f) => f.code)).toEqual(['unsupported_file']);
	});
});

describe('a broken indicator family file', () => {
	it('stops the run with the file, the entry and the bad pattern, before anything is written', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'gz-bad-families-'));
		await cp(join(ROOT, 'data', 'registry'), join(dir, 'registry'), { recursive: true });
		await mkdir(join(dir, 'sources'));
		const path = join(dir, 'registry', 'indicator-families.json');
		const families = JSON.parse(await readFile(path, 'utf8'));
		families[1].rules[0].pattern = '警情|(发案';
		await writeFile(path, JSON.stringify(families));
		const out = join(dir, 'out');
		await expect(runPipeline({ mode: 'registered', dataDir: dir, outDir: out, reportPath: join(out, 'report.md') })).rejects.toThrow(
			`${path}: entry ${families[1].id}: rules[0].pattern "警情|(发案" is not a valid regular expression`
		);
		await expect(readFile(join(out, 'manifest.json'), 'utf8')).rejects.toThrow(/ENOENT/);
	});
});

describe('CLI', () => {
	it('--strict exits 1 when anything is unparsed or flagged as error (the corpus has both)', async () => {
		const out = await mkdtemp(join(tmpdir(), 'gz-cli-'));
		const r = await exec('npx', ['tsx', 'src/pipeline/cli.ts', '--input', join(ROOT, 'tests', 'fixtures', 'corpus'), '--out', out, '--strict'], { cwd: ROOT }).catch((e) => e);
		expect(r.code).toBe(1);
		expect(String(r.stderr)).toContain('--strict');
		expect(await readFile(join(out, 'manifest.json'), 'utf8')).toContain('"synthetic": false');
	});
	it('refuses preview output into static/data/', async () => {
		const r = await exec('npx', ['tsx', 'src/pipeline/cli.ts', '--input', '/tmp', '--out', join(ROOT, 'static', 'data', 'x')], { cwd: ROOT }).catch((e) => e);
		expect(r.code).toBe(2);
		expect(String(r.stderr)).toContain('must not write into static/data/');
	});
});
