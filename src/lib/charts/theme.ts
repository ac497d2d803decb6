// The charts' look: plain data, no ECharts import, so option builders and tests
// can use it without loading the library. Registered as an ECharts theme in
// echarts-setup.ts; builders take category colours from here.

/**
 * Font stack for Chinese text. Single quotes on purpose: ECharts' SSR writes the
 * family into a double-quoted `style="…"` attribute without escaping, so a
 * double-quoted family name would end the attribute and break the SVG.
 */
export const FONT_FAMILY = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/**
 * Okabe–Ito (2008), the colour-blind-safe qualitative palette, without black
 * (reserved for text and reference lines), ordered so the first few hues are
 * the most distinct. Yellow last: weakest against a white page.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442'] as const;

/** Text and lines on the light page; contrast checked in theme.test.ts (AA: ≥ 4.5 for text, ≥ 3 for lines). */
export const INK = {
	text: '#1f2937', // 14.7:1
	muted: '#4b5563', // 7.6:1: axis labels, legend
	axis: '#6b7280', // 4.8:1: axis lines and ticks
	split: '#e5e7eb', // grid lines: decoration only
	reference: '#374151' // markLine reference lines and their labels
} as const;

/** The page behind light charts; cell borders and hollow markers use it. */
export const SURFACE = '#ffffff';

/**
 * The same roles on the dark page (--surface of src/lib/styles/tokens.css).
 * Equal to the --chart-* custom properties of the dark theme there.
 */
export const DARK_INK = {
	text: '#e6edf3',
	muted: '#c1c7cf',
	axis: '#8b949e',
	split: '#30363d',
	reference: '#d1d5db'
} as const;
export const DARK_SURFACE = '#161b22';

/**
 * Light colour → dark colour, for the colours option builders set explicitly
 * (labels, reference lines, cell borders): the dark theme alone cannot change
 * them. Used by optionForTheme (live charts) and mirrored by Chart.svelte's
 * CSS for the prerendered SVG. Palette hues stay: they read on both pages.
 */
export const DARK_REMAP: Readonly<Record<string, string>> = {
	[INK.text]: DARK_INK.text,
	[INK.muted]: DARK_INK.muted,
	[INK.axis]: DARK_INK.axis,
	[INK.split]: DARK_INK.split,
	[INK.reference]: DARK_INK.reference,
	[SURFACE]: DARK_SURFACE
};

/**
 * A category's style. Past the palette's 7 hues the colours repeat with a
 * hatching decal, so the 11 districts of Guangzhou stay distinguishable
 * without relying on hue alone.
 */
export function categoryStyle(index: number): { color: string; decal?: Record<string, unknown> } {
	const color = PALETTE[index % PALETTE.length];
	if (index < PALETTE.length) return { color };
	return {
		color,
		decal: {
			symbol: 'rect',
			symbolSize: 1,
			dashArrayX: [1, 0],
			dashArrayY: [2, 4],
			rotation: -Math.PI / 4,
			color: 'rgba(255, 255, 255, 0.7)'
		}
	};
}

/**
 * Stable colour index per category: the position in `order` when given (pass
 * the full district list so a filter does not recolour districts), else in the
 * sorted distinct keys.
 */
export function categoryIndex(keys: readonly string[], order?: readonly string[]): Map<string, number> {
	const base = order && order.length ? [...order] : [];
	for (const k of [...new Set(keys)].sort()) if (!base.includes(k)) base.push(k);
	return new Map(base.map((k, i) => [k, i]));
}

/**
 * Labels inside heatmap cells: the cell, not the page, is their background, so
 * they keep these colours in both themes. Spelled apart from INK.text and
 * SURFACE on purpose: the dark remap (keyed on exact strings) leaves them.
 */
export const CELL_INK = { dark: '#111827', light: '#fff' } as const;

/**
 * Attainment rate bins for the heatmap (sequential single-hue blue, readable by
 * colour-blind readers), each with a label colour that keeps AA contrast on it.
 */
