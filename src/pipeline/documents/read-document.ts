// Reading a source text file: bytes → text in the encoding the file is in →
// lines. Curators have UTF-8 (with or without BOM), UTF-16 with a BOM (Windows
// "Unicode") and GBK/GB18030 (the default of Chinese Windows). The encoding is
// detected, never guessed blindly: UTF-8 first, GB18030 only when UTF-8 fails
// and the result reads as Chinese. A file cut in the middle of its last
// character loses that character, with a flag. Bad input gets a reason
// (empty, binary, unknown encoding) instead of an exception.
import { createHash } from 'node:crypto';
import type { FlagFact, SourceLine } from '../types.ts';
import { LineLedger } from './line-ledger.ts';
import { splitLines } from './split-lines.ts';

/** Values of documents.encoding. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type ReadDocument =
	| { ok: true; sha256: string; lines: SourceLine[]; encoding: TextEncodingName; flags: FlagFact[] }
	| { ok: false; sha256: string | null; reason: string };

const LABEL: Record<TextEncodingName, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030 (GBK)' };

/** Longest character (4 bytes in UTF-8, GB18030 and UTF-16) minus one: what a cut inside the last character can leave. */
const MAX_PARTIAL_BYTES = 3;

interface Decoded {
	text: string;
	/** Bytes of an incomplete last character that were dropped. */
	dropped: number;
}

/** Strict decoding; when only the end is broken, the incomplete last character is dropped. */
function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): Decoded | null {
	const decoder = new TextDecoder(encoding, { fatal: true });
	for (let dropped = 0; dropped <= MAX_PARTIAL_BYTES && dropped < bytes.length; dropped++) {
		try {
			return { text: decoder.decode(bytes.subarray(0, bytes.length - dropped)), dropped };
		} catch {
			// not this many: try one byte fewer
		}
	}
	return null;
}

/**
 * Text decoded as GB18030 is taken only if it reads as Chinese: nearly all of
 * its non-ASCII characters are common CJK ideographs or CJK / full-width /
 * general punctuation, and there are some. Bytes of another encoding (or of a
 * binary file) decode into rare characters of every script.
 */
export function readsAsChinese(text: string): boolean {
	let other = 0;
	let cjk = 0;
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if (c < 0x80) continue;
		if (c >= 0x4e00 && c <= 0x9fff) cjk++;
		else if (!((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f) || c === 0xb7 || c === 0xd7)) other++;
	}
	return cjk > 0 && other <= (cjk + other) * 0.02;
}

/**
 * A file of UTF-16 without a BOM has its NUL bytes (the high byte of ASCII
 * characters: digits, line ends) all at even or all at odd offsets; a binary
 * file has them at both. A better hint than "binary".
 */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 4096);
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 ? odd++ : even++);
	return n >= 16 && even + odd >= n / 16 && Math.min(even, odd) === 0;
}

function detect(bytes: Uint8Array): { encoding: TextEncodingName; decoded: Decoded } | { reason: string } {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		const decoded = decodeStrict(bytes, 'utf-16le');
		return decoded ? { encoding: 'utf-16le', decoded } : { reason: 'starts with a UTF-16LE byte order mark but is not valid UTF-16LE text' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		const decoded = decodeStrict(bytes, 'utf-16be');
		return decoded ? { encoding: 'utf-16be', decoded } : { reason: 'starts with a UTF-16BE byte order mark but is not valid UTF-16BE text' };
	}
	// NUL bytes never occur in text extracted from a PDF (nor in UTF-8 or GBK text); they mark a binary file.
	const nul = bytes.indexOf(0);
	if (nul >= 0) {
		return looksLikeBomlessUtf16(bytes)
			? { reason: `UTF-16 text without a byte order mark (NUL byte at offset ${nul}); save it as UTF-8, or as UTF-16 with a byte order mark` }
			: { reason: `binary file (NUL byte at offset ${nul}); expected text extracted from a PDF (UTF-8, UTF-16 with a byte order mark, or GBK)` };
	}
	const utf8 = decodeStrict(bytes, 'utf-8');
	if (utf8) return { encoding: 'utf-8', decoded: utf8 };
	const gb = decodeStrict(bytes, 'gb18030');
	if (gb && readsAsChinese(gb.text)) return { encoding: 'gb18030', decoded: gb };
	return { reason: 'neither UTF-8 nor GB18030/GBK text that reads as Chinese (save it as UTF-8 and ingest it again)' };
}

export function decodeDocument(bytes: Uint8Array): ReadDocument {
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (bytes.length === 0) return { ok: false, sha256, reason: 'the file is empty' };
	const found = detect(bytes);
	if ('reason' in found) return { ok: false, sha256, reason: found.reason };
	const { encoding, decoded } = found;
	if (decoded.text.includes('\u0000')) return { ok: false, sha256, reason: `binary file (a NUL character in the ${LABEL[encoding]} text)` };
	const lines = splitLines(decoded.text);
	if (lines.every((l) => LineLedger.isBlank(l.text))) return { ok: false, sha256, reason: 'the file holds only blank lines' };
	const flags: FlagFact[] = [];
	if (encoding !== 'utf-8') {
		const how = encoding === 'gb18030' ? 'it is not UTF-8 and reads as Chinese text in GB18030' : 'its byte order mark says so';
		flags.push({ source_line: null, severity: 'info', code: 'encoding_not_utf8', table_name: 'documents', message: `read as ${LABEL[encoding]}: ${how}` });
	}
	if (decoded.dropped > 0) {
		flags.push({
			source_line: lines.length, severity: 'warning', code: 'truncated_character', table_name: 'documents',
			message: `the file ends inside a character (${decoded.dropped} byte${decoded.dropped > 1 ? 's' : ''} of an incomplete ${LABEL[encoding]} character dropped): it was probably cut off here`
		});
	}
	return { ok: true, sha256, lines, encoding, flags };
}
