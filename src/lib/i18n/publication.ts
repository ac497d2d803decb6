// The /quality page's headings in the page's language (messages/quality.ts).
// The record reads its values when they are read (getters), so
// `QUALITY_T.title` works as with a plain object, in the page's language.
import { t } from './i18n.ts';
import type { MessageKey } from './messages/index.ts';
import { zh as QUALITY } from './messages/quality.ts';

function localizedRecord<K extends string>(keys: readonly K[], key: (k: K) => string, extra: Record<string, string> = {}): Record<K, string> {
	const out = { ...extra } as Record<K, string>;
	for (const k of keys) Object.defineProperty(out, k, { get: () => t(key(k) as MessageKey), enumerable: true });
	return Object.freeze(out);
}

const keysOf = <T extends object>(o: T) => Object.keys(o) as (keyof T & string)[];

/** The /quality page's headings and sentences without placeholders (messages/quality.ts `page`). */
export const QUALITY_T: { readonly [K in keyof typeof QUALITY.page]: string } = localizedRecord(keysOf(QUALITY.page), (k) => `quality.page.${k}`);

