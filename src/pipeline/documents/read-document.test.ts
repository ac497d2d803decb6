import { describe, expect, it } from 'vitest';
import { decodeDocument, readsAsChinese } from './read-document.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, le: boolean) => {
	const out = [le ? 0xff : 0xfe, le ? 0xfe : 0xff];
	for (const u of new Uint16Array([...s].flatMap((ch) => (ch.length === 2 ? [ch.charCodeAt(0), ch.charCodeAt(1)] : [ch.charCodeAt(0)]))))
		out.push(...(le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
	return Uint8Array.from(out);
};
const codes = (r: ReturnType<typeof decodeDocument>) => (r.ok ? r.flags.map((f) => f.code) : null);

describe('decodeDocument', () => {
	it('reads UTF-8 text into 1-based lines, with or without BOM and CRLF', () => {
		const r = decodeDocument(enc('\ufeff第一行\r\n第二行'));
		expect(r.ok && r.lines).toEqual([{ number: 1, text: '第一行' }, { number: 2, text: '第二行' }]);
		expect(r.ok && r.encoding).toBe('utf-8');
		expect(codes(r)).toEqual([]);
	});
	it('reads UTF-16 with a byte order mark, either byte order, and flags the encoding', () => {
		for (const [le, name] of [[true, 'utf-16le'], [false, 'utf-16be']] as const) {
			const r = decodeDocument(utf16('部门整体\n预算𠀀', le));
			expect(r.ok && r.lines.map((l) => l.text), name).toEqual(['部门整体', '预算𠀀']);
			expect(r.ok && r.encoding).toBe(name);
			expect(codes(r)).toEqual(['encoding_not_utf8']);
		}
	});
	it('reads GBK bytes as GB18030 when UTF-8 fails and the text reads as Chinese', () => {
		const r = decodeDocument(Uint8Array.from([0xb2, 0xbf, 0xc3, 0xc5, 0x0a, 0xd4, 0xa4, 0xcb, 0xe3])); // 部门\n预算 in GBK
		expect(r.ok && r.lines.map((l) => l.text)).toEqual(['部门', '预算']);
		expect(r.ok && r.encoding).toBe('gb18030');
		expect(r.ok && r.flags[0]).toMatchObject({ code: 'encoding_not_utf8', severity: 'info' });
	});
	it('drops an incomplete last character with a warning on the last line, in UTF-8, GBK and UTF-16', () => {
		const u8 = decodeDocument(enc('标题\n指标').subarray(0, -1)); // 标 is 3 bytes: 2 of them left
		expect(u8.ok && u8.lines.map((l) => l.text)).toEqual(['标题', '指']);
		expect(u8.ok && u8.flags).toEqual([expect.objectContaining({ code: 'truncated_character', severity: 'warning', source_line: 2 })]);
		expect(u8.ok && u8.flags[0].message).toContain('2 bytes of an incomplete UTF-8 character');
		const gbk = decodeDocument(Uint8Array.from([0xb2, 0xbf, 0xc3, 0xc5, 0xd4]));
		expect(gbk.ok && gbk.lines[0].text).toBe('部门');
		expect(codes(gbk)).toEqual(['encoding_not_utf8', 'truncated_character']);
		const u16 = decodeDocument(utf16('部门', true).subarray(0, -1));
		expect(u16.ok && u16.lines[0].text).toBe('部');
		expect(codes(u16)).toEqual(['encoding_not_utf8', 'truncated_character']);
	});
	it('rejects an empty file, a blank file, a binary file, BOM-less UTF-16 and unknown bytes with a reason', () => {
		expect(decodeDocument(new Uint8Array())).toMatchObject({ ok: false, reason: 'the file is empty' });
		expect(decodeDocument(enc(' \n\t\n'))).toMatchObject({ ok: false, reason: 'the file holds only blank lines' });
		const bin = decodeDocument(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
		expect(!bin.ok && bin.reason).toContain('binary file (NUL byte at offset 4)');
		const bomless = decodeDocument(utf16('Budget performance of the street office', true).subarray(2));
		expect(!bomless.ok && bomless.reason).toContain('UTF-16 text without a byte order mark');
		// Latin-1 bytes are valid GB18030 but do not read as Chinese: refused, not turned into rare ideographs
		const latin1 = decodeDocument(Uint8Array.from([...enc('Caf'), 0xe9, 0x20, ...enc('cr'), 0xe8, 0x6d, 0x65, 0x20, 0xe0, 0x20, 0x6c, 0xe0]));
		expect(!latin1.ok && latin1.reason).toContain('neither UTF-8 nor GB18030/GBK');
	});
	it('takes GB18030 text as Chinese only when its non-ASCII characters are common ideographs and punctuation', () => {
		expect(readsAsChinese('部门整体支出绩效自评表（2021年度）：“良好”')).toBe(true);
		expect(readsAsChinese('abc')).toBe(false);
		expect(readsAsChinese('部ÿ¡ÆÇË')).toBe(false);
	});
});
