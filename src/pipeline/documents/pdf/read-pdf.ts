// A PDF → the document's lines (tables as tab-separated cells, each line with
// its page) or one sentence saying why not. Every page is read, then closed.
import { createHash } from 'node:crypto';
import type { FlagFact, SourceLine } from '../../types.ts';
import { assembleLines, type PageRows } from './assemble-lines.ts';
import { openPdf } from './open-pdf.ts';
import { pageContent } from './page-content.ts';
import { pageRows } from './page-rows.ts';

export type ReadPdf =
	| { ok: true; sha256: string; lines: SourceLine[]; pages: number; encoding: 'pdf'; flags: FlagFact[] }
	| { ok: false; sha256: string; reason: string };

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const opened = await openPdf(bytes);
	if (!opened.ok) return { ok: false, sha256, reason: opened.reason };
	const { doc } = opened;
	try {
		const pages: PageRows[] = [];
		let runs = 0;
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await pageContent(page);
			runs += content.runs.length;
			pages.push({ number: n, height: content.height, rows: pageRows(content) });
			page.cleanup();
		}
		if (runs === 0) {
			return { ok: false, sha256, reason: `the PDF has no text layer (${doc.numPages === 1 ? 'its page is' : `its ${doc.numPages} pages are`} images, as in a scan); OCR is not done: provide the PDF as published with text, or its text extracted` };
		}
		return { ok: true, sha256, lines: assembleLines(pages), pages: doc.numPages, encoding: 'pdf', flags: [] };
	} catch (e) {
		return { ok: false, sha256, reason: `the PDF cannot be read (${(e as Error)?.message ?? String(e)})` };
	} finally {
		await doc.destroy();
	}
}

