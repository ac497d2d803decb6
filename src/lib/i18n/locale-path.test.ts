import { describe, expect, it } from 'vitest';
import { delocalizePath, localizePath, pagePath } from './locale-path.ts';

describe('localizePath / delocalizePath', () => {
	it('keeps Chinese paths as they are and prefixes English ones', () => {
		expect(localizePath('/units/hp-yonghe/', 'zh')).toBe('/units/hp-yonghe/');
		expect(localizePath('/units/hp-yonghe/', 'en')).toBe('/en/units/hp-yonghe/');
		expect(localizePath('/', 'en')).toBe('/en/');
	});
	it('takes the prefix off again', () => {
		expect(delocalizePath('/en/units/hp-yonghe/')).toBe('/units/hp-yonghe/');
		expect(delocalizePath('/en/')).toBe('/');
		expect(delocalizePath('/en')).toBe('/');
		expect(delocalizePath('/units/x/')).toBe('/units/x/');
		// a page whose own path starts with "en" is not English
		expect(delocalizePath('/entries/')).toBe('/entries/');
	});
});

describe('pagePath', () => {
	it('fills the route parameters and drops the language segment', () => {
		expect(pagePath('/[[lang=lang]]/units/[unit_id]', { lang: 'en', unit_id: 'hp-yonghe' })).toBe('/units/hp-yonghe/');
		expect(pagePath('/[[lang=lang]]', {})).toBe('/');
		expect(pagePath('/[[lang=lang]]/sources/[doc_id]', { doc_id: 'a b' })).toBe('/sources/a%20b/');
	});
});
