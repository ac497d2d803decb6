// sitemap.xml, written at build time: the static pages, every unit, district
// and source document page (lists from the same SQL as the pages' entries()),
// each in Chinese and under /en/ in English.
// URLs are absolute when SITE_URL is set (the public address of the site
// root, base path included: SITE_URL=https://example.gov.cn/budget), as the
// sitemap protocol requires; without it they are root-relative under the base
// path, since only the publisher knows the host.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { base } from '$app/paths';
import { QUERIES } from '$lib/query/queries';
import { buildTimeDataset } from '$lib/query/node';
import { PAGE_PATTERNS, STATIC_PAGES, routeDirOf, sitemapXml } from '$lib/seo/sitemap';
import { LANGS } from '$lib/i18n/i18n';
import { localizePath } from '$lib/i18n/locale-path';

export const prerender = true;

// A page listed before its route exists would be a dead link in the sitemap.
const routeExists = (dir: string) => existsSync(join(process.cwd(), 'src', 'routes', '[[lang=lang]]', dir, '+page.svelte'));

export async function GET() {
	const db = await buildTimeDataset();
	const paths: string[] = STATIC_PAGES.filter((p) => routeExists(routeDirOf(p)));
	for (const u of await db.query<{ unit_id: string }>(QUERIES.allUnits)) paths.push(PAGE_PATTERNS.unit(u.unit_id));
	for (const d of await db.query<{ district_code: string }>(QUERIES.allDistricts)) paths.push(PAGE_PATTERNS.district(d.district_code));
	if (routeExists(join('sources', '[doc_id]'))) {
		for (const d of await db.query<{ doc_id: string }>(QUERIES.sitemapDocuments)) paths.push(PAGE_PATTERNS.source(d.doc_id));
	}
	const xml = sitemapXml(LANGS.flatMap((l) => paths.map((p) => localizePath(p, l))), { siteUrl: process.env.SITE_URL || null, base });
	return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
