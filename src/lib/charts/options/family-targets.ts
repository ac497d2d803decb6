// One indicator family across units (the explorer's family view): per unit
// (and year) the range of its targets (bar from lowest to highest), its
// median target (hollow diamond) and its median actual (filled circle; a
// triangle when any of its indicators fell short), against the median target
// of all units (vertical line). Who sets easy targets and who falls short,
// told by position and shape, not by colour alone.
import { formatCount } from '../../format/number-format.ts';
import { t } from '../../i18n/i18n.ts';
import { INK, PALETTE } from '../theme.ts';
import { baseOption, isNum, itemTooltip, joinList, sentences, unitLabels, type EChartsOption } from './common.ts';

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

/** The series' names, in the page's language. */
export const FAMILY_SERIES = {
	get range() {
		return t('charts.family.range');
	},
	get target() {
		return t('charts.family.target');
	},
	get actual() {
		return t('charts.family.actual');
	},
	get short() {
		return t('charts.family.short');
	}
};

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
	const family = opts.familyName ?? t('charts.family.defaultName');
	const description = rows.length
		? sentences([
				t('charts.family.description', { family, n: rows.length, median: fmt(median), easier: formatCount(easier), short: formatCount(short) }),
				joinList(
					rows.slice(0, 10).map((r, i) => t('charts.family.item', { unit: labels[i], target: fmt(r.target_median), actual: fmt(r.actual_median) })),
					'semicolon'
				) + t(rows.length > 10 ? 'charts.more' : 'charts.end')
			])
		: t('charts.family.empty', { family });

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
					[t('charts.family.indicators'), formatCount(r.indicators)],
					[t('charts.family.compared'), formatCount(r.compared)],
					[t('charts.family.targetRange'), r.compared ? `${fmt(r.target_min)} – ${fmt(r.target_max)}` : '—'],
					[t('charts.family.target'), fmt(r.target_median)],
					[t('charts.family.familyMedian'), fmt(median)],
					[t('charts.family.actual'), fmt(r.actual_median)],
					[t('charts.family.notMet'), formatCount(r.not_met)]
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
							data: [{ xAxis: median, name: t('charts.family.familyMedian'), lineStyle: { color: INK.reference, type: 'dashed', width: 1 }, label: { formatter: t('charts.family.medianLine', { value: fmt(median) }), color: INK.reference, position: 'start' } }]
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
