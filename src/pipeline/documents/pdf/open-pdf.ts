// Opening a PDF with pdf.js in Node: fonts and CMaps from the package's own
// folders (Chinese PDFs need the CMaps; nothing is fetched), and the ways a
// file can fail turned into one sentence each.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Pages read at most: a street office's budget documents run to a few dozen pages. */
export const MAX_PAGES = 200;

const PKG = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const folder = (name: string) => join(PKG, name) + '/';

export type OpenedPdf = { ok: true; doc: PDFDocumentProxy } | { ok: false; reason: string };

export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
	const task = getDocument({
		// pdf.js takes ownership of the buffer it is given: hand it a copy.
		data: new Uint8Array(bytes),
		standardFontDataUrl: folder('standard_fonts'),
		cMapUrl: folder('cmaps'),
		cMapPacked: true,
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		stopAtErrors: false,
		verbosity: 0
	});
	let doc: PDFDocumentProxy;
	try {
		doc = await task.promise;
	} catch (e) {
		await task.destroy().catch(() => {});
		return { ok: false, reason: openFailure(e) };
	}
	if (doc.numPages > MAX_PAGES) {
		const n = doc.numPages;
		await doc.destroy();
		return { ok: false, reason: `the PDF has ${n} pages, more than the ${MAX_PAGES} read per document: split it into the documents it holds` };
	}
	return { ok: true, doc };
}

function openFailure(e: unknown): string {
	const name = (e as { name?: string })?.name;
	if (name === 'PasswordException') return 'the PDF is encrypted with a password: publish or provide an unencrypted copy';
	if (name === 'InvalidPDFException') return 'not a readable PDF (corrupt or cut off): get the file again from its source';
	return `the PDF cannot be read (${(e as Error)?.message ?? String(e)})`;
}
