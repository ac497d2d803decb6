// Reading a source file: bytes → checked UTF-8 text → lines. Bad input gets a
// reason (empty, binary, not UTF-8) instead of an exception.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SourceLine } from '../types.ts';
import { LineLedger } from './line-ledger.ts';
import { splitLines } from './split-lines.ts';

export type ReadDocument =
	| { ok: true; sha256: string; lines: SourceLine[] }
	| { ok: false; sha256: string | null; reason: string };

export function decodeDocument(bytes: Uint8Array): ReadDocument {
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (bytes.length === 0) return { ok: false, sha256, reason: 'the file is empty' };
	// NUL bytes never occur in text extracted from a PDF; they mark a binary file.
	const nul = bytes.indexOf(0);
	if (nul >= 0) return { ok: false, sha256, reason: `binary file (NUL byte at offset ${nul}); expected UTF-8 text extracted from a PDF` };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, sha256, reason: 'not valid UTF-8 text (convert it to UTF-8, e.g. from GBK, before ingesting)' };
	}
	const lines = splitLines(text);
	if (lines.every((l) => LineLedger.isBlank(l.text))) return { ok: false, sha256, reason: 'the file holds only blank lines' };
	return { ok: true, sha256, lines };
}

export async function readDocument(path: string): Promise<ReadDocument> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (e) {
		return { ok: false, sha256: null, reason: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
	}
	return decodeDocument(bytes);
}
