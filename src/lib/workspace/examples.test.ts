import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import { EXAMPLES, localizedExample, parseExample } from './examples.ts';

const FILE = [
	'-- title: 各单位预算执行率排名',
	'-- 执行率 = 实际支出 ÷ 全年预算。',
	'-- title_en: Units ranked by budget execution rate',
	'-- description_en: Execution rate = actual spending ÷ full-year budget.',
	'SELECT 1 -- title_en: not a header line',
	''
].join('\n');

describe('example queries', () => {
	afterEach(() => setLang('zh'));

	it('keeps the Chinese text without the English header lines', () => {
		const ex = parseExample('01-x', FILE);
		expect(ex).toEqual({
			id: '01-x',
			title: '各单位预算执行率排名',
			description: '执行率 = 实际支出 ÷ 全年预算。',
			sql: '-- title: 各单位预算执行率排名\n-- 执行率 = 实际支出 ÷ 全年预算。\nSELECT 1 -- title_en: not a header line\n',
			title_en: 'Units ranked by budget execution rate',
			description_en: 'Execution rate = actual spending ÷ full-year budget.'
		});
		expect(localizedExample(ex)).toEqual({ title: ex.title, description: ex.description, sql: ex.sql });
	});

	it('on English pages, gives the English title and description, heading the same query', () => {
		setLang('en');
		expect(localizedExample(parseExample('01-x', FILE))).toEqual({
			title: 'Units ranked by budget execution rate',
			description: 'Execution rate = actual spending ÷ full-year budget.',
			sql: '-- title: Units ranked by budget execution rate\n-- Execution rate = actual spending ÷ full-year budget.\nSELECT 1 -- title_en: not a header line\n'
		});
		// a file without English stays Chinese
		const zhOnly = parseExample('02-y', '-- title: 标题\nSELECT 2\n');
		expect(localizedExample(zhOnly).title).toBe('标题');
	});

	it('every curated example has an English title and description', () => {
		expect(EXAMPLES.length).toBeGreaterThan(0);
		for (const ex of EXAMPLES) {
			expect(ex.title_en, ex.id).toMatch(/^[^\u4e00-\u9fff]*[A-Za-z]/);
			expect(ex.description_en, ex.id).toBeTruthy();
			expect(ex.sql, ex.id).not.toMatch(/title_en|description_en/);
		}
	});
});
