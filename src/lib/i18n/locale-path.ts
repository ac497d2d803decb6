// Links between pages keep the reader's language: Chinese pages at /<path>,
// English ones at /en/<path> (both under the site's base path).
import { base } from '$app/paths';
import { DEFAULT_LANG, lang, type Lang } from './i18n.ts';

/** '/units/x/' → '/en/units/x/' in English; unchanged in Chinese. */
export function localizePath(path: string, l: Lang = lang()): string {
	if (l === DEFAULT_LANG) return path;
	return path === '/' ? `/${l}/` : `/${l}${path.startsWith('/') ? '' : '/'}${path}`;
}

/** A link to a page of the site, in the page's language: `href('/units/x/')`. */
export function href(path: string, l: Lang = lang()): string {
	return `${base}${localizePath(path, l)}`;
}

/**
 * The path of a page without its language prefix: '/en/units/x/' → '/units/x/'.
 * `pathname` is relative to the base path.
 */
export function delocalizePath(pathname: string): string {
	const m = /^\/en(\/.*)?$/.exec(pathname);
	return m ? (m[1] ?? '/') : pathname;
}

/**
 * A page's path (relative to the base, without language prefix) from its route
 * and parameters: ('/[[lang=lang]]/units/[unit_id]', { unit_id: 'x' }) →
 * '/units/x/'. Works while prerendering, where the base path is relative.
 */
export function pagePath(routeId: string, params: Record<string, string | undefined>): string {
	const segments = routeId
		.split('/')
		.filter((s) => s && !/^\[\[lang(=lang)?\]\]$/.test(s))
		.map((s) => s.replace(/^\[(?:\.\.\.)?([^\]=]+)(?:=[^\]]+)?\]$/, (_, name: string) => encodeURIComponent(params[name] ?? '')));
	return segments.length ? `/${segments.join('/')}/` : '/';
}
