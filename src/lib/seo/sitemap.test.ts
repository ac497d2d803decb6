import { describe, expect, it } from 'vitest';
import { STATIC_PAGES, escapeXml, pageUrl, routeDirOf, sitemapXml } from './sitemap.ts';

describe('sitemap', () => {
	it('absolute URLs from SITE_URL (base path included), without doubling slashes', () => {
		expect(pageUrl('/units/hp-yonghe/', { siteUrl: 'https://example.gov.cn/budget/', base: '/budget' })).toBe('https://example.gov.cn/budget/units/hp-yonghe/');
		expect(pageUrl('/', { siteUrl: 'https://example.gov.cn', base: '' })).toBe('https://example.gov.cn/');
	});

	it('root-relative URLs under the base path when no SITE_URL is set', () => {
		expect(pageUrl('/quality/', { siteUrl: null, base: '/budget' })).toBe('/budget/quality/');
		expect(pageUrl('/', { base: '' })).toBe('/');
	});

	it('writes one <url> per page, deduplicated, XML-escaped', () => {
		const xml = sitemapXml(['/', '/units/a&b/', '/'], { siteUrl: 'https://x.cn', base: '' });
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
		expect(xml.match(/<url>/g)).toHaveLength(2);
		expect(xml).toContain('<loc>https://x.cn/units/a&amp;b/</loc>');
		expect(escapeXml(`<'">`)).toBe('&lt;&apos;&quot;&gt;');
	});

	it('static pages end with a slash and map to their route folder', () => {
		for (const p of STATIC_PAGES) expect(p).toMatch(/^\/(?:[a-z-]+\/)?$/);
		expect(routeDirOf('/')).toBe('');
		expect(routeDirOf('/quality/')).toBe('quality');
	});
});
