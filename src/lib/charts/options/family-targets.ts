// One indicator family across units (the explorer's family view): per unit
// (and year) the range of its targets (bar from lowest to highest), its
// median target (hollow diamond) and its median actual (filled circle; a
// triangle when any of its indicators fell short), against the median target
// of all units (vertical line). Who sets easy targets and who falls short,
// told by position and shape, not by colour alone.
import { formatCount } from '../../format/number-format.ts';
import { INK, PALETTE } from '../theme.ts';
import { baseOption, isNum, itemTooltip, unitLabels, type EChartsOption } from './common.ts';

export interface FamilyTargetRow {
	unit_id: string;
	short_name: string | null;
	fiscal_year: number;
	district_name?: string | null;
	indicators: number;
	not_met: number;
	compared: number;
	target_median: number | null;
	target_min: number | null;
	target_max: number | null;
	actual_median: number | null;
	basis_unit: string | null;
	family_median: number | null;
	easier_than_median: boolean | null;
}

export const FAMILY_SERIES = {
	range: '目标范围（最低–最高）',
	target: '目标中位数',
	actual: '完成中位数',
	short: '完成中位数（有未达成）'
} as const;

/** A value on the family's basis: 90 → '90%', 5 次 → '5 次'. */
export function basisValue(v: number | null | undefined, unit: string | null): string {
	if (!isNum(v)) return '—';
	const n = Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
	return unit === '%' ? `${n}%` : unit ? `${n} ${unit}` : n;
}

/** Pixel height for n rows (up to maxVisible). */
export function familyTargetsHeight(n: number, maxVisible = 30): number {
	return 120 + 24 * Math.max(3, Math.min(n, maxVisible));
}

export function familyTargetsOption(input: readonly FamilyTargetRow[], opts: { familyName?: string; maxVisible?: number } = {}): EChartsOption {
	const rows = input.filter((r) => r.compared > 0 || isNum(r.actual_median));
	const labels = unitLabels(rows.map((r) => ({ ...r, short_name: r.short_name ?? r.unit_id })));
	const unit = input.find((r) => r.basis_unit !== undefined)?.basis_unit ?? null;
	const median = input.find((r) => isNum(r.family_median))?.family_median ?? null;
	const maxVisible = opts.maxVisible ?? 30;
	const fmt = (v: number | null | undefined) => basisValue(v, unit);

	const easier = rows.filter((r) => r.easier_than_median === true).length;
	const short = rows.filter((r) => r.not_met > 0).length;
	const family = opts.familyName ?? '该指标族';
	const description = rows.length
		? `${family}各单位目标与完成情况：${rows.length} 个单位（年度），全部单位目标中位数 ${fmt(median)}；目标低于（较易于）中位数的 ${formatCount(easier)} 个，有未达成指标的 ${formatCount(short)} 个。` +
			rows
				.slice(0, 10)
				.map((r, i) => `${labels[i]} 目标 ${fmt(r.target_median)}，完成 ${fmt(r.actual_median)}`)
				.join('；') +
			(rows.length > 10 ? '……' : '。')
		: `${family}：没有可比较的目标或完成值。`;

	const values = rows.flatMap((r) => [r.target_min, r.target_max, r.actual_median]).filter(isNum);
	const lo = Math.min(...values, median ?? Infinity);
	const hi = Math.max(...values, median ?? -Infinity);
	const span = Number.isFinite(hi - lo) && hi > lo ? hi - lo : Math.abs(hi) || 1;

	return {
		...baseOption(description),
		legend: { top: 0, left: 0, right: 0, type: 'scroll' },
		grid: { top: 44, left: 8, right: rows.length > maxVisible ? 40 : 24, bottom: 8, containLabel: true },
		tooltip: itemTooltip((p) => {
			const r = rows[p.dataIndex];
			if (!r) return null;
			return {
				title: labels[p.dataIndex],
				lines: [
					['指标数', formatCount(r.indicators)],
					['可比较目标', formatCount(r.compared)],
					['目标范围', r.compared ? `${fmt(r.target_min)} – ${fmt(r.target_max)}` : '—'],
					['目标中位数', fmt(r.target_median)],
					['全部单位目标中位数', fmt(median)],
					['完成中位数', fmt(r.actual_median)],
					['未达成', formatCount(r.not_met)]
				]
			};
		}),
		xAxis: {
			type: 'value',
			min: Math.floor(lo - span * 0.1),
			max: Math.ceil(hi + span * 0.1),
			axisLabel: { formatter: (v: number) => fmt(v) }
		},
		yAxis: { type: 'category', inverse: true, data: labels, axisTick: { show: false } },
		dataZoom:
			rows.length > maxVisible
				? [
						{ type: 'slider', yAxisIndex: 0, right: 0, width: 16, startValue: 0, endValue: maxVisible - 1, showDetail: false },
						{ type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true }
					]
				: [],
		series: [
			// the range: an invisible bar up to the lowest target, a visible one from there to the highest
			{ type: 'bar', stack: 'range', silent: true, itemStyle: { color: 'transparent' }, barWidth: 8, data: rows.map((r) => (r.compared ? r.target_min : null)), tooltip: { show: false } },
			{
				type: 'bar',
				stack: 'range',
				name: FAMILY_SERIES.range,
				barWidth: 8,
				itemStyle: { color: '#c6dbef' },
				data: rows.map((r) => (r.compared && isNum(r.target_max) && isNum(r.target_min) ? r.target_max - r.target_min : null))
			},
			{
				type: 'scatter',
				name: FAMILY_SERIES.target,
				symbol: 'diamond',
				symbolSize: 13,
				itemStyle: { color: '#ffffff', borderColor: PALETTE[0], borderWidth: 2 },
				data: rows.map((r) => (r.compared ? r.target_median : null)),
				markLine: isNum(median)
					? {
							silent: true,
							symbol: 'none',
							data: [{ xAxis: median, name: '全部单位目标中位数', lineStyle: { color: INK.reference, type: 'dashed', width: 1 }, label: { formatter: `中位数 ${fmt(median)}`, color: INK.reference, position: 'start' } }]
						}
					: undefined
			},
			{
				type: 'scatter',
				name: FAMILY_SERIES.actual,
				symbol: 'circle',
				symbolSize: 10,
				itemStyle: { color: PALETTE[2] },
				data: rows.map((r) => (r.not_met === 0 && isNum(r.actual_median) ? r.actual_median : null))
			},
			{
				type: 'scatter',
				name: FAMILY_SERIES.short,
				symbol: 'triangle',
				symbolSize: 12,
				itemStyle: { color: PALETTE[3] },
				data: rows.map((r) => (r.not_met > 0 && isNum(r.actual_median) ? r.actual_median : null))
			}
		]
	};
}
