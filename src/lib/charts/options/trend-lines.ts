// A rate by fiscal year, one line per unit or district (the trends page).
// Every year of the axis is a category; a missing year is a gap (null,
// connectNulls false), so a unit with one year shows a single point and no
// line is drawn across years without data. Symbols are always shown: each
// point is a reported year. Lines differ by colour and by symbol shape.
import { formatRate, formatSignedRate } from '../../format/number-format.ts';
import { t } from '../../i18n/i18n.ts';
import { categoryStyle } from '../theme.ts';
import { baseOption, isNum, itemTooltip, joinList, referenceLine, type EChartsOption } from './common.ts';

export interface TrendSeries {
	/** Stable key (unit id or district code): colours follow it. */
	key: string;
	label: string;
	points: { fiscal_year: number; value: number | null }[];
}

export type TrendMetric = 'execution' | 'adjustment' | 'attainment';

/** A metric's name in the page's language: `METRIC_LABEL[metric]` or `metricLabel(metric)`. */
export const METRIC_LABEL: Readonly<Record<TrendMetric, string>> = {
	get execution() {
		return t('charts.label.executionRate');
	},
	get adjustment() {
		return t('charts.label.adjustmentRate');
	},
	get attainment() {
		return t('charts.label.attainmentRate');
	}
};

export function metricLabel(metric: TrendMetric): string {
	return METRIC_LABEL[metric];
}

/** Whose lines they are: units (default) or districts. '单位' / '区' are accepted as before. */
export type TrendSubject = 'unit' | 'district' | '单位' | '区';

const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow'] as const;

export function trendLinesOption(
	input: readonly TrendSeries[],
	metric: TrendMetric,
	opts: { years?: readonly number[]; subject?: TrendSubject | string } = {}
): EChartsOption {
	const years = [...new Set([...(opts.years ?? []), ...input.flatMap((s) => s.points.map((p) => p.fiscal_year))])].sort((a, b) => a - b);
	const series = input.map((s) => {
		const byYear = new Map(s.points.map((p) => [p.fiscal_year, p.value]));
		return { ...s, data: years.map((y) => (isNum(byYear.get(y)) ? (byYear.get(y) as number) : null)) };
	});
	const fmt = metric === 'adjustment' ? formatSignedRate : formatRate;
	const values = series.flatMap((s) => s.data).filter(isNum);
	const subject = opts.subject === 'district' || opts.subject === '区' ? 'district' : 'unit';
	const metricName = METRIC_LABEL[metric];

	const described = joinList(
		series.map((s) => {
			const pts = s.data.map((v, i) => (v === null ? null : t('charts.trend.point', { year: years[i], value: fmt(v) }))).filter((x): x is string => x !== null);
			return pts.length ? t('charts.trend.series', { label: s.label, points: joinList(pts) }) : t('charts.trend.noData', { label: s.label });
		}),
		'semicolon'
	);
	const description = series.length
		? t('charts.trend.description', { metric: metricName, n: series.length, subject, years: years.length, described })
		: t('charts.trend.empty', { metric: metricName, subject });

	const refs = metric === 'execution' ? [referenceLine('yAxis', 0.9, '90%', true), referenceLine('yAxis', 1, '100%', false)] : metric === 'adjustment' ? [referenceLine('yAxis', 0, '0', false)] : [referenceLine('yAxis', 1, '100%', false)];
	const lo = Math.min(0, ...values);
	const hi = Math.max(metric === 'adjustment' ? 0.1 : 1, ...values);

	return {
		...baseOption(description),
		legend: { type: 'scroll', top: 0, left: 0, right: 0 },
		grid: { top: 48, left: 8, right: 24, bottom: 8, containLabel: true },
		tooltip: itemTooltip((p) => {
			const s = series[p.seriesIndex ?? 0];
			const v = s?.data[p.dataIndex];
			return s && isNum(v) ? { title: s.label, lines: [[t('charts.trend.tooltip', { year: years[p.dataIndex], metric: metricName }), fmt(v)]] } : null;
		}),
		xAxis: { type: 'category', data: years.map(String), boundaryGap: true },
		yAxis: {
			type: 'value',
			min: Math.floor(lo * 10) / 10,
			max: Math.ceil((hi + 0.02) * 10) / 10,
			axisLabel: { formatter: (v: number) => fmt(v, 0) }
		},
		series: series.map((s, i) => ({
			type: 'line' as const,
			name: s.label,
			data: s.data,
			showSymbol: true,
			symbol: SYMBOLS[i % SYMBOLS.length],
			symbolSize: 9,
			connectNulls: false,
			itemStyle: { color: categoryStyle(i).color },
			lineStyle: { color: categoryStyle(i).color, width: 2, type: i >= 7 ? ('dashed' as const) : ('solid' as const) },
			...(i === 0 ? { markLine: { silent: true, symbol: 'none', data: refs } } : {})
		}))
	};
}
