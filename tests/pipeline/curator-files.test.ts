// Preview mode on a folder as curators have it (issue 17): other encodings,
// files cut off, copies, links, other file types, a huge text. Every file is
// ingested or listed with its reason, and the run ends normally.
import { copyFile, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import type { RunResult } from '../../src/pipeline/run-pipeline.ts';
import { buildPreview, ROOT } from './helpers.ts';

const SEED = join(ROOT, 'data', 'sources', '001_5db012f121f01c6e.txt'); // 永和 2021 self-evaluation form: 43 indicators
const SEED_000 = join(ROOT, 'data', 'sources', '000_bb748f2cf32351ef.txt'); // 荔城 2022 target declaration: 32 indicators
const ENCODINGS = join(ROOT, 'tests', 'fixtures', 'encodings');
const HUGE_LINES = 300_000;

let dir: string;
let run: RunResult;
let db: QueryRunner;
let report: string;
let out: string;
let seedText: string;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'gz-curator-'));
	const outside = await mkdtemp(join(tmpdir(), 'gz-outside-'));
	seedText = await readFile(SEED, 'utf8');
	const seedBytes = await readFile(SEED);
	const lines = seedText.split('\n');
	await copyFile(SEED, join(dir, 'a-seed.txt'));
	await copyFile(join(ENCODINGS, '001-gbk.txt'), join(dir, 'b-gbk.txt'));
	await copyFile(join(ENCODINGS, '001-utf16le-bom.txt'), join(dir, 'c-utf16.txt'));
	// cut inside the 3-byte UTF-8 character 计 of 创建平安美丽永和计划 (line 35): two of its bytes remain
	const cutAt = seedBytes.indexOf(Buffer.from('创建平安美丽永和计')) + Buffer.byteLength('创建平安美丽永和计') - 1;
	await writeFile(join(dir, 'd-cut-in-character.txt'), seedBytes.subarray(0, cutAt));
	// cut between two rows of the indicator table: the first 24 lines, ending with a complete row
	await writeFile(join(dir, 'e-cut-between-rows.txt'), lines.slice(0, 24).join('\n') + '\n');
	await writeFile(join(dir, 'f-cut-declaration.txt'), (await readFile(SEED_000, 'utf8')).split('\n').slice(0, 40).join('\n') + '\n');
	await copyFile(SEED, join(dir, 'g-copy.txt'));
	await writeFile(join(outside, 'secret.txt'), seedText);
	await symlink(join(outside, 'secret.txt'), join(dir, 'h-link.txt'));
	await writeFile(join(dir, 'i-report.docx'), Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
	await mkdir(join(dir, 'j-folder.txt'));
	await writeFile(join(dir, 'k-scan.pdf'), '%PDF-1.7\n');
	// 300,000 short lines of nothing a parser reads: each one an unparsed line and a flag
	let huge = '';
	for (let i = 1; i <= HUGE_LINES; i++) huge += `第${i}行 会议记录\n`;
	await writeFile(join(dir, 'l-huge.txt'), huge);
	await writeFile(join(dir, 'm-too-large.txt'), Buffer.alloc(21 * 1024 * 1024, '年'));
	({ run, db, out } = await buildPreview(dir));
	report = await readFile(join(out, 'ingest-report.md'), 'utf8');
}, 240_000);

const outcome = (file: string) => run.outcomes.find((o) => o.file === file)!;
const flagsOf = (file: string) => run.dataset.quality_flags.filter((f) => f.source_file === file);
const indicatorsOf = (file: string) =>
	db.query<Record<string, unknown>>(
		`SELECT i.level1, i.level2, i.name, i.target_text, i.actual_text, i.status, i.attainment, i.source_line
		 FROM indicators i JOIN documents d USING (doc_id) WHERE d.source_file = '${file}' ORDER BY i.source_line, i.name`
	);
const budgetsOf = (file: string) =>
	db.query<Record<string, unknown>>(
		`SELECT b.scope, b.initial_budget_wan, b.adjusted_budget_wan, b.actual_spend_wan, b.reported_execution_rate
		 FROM budgets b JOIN documents d USING (doc_id) WHERE d.source_file = '${file}' ORDER BY b.scope`
	);

