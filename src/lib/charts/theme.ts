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

/** Text and lines; contrast on white checked in theme.test.ts (AA: ≥ 4.5 for text). */
export const INK = {
	text: '#1f2937', // 14.7:1
	muted: '#4b5563', // 7.6:1: axis labels, legend
	axis: '#6b7280', // 4.8:1: axis lines and ticks
	split: '#e5e7eb', // grid lines: decoration only
	reference: '#374151' // markLine reference lines and their labels
} as const;

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
 * Attainment rate bins for the heatmap (sequential single-hue blue, readable by
 * colour-blind readers), each with a label colour that keeps AA contrast on it.
 */
export const ATTAINMENT_BINS = [
	{ min: 0, max: 0.6, label: '< 60%', color: '#deebf7', ink: INK.text },
	{ min: 0.6, max: 0.8, label: '60–80%', color: '#9ecae1', ink: INK.text },
	{ min: 0.8, max: 0.9, label: '80–90%', color: '#6baed6', ink: INK.text },
	{ min: 0.9, max: 1, label: '90–100%', color: '#2171b5', ink: '#ffffff' },
	{ min: 1, max: 1, label: '100%', color: '#08306b', ink: '#ffffff' }
] as const;

/** The bin of an attainment rate (0…1): [min, max) except the last, which is exactly 1. */
export function attainmentBin(rate: number): (typeof ATTAINMENT_BINS)[number] {
	if (rate >= 1) return ATTAINMENT_BINS[4];
	return ATTAINMENT_BINS.find((b) => rate >= b.min && rate < b.max) ?? ATTAINMENT_BINS[0];
}

const axisCommon = {
	axisLine: { lineStyle: { color: INK.axis } },
	axisTick: { lineStyle: { color: INK.axis } },
	axisLabel: { color: INK.muted },
	splitLine: { lineStyle: { color: INK.split } },
	nameTextStyle: { color: INK.muted }
};

/** The ECharts theme object (registered as THEME_NAME in echarts-setup.ts). */
export const THEME = {
	color: [...PALETTE],
	backgroundColor: 'transparent',
	textStyle: { fontFamily: FONT_FAMILY, color: INK.text },
	title: { textStyle: { color: INK.text }, subtextStyle: { color: INK.muted } },
	legend: { textStyle: { color: INK.muted } },
	categoryAxis: axisCommon,
	valueAxis: axisCommon,
	logAxis: axisCommon,
	tooltip: {
		backgroundColor: '#ffffff',
		borderColor: INK.axis,
		textStyle: { color: INK.text, fontFamily: FONT_FAMILY }
	},
	dataZoom: { textStyle: { color: INK.muted } }
};

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
