// The sitemap: every prerendered page as a <url>. Pure functions; the route
// (src/routes/sitemap.xml/+server.ts) supplies the paths at build time.
import { NAV_LINKS } from '../nav.ts';

/**
 * Pages without route parameters, relative to the site root, with the
 * trailing slash every page has (trailingSlash = 'always'): the pages of the
 * navigation, one list for both. One whose route does not exist is left out at
 * build time.
 */
export const STATIC_PAGES: readonly string[] = NAV_LINKS.map((l) => l.path);

/** Where each kind of parameterised page lives, and the route file that must exist for it. */
export const PAGE_PATTERNS = {
	unit: (unit_id: string) => `/units/${encodeURIComponent(unit_id)}/`,
	district: (district_code: string) => `/districts/${encodeURIComponent(district_code)}/`,
	source: (doc_id: string) => `/sources/${encodeURIComponent(doc_id)}/`
} as const;

/** The route folder of a page path: '/' → '', '/units/x/' stays as given by the caller. */
export function routeDirOf(path: string): string {
	return path.replace(/^\/+|\/+$/g, '');
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/**
 * Absolute URLs from `siteUrl` (the public address of the site root, base
 * path included, e.g. https://example.gov.cn/budget), or root-relative URLs
 * under `base` when no site URL is known: the sitemap protocol asks for
 * absolute URLs, which only the publisher knows (README: Publish, SITE_URL).
 */
export function pageUrl(path: string, opts: { siteUrl?: string | null; base: string }): string {
	const root = opts.siteUrl ? opts.siteUrl.replace(/\/+$/, '') : opts.base.replace(/\/+$/, '');
	return `${root}${path}`;
}

export function sitemapXml(paths: readonly string[], opts: { siteUrl?: string | null; base: string }): string {
	const seen = new Set<string>();
	const urls: string[] = [];
	for (const p of paths) {
		if (seen.has(p)) continue;
		seen.add(p);
		urls.push(`\t<url><loc>${escapeXml(pageUrl(p, opts))}</loc></url>`);
	}
	return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
