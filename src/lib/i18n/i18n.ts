// The site's two languages through svelte-i18n (ICU messages, a locale store,
// lazy dictionaries). Chinese is the default and the reference; English pages
// live under /en/ (routes/[[lang=lang]]). A page is rendered in one language
// from start to end: the root layout loads and sets it before anything
// renders, and a language switch is a full page load (LanguageSwitch.svelte),
// so `t()` can be a plain function, usable in components, chart builders and
// formatters alike. Each language's dictionary is its own chunk: a page in
// the browser downloads only its own.
import { format, init, locale, register, unwrapFunctionStore, waitLocale } from 'svelte-i18n';
import { get } from 'svelte/store';
import type { MessageKey } from './messages/index.ts';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

/** BCP 47 tag of each language, for <html lang> and hreflang. */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

// svelte-i18n's locales are the BCP 47 tags: in the browser it writes the
// current one into <html lang>, which must stay zh-CN (screen readers, fonts).
register(LANG_TAG.zh, () => import('./messages/zh.ts'));
register(LANG_TAG.en, () => import('./messages/en.ts'));

// Set at once, so nothing that runs before the root layout's load (an engine
// started early, a script importing a module) meets an unset locale: in the
// browser the prerendered <html lang> says the page's language, in Node it is
// Chinese. Being also the fallback, the browser never loads the other one.
const initial: Lang = typeof document !== 'undefined' && document.documentElement.lang === LANG_TAG.en ? 'en' : DEFAULT_LANG;
init({ fallbackLocale: LANG_TAG[initial], initialLocale: LANG_TAG[initial] });

const formatMessage = unwrapFunctionStore(format);

export function isLang(x: unknown): x is Lang {
	return x === 'zh' || x === 'en';
}

/** The language the page is rendered in. */
export function lang(): Lang {
	return get(locale) === LANG_TAG.en ? 'en' : DEFAULT_LANG;
}

/**
 * Before a page renders (root layout load, server and browser alike): loads
 * the language's dictionary and makes it the page's.
 */
export async function loadLang(l: Lang): Promise<void> {
	if (get(locale) !== LANG_TAG[l]) locale.set(LANG_TAG[l]);
	await waitLocale(LANG_TAG[l]);
}

/** Switches a loaded language synchronously (tests; both are loaded there by loadAllLangs). */
export function setLang(l: Lang): void {
	if (get(locale) !== LANG_TAG[l]) locale.set(LANG_TAG[l]);
}

/** Both dictionaries, Chinese the page language (Node: tests, scripts). */
export async function loadAllLangs(): Promise<void> {
	await loadLang('zh');
	await loadLang('en');
	setLang('zh');
}

export type MessageValues = Record<string, string | number>;

/** The message `key` in the page's language, `{name}` placeholders filled from `values`. */
export function t(key: MessageKey, values?: MessageValues): string {
	return formatMessage(key, values ? { values } : undefined);
}

/** The message `key` if there is one, else `fallback` (labels of coded values that may be new). */
export function tOr(key: string, fallback: string): string {
	return formatMessage(key, { default: fallback });
}
