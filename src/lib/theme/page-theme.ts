// The page's colour theme in the browser. static/page-init.js applies the
// stored choice before first paint (same key, same rules: keep them in step,
// page-theme.test.ts runs that script); this module changes it afterwards.
// The resolved theme lives in <html data-theme>, so anything can follow it
// (CSS through tokens.css, charts through onThemeChange).

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'gz-budget:theme';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function parseChoice(v: unknown): ThemeChoice {
	return v === 'light' || v === 'dark' ? v : 'system';
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
	return choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
}

export function readChoice(): ThemeChoice {
	try {
		return parseChoice(localStorage.getItem(THEME_STORAGE_KEY));
	} catch {
		return 'system'; // storage blocked: follow the system
	}
}

function systemDark(): boolean {
	return window.matchMedia?.(DARK_QUERY).matches ?? false;
}

/** Applies a choice to <html> now and keeps it for the next visits. */
export function setChoice(choice: ThemeChoice): void {
	try {
		if (choice === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
		else localStorage.setItem(THEME_STORAGE_KEY, choice);
	} catch {
		// not kept: applies to this page only
	}
	applyChoice(choice);
}

export function applyChoice(choice: ThemeChoice): void {
	const root = document.documentElement;
	root.dataset.themeChoice = choice;
	root.dataset.theme = resolveTheme(choice, systemDark());
}

/** While the choice is 'system', follows the system's changes. Returns the unsubscribe. */
export function followSystem(): () => void {
	const mq = window.matchMedia?.(DARK_QUERY);
	if (!mq) return () => {};
	const onChange = () => {
		if (parseChoice(document.documentElement.dataset.themeChoice) === 'system') applyChoice('system');
	};
	mq.addEventListener('change', onChange);
	return () => mq.removeEventListener('change', onChange);
}

/** The theme charts should draw in: the page's, but light while printing (paper is white). */
export function chartTheme(): Theme {
	if (printing) return 'light';
	return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

let printing = false;

/**
 * Calls `cb` with chartTheme() whenever it changes: the reader switches the
 * theme, the system does (choice 'system'), or the page is printed.
 */
export function onChartThemeChange(cb: (theme: Theme) => void): () => void {
	let last = chartTheme();
	const check = () => {
		const now = chartTheme();
		if (now !== last) cb((last = now));
	};
	const observer = new MutationObserver(check);
	observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
	const before = () => ((printing = true), check());
	const after = () => ((printing = false), check());
	const print = window.matchMedia?.('print');
	const onPrint = (e: MediaQueryListEvent) => (e.matches ? before() : after());
	window.addEventListener('beforeprint', before);
	window.addEventListener('afterprint', after);
	print?.addEventListener('change', onPrint);
	return () => {
		observer.disconnect();
		window.removeEventListener('beforeprint', before);
		window.removeEventListener('afterprint', after);
		print?.removeEventListener('change', onPrint);
	};
}
