// A query in a link: the SQL text, deflated (fflate) and base64url-encoded,
// in the URL hash (`/sql/#q=…`, `&run=1` to run on open). The hash never
// reaches a server, so a shared query stays between the two readers.
// Works the same in Node (prerendered chart links) and in the browser.
import { deflateSync, inflateSync, strToU8 } from 'fflate';
import { DEFAULT_LANG, lang, t } from '../i18n/i18n.ts';

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	const CHUNK = 0x8000; // String.fromCharCode takes a bounded number of arguments
	for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error(t('sql.share.invalidChars'));
	const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** SQL text → the compact code that goes after `q=`. */
export function encodeQuery(sql: string): string {
	return toBase64Url(deflateSync(strToU8(sql), { level: 9 }));
}

/** The code after `q=` → SQL text. Throws a reader-facing message on anything malformed. */
export function decodeQuery(code: string): string {
	let bytes: Uint8Array;
	try {
		bytes = inflateSync(fromBase64Url(code));
	} catch {
		throw new Error(t('sql.share.corrupt'));
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new Error(t('sql.share.notUtf8'));
	}
}

/** The hash for a query: `#q=…` plus `&run=1` to run it on open. */
export function shareHash(sql: string, { run = false }: { run?: boolean } = {}): string {
	return `#q=${encodeQuery(sql)}${run ? '&run=1' : ''}`;
}

/**
 * Link to the workspace with `sql` loaded, in the page's language (/sql/ or
 * /en/sql/); `base` is SvelteKit's base path (may be relative).
 */
export function sqlWorkspaceHref(base: string, sql: string, opts: { run?: boolean } = {}): string {
	// localizePath('/sql/') of locale-path.ts, without its $app/paths import:
	// this module also runs outside SvelteKit (tests/bench under tsx).
	const l = lang();
	return `${base}${l === DEFAULT_LANG ? '' : `/${l}`}/sql/${shareHash(sql, opts)}`;
}

export type SharedQuery = { sql: string; run: boolean } | { error: string };

/** Reads a location hash; null when it carries no query. Never throws. */
export function readShareHash(hash: string): SharedQuery | null {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const code = params.get('q');
	if (code === null) return null;
	try {
		return { sql: decodeQuery(code), run: params.get('run') === '1' };
	} catch (err) {
		return { error: err instanceof Error ? err.message : String(err) };
	}
}
