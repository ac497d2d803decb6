// PDF input: the reader on the fixtures made from the seeds (see
// tests/fixtures/pdf/make-fixtures.ts), and PDFs that cannot be read, each
// named with one clear reason while the rest of the folder still ingests.
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../src/pipeline/documents/pdf/read-pdf.ts';
import type { RunResult } from '../../src/pipeline/run-pipeline.ts';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import { buildPreview, ROOT } from './helpers.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/pdf');
const read = async (f: string) => readPdf(new Uint8Array(await readFile(join(FIXTURES, f))));

describe('table rows without ruling lines', () => {
	it('rebuilds the cells of seed 001 from x gaps: merged first cells empty, wrapped cells joined', async () => {
		const r = await read('unruled-table.pdf');
		if (!r.ok) throw new Error(r.reason);
		const lines = r.lines.map((l) => l.text);
		// Read by hand from data/sources/001_5db012f121f01c6e.txt, lines 8–11 and 14–29.
		expect(lines[0]).toBe('部门资金情况\t整体支出年度预算数\t19,206.99\t整体支出年初预算数\t18,847.80');
		expect(lines[1]).toBe('\t实际支出数\t18,570.21\t年度调整额\t359.19');
		expect(lines[4]).toBe('年度关键指标\t关键指标\t预期实现值\t指标完成情况');
		expect(lines[5]).toBe('\t公共服务中心工作效率等级\t良好\t良好');
		expect(lines[10]).toBe('\t大件生活垃圾清运吨数同比增加比例\t≥10%\t12%');
		expect(lines[13]).toBe('\t文体中心升级改造完成率\t100%\t1');
		expect(lines[19]).toBe('居民幸福感满意度\t≥80%\t85%');
		expect(lines).toHaveLength(20);
		expect(r.lines.every((l) => l.page === 1 && !l.furniture)).toBe(true);
	});
});

describe('pages', () => {
	it('books the running head and the page number of every page as page furniture, in page order', async () => {
		const r = await read('chromium/002_9dad41ea0f0f2e66.pdf');
		if (!r.ok) throw new Error(r.reason);
		const marks = r.lines.filter((l) => l.furniture);
		expect(marks.filter((l) => l.furniture === 'page footer').map((l) => l.text)).toEqual(
			Array.from({ length: r.pages }, (_, i) => `第${i + 1}页,共${r.pages}页`)
		);
		expect(marks.filter((l) => l.furniture === 'page header').every((l) => l.text === '预算绩效信息公开')).toBe(true);
		const pages = r.lines.map((l) => l.page!);
		expect(pages).toEqual([...pages].sort((a, b) => a - b));
	});
	it('joins a table row cut by a page break: the 9,165-character cell of seed 002 is one line', async () => {
		const seed = (await readFile(join(ROOT, 'data/sources/002_9dad41ea0f0f2e66.txt'), 'utf8')).split('\n').find((l) => l.startsWith('部门整体绩效\t'))!;
		for (const producer of ['chromium', 'libreoffice']) {
			const r = await read(`${producer}/002_9dad41ea0f0f2e66.pdf`);
			if (!r.ok) throw new Error(r.reason);
			const line = r.lines.find((l) => l.text.startsWith('部门整体绩效\t'))!;
			expect(line.text.replace(/\s/g, ''), producer).toBe(seed.replace(/\s/g, ''));
		}
	});
});

describe('a folder with PDFs that cannot be read (preview mode)', () => {
	let run: RunResult;
	let db: QueryRunner;
	beforeAll(async () => {
		const dir = await mkdtemp(join(tmpdir(), 'gz-pdf-bad-'));
		await copyFile(join(FIXTURES, 'chromium/001_5db012f121f01c6e.pdf'), join(dir, 'yonghe.pdf'));
		await copyFile(join(ROOT, 'data/sources/002_9dad41ea0f0f2e66.txt'), join(dir, 'yuancun.txt'));
		for (const f of ['scanned', 'encrypted', 'truncated', 'three-hundred-pages']) await copyFile(join(FIXTURES, `bad/${f}.pdf`), join(dir, `${f}.pdf`));
		({ run, db } = await buildPreview(dir));
	}, 120_000);

	const error = (file: string) => run.outcomes.find((o) => o.file === file)?.error;

	it('says of each one what is wrong, naming the file', async () => {
		expect(error('scanned.pdf')).toMatch(/no text layer.*OCR is not done/);
		expect(error('encrypted.pdf')).toMatch(/encrypted with a password/);
		expect(error('truncated.pdf')).toMatch(/not a readable PDF \(corrupt or cut off\)/);
		expect(error('three-hundred-pages.pdf')).toMatch(/has 300 pages, more than the 200 read per document/);
		const flags = await db.query<{ source_file: string; message: string }>(`SELECT source_file, message FROM quality_flags WHERE code = 'unreadable_document' ORDER BY source_file`);
		expect(flags.map((f) => f.source_file)).toEqual(['encrypted.pdf', 'scanned.pdf', 'three-hundred-pages.pdf', 'truncated.pdf']);
		for (const f of flags) expect(f.message.startsWith(`${f.source_file}: `)).toBe(true);
	});
	it('still ingests the rest: the PDF and the text, with pages for the PDF facts', async () => {
		expect(error('yonghe.pdf')).toBeNull();
		expect(error('yuancun.txt')).toBeNull();
		const b = await db.query(`SELECT d.source_file, b.adjusted_budget_wan, b.source_page FROM budgets b JOIN documents d USING (doc_id) WHERE b.scope = 'total' ORDER BY 1`);
		expect(b).toEqual([
			{ source_file: 'yonghe.pdf', adjusted_budget_wan: 19206.99, source_page: 1 },
			{ source_file: 'yuancun.txt', adjusted_budget_wan: 12436.77, source_page: null }
		]);
	});
});
