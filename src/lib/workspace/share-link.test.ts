import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import { localizePath } from '../i18n/locale-path.ts';
import { decodeQuery, encodeQuery, readShareHash, shareHash, sqlWorkspaceHref } from './share-link.ts';

const chinese = "-- 满意度指标\nSELECT u.short_name AS 单位, i.name FROM indicators i JOIN units u USING (unit_id)\nWHERE i.name LIKE '%满意%'; -- 😀";

describe('share links', () => {
	it('round-trips Chinese text, emoji and every ASCII character', () => {
		for (const sql of [chinese, '', ' ', Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('')]) {
			const code = encodeQuery(sql);
			expect(code).toMatch(/^[A-Za-z0-9_-]*$/); // URL-safe as is
			expect(decodeQuery(code)).toBe(sql);
		}
	});

	it('round-trips a 20 kB query and compresses it', () => {
		const rows = Array.from({ length: 400 }, (_, i) => `SELECT ${i} AS n, '单位${i}' AS name, random() AS r`);
		const sql = rows.join('\nUNION ALL\n');
		expect(sql.length).toBeGreaterThan(20_000);
		const code = encodeQuery(sql);
		expect(decodeQuery(code)).toBe(sql);
		expect(code.length).toBeLessThan(sql.length / 2);
	});

	it('builds the hash and the link, with run=1 when asked', () => {
		expect(shareHash('SELECT 1')).toBe(`#q=${encodeQuery('SELECT 1')}`);
		expect(shareHash('SELECT 1', { run: true })).toBe(`#q=${encodeQuery('SELECT 1')}&run=1`);
		expect(sqlWorkspaceHref('..', 'SELECT 1')).toBe(`../sql/#q=${encodeQuery('SELECT 1')}`);
	});

	it('reads a hash back', () => {
		expect(readShareHash(shareHash(chinese))).toEqual({ sql: chinese, run: false });
		expect(readShareHash(shareHash(chinese, { run: true }))).toEqual({ sql: chinese, run: true });
		expect(readShareHash('')).toBeNull();
		expect(readShareHash('#other=1')).toBeNull();
	});

	it('a malformed hash gives a message, never an exception', () => {
		for (const hash of ['#q=', '#q=%%%', '#q=not-deflate-data', '#q=!!!', `#q=${encodeQuery(chinese).slice(0, 20)}`, '#q=' + 'A'.repeat(10)]) {
			const r = readShareHash(hash);
			expect(r, hash).not.toBeNull();
			if (r && 'sql' in r) expect(r.sql, hash).toBe(''); // '#q=' is the empty query
			else expect(r?.error, hash).toMatch(/链接中的查询/);
		}
	});
});

describe('share links on English pages', () => {
	afterEach(() => setLang('zh'));

	it('link to the English workspace', () => {
		setLang('en');
		expect(sqlWorkspaceHref('..', 'SELECT 1')).toBe(`../en/sql/#q=${encodeQuery('SELECT 1')}`);
		expect(sqlWorkspaceHref('', 'SELECT 1', { run: true })).toBe(`/en/sql/#q=${encodeQuery('SELECT 1')}&run=1`);
		expect(sqlWorkspaceHref('', 'SELECT 1')).toBe(`${localizePath('/sql/')}${shareHash('SELECT 1')}`);
	});

	it('say in English what is wrong with a malformed hash', () => {
		setLang('en');
		for (const hash of ['#q=!!!', '#q=not-deflate-data'])
			expect(readShareHash(hash), hash).toEqual({ error: 'The query in the link is damaged and cannot be decoded (perhaps it was not copied whole)' });
	});
});
