// Units ranked by budget execution rate: horizontal bars, coloured by district,
// reference lines at 90 % and 100 %.
import { formatRate } from '../../format/number-format.ts';
import { t } from '../../i18n/i18n.ts';
import { categoryIndex, categoryStyle, INK } from '../theme.ts';
import { baseOption, compareText, isNum, itemTooltip, joinList, referenceLine, unitLabels, type EChartsOption } from './common.ts';

export interface ExecutionRankingRow {
	unit_id: string;
	short_name: string;
	district_code: string;
	district_name: string;
	execution_rate: number | null;
	fiscal_year?: number | null;
	/** Rank among all units in scope (SQL): shown before the name when only the two ends are drawn. */
	rank?: number | null;
}

export interface ExecutionRankingOptions {
	/** All district codes in display order, so colours stay put when a filter drops districts. */
	districtOrder?: readonly string[];
	/** Bars shown at once; more rows get a scroll (dataZoom) on the unit axis. Default 40. */
	maxVisible?: number;
	/** The rows are the two ends of a ranking of this many units (said in the description). */
	endsOf?: number;
}

/** Pixel height that fits `n` bars (up to maxVisible) plus legend and axis. */
export function executionRankingHeight(n: number, maxVisible = 40): number {
	return 110 + 22 * Math.max(3, Math.min(n, maxVisible));
}

export function executionRankingOption(
	input: readonly ExecutionRankingRow[],
	opts: ExecutionRankingOptions = {}
): EChartsOption {
	// Highest first; ties by name so the order never depends on the engine.
	const rows = input
		.filter((r) => isNum(r.execution_rate))
		.sort(
			(a, b) =>
				b.execution_rate! - a.execution_rate! ||
				compareText(a.short_name, b.short_name) ||
				(a.fiscal_year ?? 0) - (b.fiscal_year ?? 0)
		);
	// Ranks from SQL say where each bar stands when the middle of the ranking is left out.
	const labels = unitLabels(rows).map((l, i) => (isNum(rows[i].rank) ? `${rows[i].rank}. ${l}` : l));
	const districtIndex = categoryIndex(
		rows.map((r) => r.district_code),
		opts.districtOrder
	);
	const districts = [...districtIndex.keys()].filter((code) => rows.some((r) => r.district_code === code));
	const nameOf = new Map(rows.map((r) => [r.district_code, r.district_name]));
	const maxRate = Math.max(1, ...rows.map((r) => r.execution_rate!));
	const maxVisible = opts.maxVisible ?? 40;

	// One series per district, each bar only in its own district's series;
	// barGap -100% puts the series on top of each other so every unit has one
	// bar, and the legend lists districts.
	const series = districts.map((code, si) => ({
		type: 'bar' as const,
		name: nameOf.get(code) ?? code,
		barGap: '-100%',
		barMaxWidth: 18,
		itemStyle: categoryStyle(districtIndex.get(code)!),
		data: rows.map((r) => (r.district_code === code ? r.execution_rate : null)),
		label: {
			show: true,
			position: 'right' as const,
			color: INK.text,
			formatter: (p: { value: unknown }) => (isNum(p.value) ? formatRate(p.value) : '')
		},
		...(si === 0
			? {
					markLine: {
						silent: true,
						symbol: 'none',
						// y is inverted (highest first): 'start' is the top of the plot
						data: [referenceLine('xAxis', 0.9, '90%', true, 'start', 'right'), referenceLine('xAxis', 1, '100%', false, 'start', 'left')]
					}
				}
			: {})
	}));

	const top = joinList(rows.slice(0, 3).map((r, i) => `${labels[i]} ${formatRate(r.execution_rate)}`));
	const below90 = rows.filter((r) => r.execution_rate! < 0.9).length;
	const description = rows.length
		? t('charts.ranking.description', { n: rows.length, top, below: below90 }) +
			(opts.endsOf && opts.endsOf > rows.length ? t('charts.ranking.ends', { n: Math.ceil(rows.length / 2), total: opts.endsOf }) : '')
		: t('charts.ranking.empty');

	return {
		...baseOption(description),
		legend: { show: districts.length > 0, type: 'scroll', top: 0, left: 0 },
		grid: { top: 44, left: 8, right: rows.length > maxVisible ? 84 : 60, bottom: 28 },
		tooltip: itemTooltip((p) => {
			const r = rows[p.dataIndex];
			return r
				? {
						title: labels[p.dataIndex],
						lines: [
							[t('charts.label.district'), r.district_name],
							[t('charts.label.executionRate'), formatRate(r.execution_rate)]
						]
					}
				: null;
		}),
		xAxis: {
			type: 'value',
			min: 0,
			max: Math.ceil((maxRate + 0.05) * 10) / 10,
			axisLabel: { formatter: (v: number) => formatRate(v, 0) }
		},
		yAxis: {
			type: 'category',
			inverse: true, // highest rate at the top
			data: labels,
			axisTick: { show: false }
		},
		dataZoom:
			rows.length > maxVisible
				? [
						{ type: 'slider', yAxisIndex: 0, right: 0, width: 16, startValue: 0, endValue: maxVisible - 1, showDetail: false },
						{ type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true }
					]
				: [],
		series
	};
}
