// The site's two languages through svelte-i18n (ICU messages, a locale store,
// fallback). Chinese is the default and the reference; English pages live
// under /en/ (routes/[[lang=lang]]). A page is rendered in one language from
// start to end: the root layout sets it before anything renders, and a
// language switch is a full page load (LanguageSwitch.svelte), so `t()` can be
// a plain function, usable in components, chart builders and formatters alike.
import { addMessages, init, locale, unwrapFunctionStore, format } from 'svelte-i18n';
import { get } from 'svelte/store';
import { MESSAGES, type MessageKey } from './messages/index.ts';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

/** BCP 47 tag of each language, for <html lang> and hreflang. */
export const LANG_TAG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

// svelte-i18n's locales are the BCP 47 tags: in the browser it writes the
// current one into <html lang>, which must stay zh-CN (screen readers, fonts).
addMessages(LANG_TAG.zh, MESSAGES.zh);
addMessages(LANG_TAG.en, MESSAGES.en);
init({ fallbackLocale: LANG_TAG[DEFAULT_LANG], initialLocale: LANG_TAG[DEFAULT_LANG] });

const formatMessage = unwrapFunctionStore(format);

export function isLang(x: unknown): x is Lang {
	return x === 'zh' || x === 'en';
}

/** The language the page is rendered in. */
export function lang(): Lang {
	return get(locale) === LANG_TAG.en ? 'en' : DEFAULT_LANG;
}

/** Before a page renders (root layout load, server and browser alike). */
export function setLang(l: Lang): void {
	if (get(locale) !== LANG_TAG[l]) locale.set(LANG_TAG[l]);
}

export type MessageValues = Record<string, string | number>;

/** The message `key` in the page's language, `{name}` placeholders filled from `values`. */
export function t(key: MessageKey, values?: MessageValues): string {
	return formatMessage(key, values ? { values } : undefined);
}