describe('a curator’s folder in preview mode', () => {
	it('GBK and UTF-16 copies give the facts of the UTF-8 seed, with the encoding recorded and flagged', async () => {
		const seed = await indicatorsOf('a-seed.txt');
		expect(seed).toHaveLength(43);
		for (const [file, encoding] of [['b-gbk.txt', 'gb18030'], ['c-utf16.txt', 'utf-16le']] as const) {
			expect(await indicatorsOf(file), file).toEqual(seed);
			expect(await budgetsOf(file), file).toEqual(await budgetsOf('a-seed.txt'));
			const [doc] = await db.query<{ encoding: string; lines_total: number }>(`SELECT encoding, lines_total FROM documents WHERE source_file = '${file}'`);
			expect(doc).toEqual({ encoding, lines_total: outcome('a-seed.txt').counts.total });
			expect(flagsOf(file).filter((f) => f.code === 'encoding_not_utf8')).toEqual([expect.objectContaining({ severity: 'info' })]);
		}
		const [seedDoc] = await db.query<{ encoding: string }>(`SELECT encoding FROM documents WHERE source_file = 'a-seed.txt'`);
		expect(seedDoc.encoding).toBe('utf-8');
		expect(flagsOf('a-seed.txt').some((f) => f.code === 'encoding_not_utf8')).toBe(false);
	});

	it('a seed cut in the middle of a character: ingested, the half character dropped, flagged on its last line', async () => {
		const o = outcome('d-cut-in-character.txt');
		expect(o.error).toBeNull();
		const cut = flagsOf('d-cut-in-character.txt').find((f) => f.code === 'truncated_character');
		expect(cut).toMatchObject({ severity: 'warning', source_line: 35 });
		expect(cut!.message).toContain('2 bytes of an incomplete UTF-8 character dropped');
		const [line] = await db.query<{ text: string }>(`SELECT s.text FROM source_lines s JOIN documents d USING (doc_id) WHERE d.source_file = 'd-cut-in-character.txt' AND s.line = 35`);
		expect(line.text).toBe('创建平安美丽永和');
		// everything before the cut line reads as in the seed (34 of its 43 indicators; the other 9 sit in line 35's key task)
		const before = (await indicatorsOf('a-seed.txt')).filter((i) => (i.source_line as number) < 35);
		expect(before).toHaveLength(34);
		expect((await indicatorsOf('d-cut-in-character.txt')).filter((i) => (i.source_line as number) < 35)).toEqual(before);
	});

	it('a seed cut between two table rows: flagged as truncated at its last row', () => {
		const form = flagsOf('e-cut-between-rows.txt').find((f) => f.code === 'truncated_document');
		expect(form).toMatchObject({ severity: 'warning', source_line: 24 });
		expect(form!.message).toContain('存在问题');
		const declaration = flagsOf('f-cut-declaration.txt').find((f) => f.code === 'truncated_document');
		expect(declaration).toMatchObject({ severity: 'warning', source_line: 40 });
		expect(declaration!.message).toContain('满意度指标');
		// the complete seeds are not
		expect(run.dataset.quality_flags.filter((f) => f.code === 'truncated_document').map((f) => f.source_file).sort()).toEqual(['e-cut-between-rows.txt', 'f-cut-declaration.txt']);
	});

	it('two copies under different names: one published, the other flagged as a duplicate naming the first', async () => {
		const dup = outcome('g-copy.txt');
		expect(dup.doc_id).toBeNull();
		expect(dup.error).toContain('the same content as a-seed.txt');
		expect(flagsOf('g-copy.txt')).toEqual([expect.objectContaining({ code: 'duplicate_document', severity: 'warning' })]);
		expect(await db.query(`SELECT doc_id FROM documents WHERE source_file = 'g-copy.txt'`)).toEqual([]);
	});

	it('a symbolic link to a file outside the folder: refused, its content neither ingested nor copied', async () => {
		expect(outcome('h-link.txt').error).toMatch(/^a symbolic link to .*secret\.txt, outside the source folder: not read/);
		expect(flagsOf('h-link.txt')).toEqual([expect.objectContaining({ code: 'symlink_outside_folder', severity: 'error' })]);
		await expect(readFile(join(out, 'h-link.txt'))).rejects.toThrow(/ENOENT/);
	});

	it('a .docx, a .pdf and a folder named x.txt: listed with their reasons', () => {
		expect(outcome('i-report.docx').error).toContain('a word-processor document: save it as a .txt text file');
		expect(outcome('k-scan.pdf').error).toContain('PDF intake is not available yet');
		expect(flagsOf('i-report.docx').map((f) => f.code)).toEqual(['unsupported_file']);
		expect(run.notes).toEqual([{ file: 'j-folder.txt', reason: expect.stringContaining('a folder, not a file') }]);
		expect(report).toContain('| j-folder.txt | a folder, not a file');
	});

	it(`a ${HUGE_LINES.toLocaleString('en')}-line text and a 21 MB file beside the seeds: the seeds still ingest, the run ends normally`, async () => {
		const huge = outcome('l-huge.txt');
		expect(huge.error).toBeNull();
		expect(huge.counts).toEqual({ total: HUGE_LINES, fact: 0, prose: 0, unparsed: HUGE_LINES });
		const [n] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM source_lines s JOIN documents d USING (doc_id) WHERE d.source_file = 'l-huge.txt'`);
		expect(n.n).toBe(HUGE_LINES + 1); // the final line break leaves an empty last line
		expect(outcome('m-too-large.txt').error).toBe('21.0 MB, over the 20.0 MB a budget document\'s text can be: not read');
		expect(flagsOf('m-too-large.txt').map((f) => f.code)).toEqual(['document_too_large']);
		expect(outcome('a-seed.txt')).toMatchObject({ error: null, kind: 'self_evaluation_form' });
		expect(outcome('a-seed.txt').rows.indicators).toBe(43);
		expect(report).toContain(`… and ${HUGE_LINES - 1000} more unparsed lines`);
	});

	it('every file of the folder is either ingested or listed with a reason', () => {
		const listed = [...run.outcomes.map((o) => o.file), ...run.notes.map((n) => n.file)].sort();
		expect(listed).toEqual([
			'a-seed.txt', 'b-gbk.txt', 'c-utf16.txt', 'd-cut-in-character.txt', 'e-cut-between-rows.txt', 'f-cut-declaration.txt', 'g-copy.txt',
			'h-link.txt', 'i-report.docx', 'j-folder.txt', 'k-scan.pdf', 'l-huge.txt', 'm-too-large.txt'
		]);
		for (const o of run.outcomes) expect(o.error === null || o.error.length > 10, o.file).toBe(true);
	});
});
