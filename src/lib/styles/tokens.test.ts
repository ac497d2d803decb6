// The site's colours (tokens.css) meet WCAG AA for every text/background pair
// the components use, in both themes; the dark block for readers without
// JavaScript equals the one for the switch; chart inks agree with theme.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK_INK, DARK_SURFACE, INK, SURFACE } from '../charts/theme.ts';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/** The custom properties declared in the first block that follows `selector`. */
function block(selector: string): Record<string, string> {
	const at = css.indexOf(`${selector} {`);
	if (at < 0) throw new Error(`no block ${selector}`);
	const body = css.slice(at, css.indexOf('}', at));
	return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1], m[2].toLowerCase()]));
}

const light = block(':root');
const dark = block(":root[data-theme='dark']");
const darkBySystem = block(":root:not([data-theme='light'])");
const THEMES = { light, dark } as const;

// [foreground, backgrounds, minimum ratio]: 4.5 for text, 3 for focus rings and control borders.
const TEXT = 4.5;
const UI = 3;
const PAIRS: ReadonlyArray<[string, string[], number]> = [
	['--text', ['--bg', '--surface', '--surface-2', '--surface-3', '--selected-bg', '--row-unmet-bg', '--target-bg', '--line-unparsed-bg', '--line-fact-bg', '--line-prose-bg'], TEXT],
	['--text-soft', ['--bg', '--surface', '--surface-2'], TEXT],
	['--text-muted', ['--bg', '--surface', '--surface-2', '--surface-3', '--row-unmet-bg', '--line-unparsed-bg'], TEXT],
	['--link', ['--bg', '--surface', '--surface-2', '--row-unmet-bg', '--line-unparsed-bg'], TEXT],
	['--header-text', ['--header-bg'], TEXT],
	['--header-focus', ['--header-bg'], UI],
	['--accent-text', ['--accent-bg'], TEXT],
	['--danger', ['--danger-bg', '--bg', '--surface'], TEXT],
	['--warning', ['--warning-bg', '--bg', '--surface', '--line-unparsed-bg'], TEXT],
	['--info', ['--info-bg', '--bg', '--surface'], TEXT],
	['--success', ['--success-bg', '--bg', '--surface'], TEXT],
	['--type', ['--surface', '--surface-2'], TEXT],
	['--code-keyword', ['--surface', '--code-active-line'], TEXT],
	['--code-string', ['--surface', '--code-active-line'], TEXT],
	['--code-number', ['--surface', '--code-active-line'], TEXT],
	['--code-comment', ['--surface', '--code-active-line'], TEXT],
	['--code-name', ['--surface', '--code-active-line'], TEXT],
	['--chart-text', ['--bg', '--surface'], TEXT],
	['--chart-muted', ['--bg', '--surface'], TEXT],
	['--chart-reference', ['--bg', '--surface'], TEXT],
	['--chart-axis', ['--bg', '--surface'], UI],
	['--focus', ['--bg', '--surface', '--surface-2'], UI],
	['--control-border', ['--surface', '--bg'], UI],
	['--target-outline', ['--bg', '--surface'], UI]
];

describe('tokens.css', () => {
	it('declares the same properties for light and dark', () => {
		expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
		expect(Object.keys(light).length).toBeGreaterThan(40);
	});

	it('gives readers without JavaScript the same dark colours as the switch', () => {
		expect(darkBySystem).toEqual(dark);
	});

	for (const [name, colours] of Object.entries(THEMES)) {
		it(`meets WCAG AA for every text/background pair (${name})`, () => {
			const failures: string[] = [];
			for (const [fg, bgs, min] of PAIRS)
				for (const bg of bgs) {
					const ratio = contrastRatio(colours[fg], colours[bg]);
					if (ratio < min) failures.push(`${fg} ${colours[fg]} on ${bg} ${colours[bg]}: ${ratio.toFixed(2)} < ${min}`);
				}
			expect(failures).toEqual([]);
		});
	}

	it('uses the chart inks of theme.ts (the prerendered SVG is recoloured with them)', () => {
		for (const [role, hex] of Object.entries(INK)) expect(light[`--chart-${role}`], role).toBe(hex);
		for (const [role, hex] of Object.entries(DARK_INK)) expect(dark[`--chart-${role}`], role).toBe(hex);
		expect(light['--surface']).toBe(SURFACE);
		expect(dark['--surface']).toBe(DARK_SURFACE);
	});
});
