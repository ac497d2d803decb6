// source_lines: every line of every document, classed as the ledger booked it,
// so the /sources pages show the whole text and agree with documents' counts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import { buildRegistered, ROOT } from './helpers.ts';

let db: QueryRunner;
let out: string;
beforeAll(async () => {
	({ db, out } = await buildRegistered());
}, 60_000);

describe('source_lines', () => {
	it('holds every line of every document, in order, with the counts of documents', async () => {
		const docs = await db.query<{ doc_id: string; source_file: string; lines_total: number; lines_fact: number; lines_prose: number; lines_unparsed: number }>(
			'SELECT * FROM documents ORDER BY doc_id'
		);
		expect(docs).toHaveLength(5);
		for (const d of docs) {
			const text = (await readFile(join(ROOT, 'data', d.source_file), 'utf8')).replace(/\r\n?/g, '\n');
			const lines = await db.query<{ line: number; text: string; class: string }>(`SELECT line, text, class FROM source_lines WHERE doc_id = '${d.doc_id}' ORDER BY line`);
			const printed = text.replace(/\n$/, '').split('\n');
			expect(lines.map((l) => l.line)).toEqual(printed.map((_, i) => i + 1));
			expect(lines.map((l) => l.text.trim())).toEqual(printed.map((t) => t.replace(/^\ufeff/, '').trim()));
			const count = (c: string) => lines.filter((l) => l.class === c).length;
			expect({ fact: count('fact'), prose: count('prose'), unparsed: count('unparsed') }).toEqual({ fact: d.lines_fact, prose: d.lines_prose, unparsed: d.lines_unparsed });
			expect(lines.length - count('blank')).toBe(d.lines_total);
		}
	});

	it('marks the line a figure was read from as fact: 永和 line 8 holds 19,206.99', async () => {
		const [l] = await db.query<{ text: string; class: string }>(`SELECT text, class FROM source_lines WHERE doc_id = 'hp-yonghe-2021-selfeval' AND line = 8`);
		expect(l.class).toBe('fact');
		expect(l.text).toContain('19,206.99');
		const [b] = await db.query<{ source_line: number }>(`SELECT source_line FROM budgets WHERE doc_id = 'hp-yonghe-2021-selfeval' AND scope = 'total'`);
		expect(b.source_line).toBe(8);
	});

	it('ships the take-away files: a CSV per table with a BOM, the sources, a dictionary and a zip', async () => {
		const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
		expect(Object.keys(manifest.downloads.csv).sort()).toEqual(manifest.tables.map((t: { name: string }) => t.name).sort());
		const csv = await readFile(join(out, manifest.downloads.csv.budgets.file));
		expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.toString('utf8')).toContain('hp-yonghe-2021-selfeval');
		expect(Object.keys(manifest.downloads.sources)).toHaveLength(5);
		expect(manifest.downloads.zip.file).toBe(`guangzhou-budget-performance-${manifest.dataset_version}.zip`);
	});
});
