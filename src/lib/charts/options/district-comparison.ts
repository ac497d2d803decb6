// Districts compared on two rates side by side (grouped horizontal bars, one
// value axis in %): execution rate from summed money (Σ actual ÷ Σ budget,
// never an average of unit rates) and indicator attainment (Σ met ÷ Σ (met +
// not_met)). Every district the rows list keeps its row; one without either
// rate says 无数据 / no data beside its name instead of showing an empty gap.
import { formatCount, formatMoneyWan, formatRate } from '../../format/number-format.ts';
import { t } from '../../i18n/i18n.ts';
import { INK, PALETTE } from '../theme.ts';
import { baseOption, isNum, itemTooltip, joinList, referenceLine, type EChartsOption } from './common.ts';

export interface DistrictComparisonRow {
	district_code: string;
	district_name: string;
	units?: number | null;
	units_with_budget?: number | null;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number | null;
	indicators_met?: number | null;
	indicators_not_met?: number | null;
	attainment_rate: number | null;
}

/** The two series' names, in the page's language. */
export const DISTRICT_SERIES = {
	get execution() {
		return t('charts.label.executionRate');
	},
	get attainment() {
		return t('charts.label.attainmentRate');
	}
};

export function districtComparisonOption(input: readonly DistrictComparisonRow[]): EChartsOption {
	// District code order: the official order, stable under filters.
	const rows = [...input].sort((a, b) => (a.district_code < b.district_code ? -1 : a.district_code > b.district_code ? 1 : 0));
	const rates = rows.flatMap((r) => [r.execution_rate, r.attainment_rate]).filter(isNum);
	const max = Math.ceil((Math.max(1, ...rates) + 0.05) * 10) / 10;

	const label = {
		show: true,
		position: 'right' as const,
		color: INK.text,
		fontSize: 11,
		formatter: (p: { value: unknown }) => (isNum(p.value) ? formatRate(p.value, 1) : '')
	};
	const bar = (name: string, color: string, data: (number | null)[]) => ({
		type: 'bar' as const,
		name,
		barMaxWidth: 14,
		itemStyle: { color },
		label,
		data
	});

	const described = joinList(
		rows.map((r) =>
			t('charts.districts.district', { district: r.district_name, execution: formatRate(r.execution_rate), attainment: formatRate(r.attainment_rate) })
		),
		'semicolon'
	);
	const description = rows.length ? t('charts.districts.description', { districts: described }) : t('charts.districts.empty');
	const noData = (r: DistrictComparisonRow) => !isNum(r.execution_rate) && !isNum(r.attainment_rate);

	return {
		...baseOption(description),
		legend: { top: 0, left: 0 },
		grid: { top: 36, left: 8, right: 56, bottom: 8, containLabel: true },
		tooltip: itemTooltip((p) => {
			const r = rows[p.dataIndex];
			if (!r) return null;
			const lines: [string, string][] =
				p.seriesIndex === 0
					? [
							[DISTRICT_SERIES.execution, formatRate(r.execution_rate)],
							[t('charts.districts.actualTotal'), formatMoneyWan(r.actual_spend_wan)],
							[t('charts.districts.budgetTotal'), formatMoneyWan(r.adjusted_budget_wan)],
							[t('charts.districts.unitsWithBudget'), formatCount(r.units_with_budget)]
						]
					: [
							[DISTRICT_SERIES.attainment, formatRate(r.attainment_rate)],
							[t('charts.districts.met'), formatCount(r.indicators_met)],
							[t('charts.districts.notMet'), formatCount(r.indicators_not_met)]
						];
			return { title: r.district_name, lines };
		}),
		yAxis: {
			type: 'category',
			inverse: true, // official order from the top
			data: rows.map((r) => (noData(r) ? t('charts.districts.noDataName', { district: r.district_name }) : r.district_name)),
			axisTick: { alignWithLabel: true },
			axisLabel: { interval: 0, color: INK.text }
		},
		xAxis: { type: 'value', min: 0, max, axisLabel: { formatter: (v: number) => formatRate(v, 0) } },
		series: [
			{
				...bar(DISTRICT_SERIES.execution, PALETTE[0], rows.map((r) => r.execution_rate)),
				markLine: { silent: true, symbol: 'none', data: [referenceLine('xAxis', 1, '100%', false, 'start')] }
			},
			bar(DISTRICT_SERIES.attainment, PALETTE[1], rows.map((r) => r.attainment_rate))
		]
	};
}

/** Pixel height that fits `n` districts (two bars each) plus the legend. */
export function districtComparisonHeight(n: number): number {
	return 56 + 34 * Math.max(2, n);
}
