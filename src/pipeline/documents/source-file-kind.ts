// Which reader a file of the source folder gets, by its name: one small table,
// so a new reader is one line (the PDF reader replaces the `pdf` entry).
// Files no reader takes are listed with the reason, never skipped in silence.
import { decodeDocument, type ReadDocument } from './read-document.ts';

/** A reader turns a file's bytes into lines (or a reason it cannot). */
export type DocumentReader = (bytes: Uint8Array) => ReadDocument | Promise<ReadDocument>;

const WORD = 'a word-processor document: save it as a .txt text file (UTF-8), or extract the text of its PDF';
const SHEET = 'a spreadsheet: the pipeline reads the text of the published documents, not tables; extract the text of the PDF as a .txt file';
const IMAGE = 'an image (a scan?): text recognition is not part of the pipeline; extract the text of the PDF as a .txt file';
const ARCHIVE = 'an archive: unpack it into the folder';

/** By lower-case extension: a reader, or why such files are not read. */
const READERS: Record<string, DocumentReader | string> = {
	txt: decodeDocument,
	text: decodeDocument,
	md: decodeDocument,
	pdf: 'PDF intake is not available yet: put the text extracted from the PDF beside it as a .txt file (UTF-8)',
	doc: WORD, docx: WORD, wps: WORD, odt: WORD, rtf: WORD,
	xls: SHEET, xlsx: SHEET, et: SHEET, ods: SHEET, csv: SHEET,
	png: IMAGE, jpg: IMAGE, jpeg: IMAGE, gif: IMAGE, bmp: IMAGE, tif: IMAGE, tiff: IMAGE, webp: IMAGE,
	zip: ARCHIVE, rar: ARCHIVE, '7z': ARCHIVE
};

const extension = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1].toLowerCase() ?? '';

/** Extensions a reader takes: a folder named like one (`x.txt/`) is worth a note. */
export const isDocumentName = (name: string): boolean => typeof READERS[extension(name)] === 'function';

export function sourceFileKind(name: string): { read: DocumentReader } | { reason: string } {
	const ext = extension(name);
	const entry = Object.hasOwn(READERS, ext) ? READERS[ext] : undefined;
	if (typeof entry === 'function') return { read: entry };
	if (typeof entry === 'string') return { reason: `not read: ${entry}` };
	const readable = Object.keys(READERS).filter((k) => typeof READERS[k] === 'function').map((k) => `.${k}`).join(', ');
	return { reason: `not read: ${ext ? `.${ext} files are` : 'a file without an extension is'} not documents the pipeline reads (it reads ${readable})` };
}
