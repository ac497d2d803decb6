// Indicator attainment by unit (y) and indicator category (x: 一级/二级), each
// cell met ÷ (met + not_met). A unit with no assessed indicator in a category
// gets no cell at all (empty), never a 0.
import { formatCount, formatRate } from '../../format/number-format.ts';
import { lang, t } from '../../i18n/i18n.ts';
import { categoryLabel } from '../../i18n/labels.ts';
import { ATTAINMENT_BINS, attainmentBin, SURFACE } from '../theme.ts';
import { baseOption, compareText, isNum, itemTooltip, unitLabels, type EChartsOption } from './common.ts';

export interface AttainmentHeatmapRow {
	unit_id: string;
	short_name: string;
	fiscal_year?: number | null;
	level1: string | null;
	level2: string | null;
	/** All indicators in the cell, assessed or not. */
	indicators?: number | null;
	met: number | null;
	not_met: number | null;
	attainment_rate?: number | null;
}

/** Taxonomy order (domain.md §2); categories not listed follow, then 未分类. */
const ORDER = [
	'产出/数量', '产出/质量', '产出/时效', '产出/成本',
	'效益/经济效益', '效益/社会效益', '效益/生态效益', '效益/可持续影响',
	'满意度/服务对象满意度',
	'成本/经济成本', '成本/社会成本', '成本/生态环境成本'
];

const short = (s: string | null) => (s ?? '未分类').replace(/指标$/, '') || '未分类';

/** `产出指标` + `数量指标` → `产出/数量`: the category's key (taxonomy order, cells), always Chinese. */
export function categoryKey(level1: string | null, level2: string | null): string {
	return `${short(level1)}/${short(level2)}`;
}

/**
 * A 一级 or 二级 category in the page's language: Chinese as printed; English
 * from the taxonomy's labels (a category it does not know stays as printed).
 */
function levelLabel(s: string | null): string {
	if (s === '') return s;
	return categoryLabel(s);
}

/**
 * The category as shown on the axis and in tables: `产出/数量` in Chinese (the
 * key itself), `Output/Quantity` in English.
 */
export function categoryName(level1: string | null, level2: string | null): string {
	if (lang() !== 'en') return categoryKey(level1, level2);
	const part = (s: string | null) => {
		const label = levelLabel(s || null);
		// not in the taxonomy: printed as the key prints it
		return label === (s || '未分类') ? short(s) : label;
	};
	return `${part(level1)}/${part(level2)}`;
}

function categoryRank(key: string): number {
	const i = ORDER.indexOf(key);
	if (i >= 0) return i;
	return key.includes('未分类') ? ORDER.length + 1 : ORDER.length;
}

/** Pixel height for `n` unit rows (up to maxVisible) plus axis and the colour key. */
export function attainmentHeatmapHeight(n: number, maxVisible = 40): number {
	return 150 + 24 * Math.max(3, Math.min(n, maxVisible));
}

export function attainmentHeatmapOption(
	input: readonly AttainmentHeatmapRow[],
	opts: { maxVisible?: number } = {}
): EChartsOption {
	const maxVisible = opts.maxVisible ?? 40;
	const categories = [...new Set(input.map((r) => categoryKey(r.level1, r.level2)))].sort(
		(a, b) => categoryRank(a) - categoryRank(b) || compareText(a, b)
	);
	// what the axis shows for each key (the same in Chinese)
	const nameOf = new Map(input.map((r) => [categoryKey(r.level1, r.level2), categoryName(r.level1, r.level2)]));

	// One y row per unit (and year, when several), in name order.
	const unitKey = (r: AttainmentHeatmapRow) => `${r.unit_id}\u0000${r.fiscal_year ?? ''}`;
	const units = [...new Map(input.map((r) => [unitKey(r), r])).values()].sort(
		(a, b) => compareText(a.short_name, b.short_name) || (a.fiscal_year ?? 0) - (b.fiscal_year ?? 0)
	);
	const labels = unitLabels(units);
	const yIndex = new Map(units.map((u, i) => [unitKey(u), i]));

	type Cell = { row: AttainmentHeatmapRow; rate: number; x: number; y: number };
	const cells: Cell[] = [];
	for (const row of input) {
		const met = row.met ?? 0;
		const assessed = met + (row.not_met ?? 0);
		if (assessed === 0) continue; // nothing assessed: leave the cell empty
		cells.push({ row, rate: met / assessed, x: categories.indexOf(categoryKey(row.level1, row.level2)), y: yIndex.get(unitKey(row))! });
	}

	const rates = cells.map((c) => c.rate);
	const overall = rates.length ? cells.reduce((s, c) => s + (c.row.met ?? 0), 0) / cells.reduce((s, c) => s + (c.row.met ?? 0) + (c.row.not_met ?? 0), 0) : null;
	const description = cells.length
		? t('charts.heatmap.description', { units: units.length, categories: categories.length, rate: formatRate(overall) })
		: t('charts.heatmap.empty');

	return {
		...baseOption(description),
		grid: { top: 8, left: 8, right: units.length > maxVisible ? 32 : 8, bottom: 64 },
		tooltip: itemTooltip((p) => {
			const c = cells[p.dataIndex];
			if (!c) return null;
			const r = c.row;
			return {
				title: labels[c.y],
				lines: [
					[t('charts.heatmap.category'), `${levelLabel(r.level1)} / ${levelLabel(r.level2)}`],
					[t('charts.heatmap.rate'), formatRate(c.rate)],
					[t('charts.heatmap.metOfAssessed'), `${formatCount(r.met ?? 0)} / ${formatCount((r.met ?? 0) + (r.not_met ?? 0))}`],
					...(isNum(r.indicators) ? ([[t('charts.heatmap.indicators'), formatCount(r.indicators)]] as [string, string][]) : [])
				]
			};
		}),
		xAxis: {
			type: 'category',
			data: categories.map((k) => nameOf.get(k) ?? k),
			splitArea: { show: false },
			axisLabel: { interval: 0, rotate: categories.length > 6 ? 30 : 0 }
		},
		yAxis: { type: 'category', data: labels, inverse: true, axisTick: { show: false } },
		visualMap: {
			type: 'piecewise',
			orient: 'horizontal',
			left: 'center',
			bottom: 0,
			dimension: 2,
			pieces: ATTAINMENT_BINS.map((b, i) =>
				i === ATTAINMENT_BINS.length - 1
					? { value: 1, label: b.label, color: b.color }
					: { gte: b.min, lt: b.max, label: b.label, color: b.color }
			),
		},
		dataZoom:
			units.length > maxVisible
				? [
						{ type: 'slider', yAxisIndex: 0, right: 0, width: 16, startValue: 0, endValue: maxVisible - 1, showDetail: false },
						{ type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true }
					]
				: [],
		series: [
			{
				type: 'heatmap',
				name: t('charts.heatmap.seriesName'),
				itemStyle: { borderColor: SURFACE, borderWidth: 1 },
				data: cells.map((c) => ({
					value: [c.x, c.y, c.rate],
					// label ink chosen per colour bin for AA contrast (theme.ts)
					label: { show: true, color: attainmentBin(c.rate).ink, formatter: formatRate(c.rate, 0) }
				}))
			}
		]
	};
}
