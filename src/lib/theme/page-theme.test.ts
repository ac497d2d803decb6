// The theme rules, and static/page-init.js (run before first paint) applying
// the same ones: the stored choice, else the system's preference.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChoice, resolveTheme, THEME_STORAGE_KEY } from './page-theme.ts';

const script = readFileSync(new URL('../../../static/page-init.js', import.meta.url), 'utf8');

/** Runs page-init.js against a fake <html>, storage and media query; returns what it set. */
function runInit(stored: string | null | Error, systemDark: boolean) {
	const attrs: Record<string, string> = {};
	const classes = new Set<string>();
	const documentElement = { setAttribute: (k: string, v: string) => (attrs[k] = v), classList: { add: (c: string) => classes.add(c) } };
	const localStorage = {
		getItem: (k: string) => {
			if (stored instanceof Error) throw stored;
			return k === THEME_STORAGE_KEY ? stored : null;
		}
	};
	const window = { matchMedia: (q: string) => ({ matches: q === '(prefers-color-scheme: dark)' && systemDark }) };
	new Function('document', 'localStorage', 'window', script)({ documentElement }, localStorage, window);
	return { theme: attrs['data-theme'], choice: attrs['data-theme-choice'], js: classes.has('js') };
}

describe('theme choice', () => {
	it('reads only light and dark as explicit choices', () => {
		expect(parseChoice('dark')).toBe('dark');
		expect(parseChoice('light')).toBe('light');
		expect(parseChoice('purple')).toBe('system');
		expect(parseChoice(null)).toBe('system');
	});

	it('follows the system only when the choice is system', () => {
		expect(resolveTheme('system', true)).toBe('dark');
		expect(resolveTheme('system', false)).toBe('light');
		expect(resolveTheme('light', true)).toBe('light');
		expect(resolveTheme('dark', false)).toBe('dark');
	});
});

describe('static/page-init.js', () => {
	it('uses the same storage key as the switch', () => {
		expect(script).toContain(`'${THEME_STORAGE_KEY}'`);
	});

	it('applies a stored choice over the system preference', () => {
		expect(runInit('dark', false)).toEqual({ theme: 'dark', choice: 'dark', js: true });
		expect(runInit('light', true)).toEqual({ theme: 'light', choice: 'light', js: true });
	});

	it('follows the system without a choice, with a bad one, or without storage', () => {
		expect(runInit(null, true)).toEqual({ theme: 'dark', choice: 'system', js: true });
		expect(runInit('x', false)).toEqual({ theme: 'light', choice: 'system', js: true });
		expect(runInit(new Error('SecurityError'), true)).toEqual({ theme: 'dark', choice: 'system', js: true });
	});

	it('agrees with resolveTheme for every case', () => {
		for (const stored of ['light', 'dark', null])
			for (const systemDark of [false, true])
				expect(runInit(stored, systemDark).theme).toBe(resolveTheme(parseChoice(stored), systemDark));
	});
});

/** Runs page-init.js as a page at `href` (script under `base`) with `lang` stored; returns where it sent the reader. */
function runLanguage(lang: string | null, href: string, base = '/') {
	const url = new URL(href);
	let replaced: string | null = null;
	const documentElement = { setAttribute: () => {}, classList: { add: () => {} } };
	const document = { documentElement, currentScript: { src: new URL(`${base}page-init.js`, url).href } };
	const localStorage = { getItem: (k: string) => (k === 'gz-budget:lang' ? lang : null) };
	const location = { pathname: url.pathname, search: url.search, hash: url.hash, replace: (to: string) => (replaced = to) };
	const window = { matchMedia: () => ({ matches: false }) };
	new Function('document', 'localStorage', 'window', 'location', script)(document, localStorage, window, location);
	return replaced;
}

describe('static/page-init.js: the stored language', () => {
	it('sends a reader who chose English from a Chinese address to the English page, query and fragment kept', () => {
		expect(runLanguage('en', 'https://x.cn/units/hp-yonghe/?status=not_met#L12')).toBe('/en/units/hp-yonghe/?status=not_met#L12');
		expect(runLanguage('en', 'https://x.cn/')).toBe('/en/');
		expect(runLanguage('en', 'https://x.cn/budget/trends/', '/budget/')).toBe('/budget/en/trends/');
	});

	it('leaves English addresses, Chinese readers and readers without a choice where they are', () => {
		expect(runLanguage('en', 'https://x.cn/en/units/hp-yonghe/')).toBeNull();
		expect(runLanguage('zh', 'https://x.cn/units/hp-yonghe/')).toBeNull();
		expect(runLanguage(null, 'https://x.cn/units/hp-yonghe/')).toBeNull();
		expect(runLanguage('en', 'https://x.cn/budget/en/', '/budget/')).toBeNull();
	});
});

describe('static/page-init.js: the language switch', () => {
	/** Runs page-init.js at `href`, then clicks an <a data-lang-switch=to href=target>; returns storage and the link. */
	function click(to: string, target: string, href: string) {
		const url = new URL(href);
		const stored: Record<string, string> = {};
		let onClick: ((e: unknown) => void) | undefined;
		const document = {
			documentElement: { setAttribute: () => {}, classList: { add: () => {} } },
			currentScript: null,
			addEventListener: (type: string, f: (e: unknown) => void, capture: boolean) => {
				if (type === 'click' && capture) onClick = f;
			}
		};
		const localStorage = { getItem: () => null, setItem: (k: string, v: string) => (stored[k] = v) };
		const location = { pathname: url.pathname, search: url.search, hash: url.hash, replace: () => {} };
		const link = new URL(target, url);
		const a = { getAttribute: (k: string) => (k === 'data-lang-switch' ? to : null), search: link.search, hash: link.hash };
		const window = { matchMedia: () => ({ matches: false }) };
		new Function('document', 'localStorage', 'window', 'location', script)(document, localStorage, window, location);
		onClick!({ target: { closest: (sel: string) => (sel === 'a[data-lang-switch]' ? a : null) } });
		return { stored: stored['gz-budget:lang'], search: a.search, hash: a.hash };
	}

	it('stores the chosen language and carries the query and fragment over, hydrated or not', () => {
		expect(click('zh', '/units/hp-yonghe/', 'https://x.cn/en/units/hp-yonghe/?status=not_met#indicators')).toEqual({ stored: 'zh', search: '?status=not_met', hash: '#indicators' });
		expect(click('en', '/en/?year=all', 'https://x.cn/?year=2021')).toEqual({ stored: 'en', search: '?year=all', hash: '' });
	});
});
