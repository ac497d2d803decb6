import { describe, expect, it } from 'vitest';
import { decodeDocument } from './read-document.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeDocument', () => {
	it('reads UTF-8 text into 1-based lines, with or without BOM and CRLF', () => {
		const r = decodeDocument(enc('\ufeff第一行\r\n第二行'));
		expect(r.ok && r.lines).toEqual([{ number: 1, text: '第一行' }, { number: 2, text: '第二行' }]);
	});
	it('rejects an empty file, a blank file, a binary file and non-UTF-8 bytes with a reason', () => {
		expect(decodeDocument(new Uint8Array())).toMatchObject({ ok: false, reason: 'the file is empty' });
		expect(decodeDocument(enc(' \n\t\n'))).toMatchObject({ ok: false, reason: 'the file holds only blank lines' });
		const bin = decodeDocument(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
		expect(bin.ok).toBe(false);
		expect(!bin.ok && bin.reason).toContain('NUL byte at offset 4');
		const gbk = decodeDocument(Uint8Array.from([0xb2, 0xbf, 0xc3, 0xc5])); // 部门 in GBK
		expect(!gbk.ok && gbk.reason).toContain('not valid UTF-8');
	});
});