export const ATTAINMENT_BINS = [
	{ min: 0, max: 0.6, label: '< 60%', color: '#deebf7', ink: CELL_INK.dark },
	{ min: 0.6, max: 0.8, label: '60–80%', color: '#9ecae1', ink: CELL_INK.dark },
	{ min: 0.8, max: 0.9, label: '80–90%', color: '#6baed6', ink: CELL_INK.dark },
	{ min: 0.9, max: 1, label: '90–100%', color: '#2171b5', ink: CELL_INK.light },
	{ min: 1, max: 1, label: '100%', color: '#08306b', ink: CELL_INK.light }
] as const;

/** The bin of an attainment rate (0…1): [min, max) except the last, which is exactly 1. */
export function attainmentBin(rate: number): (typeof ATTAINMENT_BINS)[number] {
	if (rate >= 1) return ATTAINMENT_BINS[4];
	return ATTAINMENT_BINS.find((b) => rate >= b.min && rate < b.max) ?? ATTAINMENT_BINS[0];
}

export type ChartTheme = 'light' | 'dark';

function echartsTheme(ink: typeof INK | typeof DARK_INK, surface: string) {
	const axis = {
		axisLine: { lineStyle: { color: ink.axis } },
		axisTick: { lineStyle: { color: ink.axis } },
		// labels that would overlap on a narrow screen are dropped, not printed over each other
		axisLabel: { color: ink.muted, hideOverlap: true },
		splitLine: { lineStyle: { color: ink.split } },
		nameTextStyle: { color: ink.muted }
	};
	return {
		color: [...PALETTE],
		backgroundColor: 'transparent',
		textStyle: { fontFamily: FONT_FAMILY, color: ink.text },
		title: { textStyle: { color: ink.text }, subtextStyle: { color: ink.muted } },
		legend: { textStyle: { color: ink.muted }, inactiveColor: ink.split },
		categoryAxis: axis,
		valueAxis: axis,
		logAxis: axis,
		timeAxis: axis,
		tooltip: {
			backgroundColor: surface,
			borderColor: ink.axis,
			textStyle: { color: ink.text, fontFamily: FONT_FAMILY }
		},
		dataZoom: { textStyle: { color: ink.muted } },
		visualMap: { textStyle: { color: ink.muted } }
	};
}

/** The ECharts themes (registered in echarts-setup.ts): light for the page and print, dark for the dark page. */
export const THEME = echartsTheme(INK, SURFACE);
export const DARK_THEME = echartsTheme(DARK_INK, DARK_SURFACE);

/** Option keys that hold colours; only their values are remapped (data strings never). */
const COLOUR_KEY = /(^c|C)olor$/;

/**
 * The option for a theme: as built for light; for dark, every explicit light
 * ink (see DARK_REMAP) under a colour key swapped, everything else (data,
 * formatters) shared, unchanged objects reused.
 */
export function optionForTheme<T>(option: T, theme: ChartTheme): T {
	if (theme === 'light') return option;
	const swap = (v: unknown, colour: boolean): unknown => {
		if (typeof v === 'string') return colour ? (DARK_REMAP[v] ?? v) : v;
		if (Array.isArray(v)) {
			let out: unknown[] | null = null;
			v.forEach((x, i) => {
				const y = swap(x, colour);
				if (y !== x) (out ??= [...v])[i] = y;
			});
			return out ?? v;
		}
		if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
			let out: Record<string, unknown> | null = null;
			for (const [k, x] of Object.entries(v)) {
				const y = swap(x, COLOUR_KEY.test(k));
				if (y !== x) (out ??= { ...(v as Record<string, unknown>) })[k] = y;
			}
			return out ?? v;
		}
		return v;
	};
	return swap(option, false) as T;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (for the theme's own tests). */
export function contrastRatio(a: string, b: string): number {
	const lum = (hex: string) => {
		const [r, g, b] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}
