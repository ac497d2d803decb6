// The charts' colours: text inks readable on the page in both themes, heatmap
// labels readable on their cells, and the dark theme leaving no light ink
// behind (live charts through optionForTheme, prerendered SVG through
// Chart.svelte's CSS).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attainmentHeatmapOption } from './options/attainment-heatmap.ts';
import { budgetScatterOption } from './options/budget-scatter.ts';
import { districtComparisonOption } from './options/district-comparison.ts';
import { executionRankingOption } from './options/execution-ranking.ts';
import { unitBudgetOption } from './options/unit-budget.ts';
import { unitTasksOption } from './options/unit-tasks.ts';
import {
	ATTAINMENT_BINS,
	CELL_INK,
	contrastRatio,
	DARK_INK,
	DARK_REMAP,
	DARK_SURFACE,
	DARK_THEME,
	INK,
	optionForTheme,
	PALETTE,
	SURFACE,
	THEME
} from './theme.ts';
import { budgetRows, districtRows, heatmapRows, rankingRows, scatterRows, taskRows } from './fixtures.ts';

/** #fff → #ffffff (contrastRatio reads six digits). */
const hex6 = (c: string) => (c.length === 4 ? `#${[...c.slice(1)].map((x) => x + x).join('')}` : c);

const PAGES = { light: { ink: INK, surface: SURFACE, page: '#f6f7f9' }, dark: { ink: DARK_INK, surface: DARK_SURFACE, page: '#0d1117' } };

describe('chart colours', () => {
	for (const [name, { ink, surface, page }] of Object.entries(PAGES)) {
		it(`text inks meet AA on the ${name} page and card; axis lines 3:1`, () => {
			for (const bg of [surface, page]) {
				expect(contrastRatio(ink.text, bg)).toBeGreaterThanOrEqual(4.5);
				expect(contrastRatio(ink.muted, bg)).toBeGreaterThanOrEqual(4.5);
				expect(contrastRatio(ink.reference, bg)).toBeGreaterThanOrEqual(4.5);
				expect(contrastRatio(ink.axis, bg)).toBeGreaterThanOrEqual(3);
			}
		});
	}

	it('labels heatmap cells in an ink that meets AA on the cell, in both themes', () => {
		for (const b of ATTAINMENT_BINS) expect(contrastRatio(hex6(b.ink), b.color), b.label).toBeGreaterThanOrEqual(4.5);
		// the remap must not touch them: the cell is their background in both themes
		expect(Object.keys(DARK_REMAP)).not.toContain(CELL_INK.dark);
		expect(Object.keys(DARK_REMAP)).not.toContain(CELL_INK.light);
	});

	it('keeps the Okabe–Ito hues (colour-blind safe) in both themes', () => {
		expect(THEME.color).toEqual([...PALETTE]);
		expect(DARK_THEME.color).toEqual([...PALETTE]);
		expect(DARK_THEME.textStyle.color).toBe(DARK_INK.text);
		expect(DARK_THEME.tooltip.backgroundColor).toBe(DARK_SURFACE);
	});
});

/** Every string under a colour key of an option. */
function colours(v: unknown, key = '', out: string[] = []): string[] {
	if (typeof v === 'string' && /(^c|C)olor$/.test(key)) out.push(v);
	else if (Array.isArray(v)) v.forEach((x) => colours(x, key, out));
	else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) colours(x, k, out);
	return out;
}

describe('optionForTheme', () => {
	const options = {
		ranking: executionRankingOption(rankingRows),
		districts: districtComparisonOption(districtRows),
		scatter: budgetScatterOption(scatterRows),
		heatmap: attainmentHeatmapOption(heatmapRows),
		budget: unitBudgetOption(budgetRows),
		tasks: unitTasksOption(taskRows)
	};

	it('returns the light option itself', () => {
		expect(optionForTheme(options.ranking, 'light')).toBe(options.ranking);
	});

	for (const [name, option] of Object.entries(options)) {
		it(`leaves no light ink in the dark ${name} chart and changes nothing else`, () => {
			const darkOption = optionForTheme(option, 'dark');
			const used = colours(darkOption);
			for (const light of Object.keys(DARK_REMAP)) expect(used, light).not.toContain(light);
			// the same colour slots, series and data
			expect(used.length).toBe(colours(option).length);
			expect((darkOption as { series: unknown[] }).series.length).toBe((option as { series: unknown[] }).series.length);
		});
	}

	it('swaps colours only, never data text that looks like one', () => {
		const o = { series: [{ name: INK.text, data: [{ name: INK.muted, value: 1, label: { color: INK.text } }] }], color: [INK.text] };
		const d = optionForTheme(o, 'dark');
		expect(d.series[0].name).toBe(INK.text);
		expect(d.series[0].data[0].name).toBe(INK.muted);
		expect(d.series[0].data[0].label.color).toBe(DARK_INK.text);
		expect(d.color).toEqual([DARK_INK.text]);
		expect(o.series[0].data[0].label.color).toBe(INK.text); // the input is not mutated
	});

	it('keeps the heatmap cell labels (their background is the cell)', () => {
		const labels = colours(optionForTheme(options.heatmap, 'dark')).filter((c) => c === CELL_INK.dark || c === CELL_INK.light);
		expect(labels.length).toBeGreaterThan(0);
	});
});

describe('Chart.svelte recolours the prerendered SVG on the dark page', () => {
	const source = readFileSync(new URL('./Chart.svelte', import.meta.url), 'utf8');
	it.each(Object.entries(INK))('has a rule for INK.%s', (role, hex) => {
		const attr = role === 'axis' || role === 'split' ? 'stroke' : 'fill';
		expect(source).toContain(`.static :global([${attr}='${hex}']) {\n\t\t${attr}: var(--chart-${role});`);
	});
	it('recolours the page-white cell borders and markers', () => {
		expect(source).toContain(`.static :global([stroke='${SURFACE}']) {\n\t\tstroke: var(--surface);`);
	});
});
