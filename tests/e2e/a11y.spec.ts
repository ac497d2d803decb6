// Every page type through axe-core (WCAG 2.0/2.1 A and AA rules), in the light
// and the dark theme, with JavaScript: after hydration, with the live charts
// and (on /sql) a result grid on screen. Any serious or critical violation
// fails, printed with its elements so it can be fixed from the log.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EN_PAGES, PAGES } from './pages.ts';
import { gotoReady } from './ready.ts';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

function describe(violations: AxeResults['violations']): string {
	return violations
		.map((v) => {
			const nodes = v.nodes
				.slice(0, 8)
				.map((n) => `    - ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
				.join('\n');
			const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
			return `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
		})
		.join('\n\n');
}

// Light and dark at desktop width; light again at phone width, where tables
// scroll inside their boxes (the boxes must then be reachable by keyboard).
// The English edition: light and dark at desktop width.
const RUNS = [
	{ title: 'light theme', scheme: 'light', viewport: { width: 1280, height: 900 }, pages: PAGES },
	{ title: 'dark theme', scheme: 'dark', viewport: { width: 1280, height: 900 }, pages: PAGES },
	{ title: 'phone (375 px), light theme', scheme: 'light', viewport: { width: 375, height: 800 }, pages: PAGES },
	{ title: 'English, light theme', scheme: 'light', viewport: { width: 1280, height: 900 }, pages: EN_PAGES },
	{ title: 'English, dark theme', scheme: 'dark', viewport: { width: 1280, height: 900 }, pages: EN_PAGES }
] as const;

for (const { title, scheme, viewport, pages } of RUNS) {
	test.describe(title, () => {
		test.use({ colorScheme: scheme, viewport });

		for (const p of pages) {
			test(`${p.name} (${p.path}) has no serious or critical axe violations`, async ({ page }) => {
				await gotoReady(page, p);
				await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
				await expect(page.locator('html')).toHaveAttribute('lang', p.name.startsWith('en-') ? 'en' : 'zh-CN');
				const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
				const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
				// the message lists each violation with its elements; the diff stays one line per rule
				expect(bad.map((v) => `${v.impact} ${v.id}`), `axe on ${p.path} (${title}):\n\n${describe(bad)}`).toEqual([]);
			});
		}
	});
}
