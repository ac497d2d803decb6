// Execution rates per district: one box (quartiles, whiskers to min and max,
// from SQL) per district with at least BOX_MIN_UNITS units, and every unit as a
// dot beside it (a strip plot), so 180 units read as 11 distributions rather
// than 180 bars. Dots are spread sideways by a fixed offset derived from the
// unit id: the same picture on every render.
import { formatCount, formatRate } from '../../format/number-format.ts';
import { t } from '../../i18n/i18n.ts';
import { INK, PALETTE } from '../theme.ts';
import { baseOption, isNum, itemTooltip, joinList, referenceLine, type EChartsOption } from './common.ts';

export interface DistributionBoxRow {
	district_code: string;
	district_name: string;
	units: number;
	min_rate: number;
	q1: number;
	median: number;
	q3: number;
	max_rate: number;
}

export interface DistributionPointRow {
	unit_id: string;
	short_name: string;
	district_code: string;
	execution_rate: number | null;
	fiscal_year?: number | null;
}

/** Fewer units than this in a district: dots only, a box would pretend to a spread. */
export const BOX_MIN_UNITS = 5;

/** A stable offset in [−0.22, 0.22] from a text (FNV-1a). */
export function jitter(key: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
	return (((h >>> 0) % 1000) / 999 - 0.5) * 0.44;
}

export function executionDistributionOption(boxes: readonly DistributionBoxRow[], points: readonly DistributionPointRow[]): EChartsOption {
	const districts = [...boxes].sort((a, b) => (a.district_code < b.district_code ? -1 : a.district_code > b.district_code ? 1 : 0));
	const index = new Map(districts.map((d, i) => [d.district_code, i]));
	const dots = points.filter((p) => isNum(p.execution_rate) && index.has(p.district_code));
	const rates = dots.map((p) => p.execution_rate!);
	const max = Math.ceil((Math.max(1, ...rates) + 0.05) * 10) / 10;
	const min = Math.max(0, Math.floor((Math.min(0.8, ...rates) - 0.05) * 10) / 10);

	const described = joinList(
		districts.map((d) =>
			t('charts.distribution.district', { district: d.district_name, n: d.units, median: formatRate(d.median), low: formatRate(d.min_rate), high: formatRate(d.max_rate) })
		),
		'semicolon'
	);
	const description = districts.length ? t('charts.distribution.description', { n: dots.length, districts: described }) : t('charts.distribution.empty');

	return {
		...baseOption(description),
		grid: { top: 24, left: 8, right: 16, bottom: 8, containLabel: true },
		tooltip: itemTooltip((p) => {
			if (p.seriesIndex === 0) {
				const d = districts[p.dataIndex];
				return d
					? {
							title: d.district_name,
							lines: [
								[t('charts.distribution.units'), formatCount(d.units)],
								[t('charts.distribution.median'), formatRate(d.median)],
								[t('charts.distribution.quartiles'), `${formatRate(d.q1)} – ${formatRate(d.q3)}`],
								[t('charts.distribution.range'), `${formatRate(d.min_rate)} – ${formatRate(d.max_rate)}`]
							]
						}
					: null;
			}
			const u = dots[p.dataIndex];
			return u
				? {
						title: u.short_name,
						lines: [
							[t('charts.label.district'), districts[index.get(u.district_code)!].district_name],
							[t('charts.label.executionRate'), formatRate(u.execution_rate)]
						]
					}
				: null;
		}),
		xAxis: [
			{ type: 'category', data: districts.map((d) => d.district_name), axisTick: { alignWithLabel: true }, axisLabel: { interval: 0, hideOverlap: true } },
			// the dots' own axis: the same positions as the categories, with room to spread sideways
			{ type: 'value', min: -0.5, max: districts.length - 0.5, show: false }
		],
		yAxis: { type: 'value', min, max, axisLabel: { formatter: (v: number) => formatRate(v, 0) } },
		series: [
			{
				type: 'boxplot',
				name: t('charts.distribution.box'),
				itemStyle: { color: 'transparent', borderColor: INK.muted, borderWidth: 1.5 },
				boxWidth: [12, 36],
				data: districts.map((d) => (d.units >= BOX_MIN_UNITS ? [d.min_rate, d.q1, d.median, d.q3, d.max_rate] : '-')),
				markLine: {
					silent: true,
					symbol: 'none',
					data: [referenceLine('yAxis', 0.9, '90%', true), referenceLine('yAxis', 1, '100%', false)]
				}
			},
			{
				type: 'scatter',
				name: t('charts.distribution.unitsSeries'),
				xAxisIndex: 1,
				symbolSize: 7,
				itemStyle: { color: PALETTE[0], opacity: 0.75, borderColor: '#ffffff', borderWidth: 0.5 },
				data: dots.map((u) => ({ value: [index.get(u.district_code)! + jitter(u.unit_id), u.execution_rate!], unit_id: u.unit_id }))
			}
		] as EChartsOption['series']
	};
}
