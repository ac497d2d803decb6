import { DEFAULT_LANG, loadLang, type Lang } from '$lib/i18n/i18n';

// Every page is prerendered at build time; the browser only hydrates.
export const prerender = true;
export const trailingSlash = 'always';

// The page's language, from its path (/en/… or none): its messages loaded
// and set before anything renders, on the server and in the browser alike.
export async function load({ params, data }) {
	const lang: Lang = params.lang === 'en' ? 'en' : DEFAULT_LANG;
	await loadLang(lang);
	return { ...data, lang };
}
