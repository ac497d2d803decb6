// Districts compared on two rates side by side (grouped bars, one value axis in
// %): execution rate from summed money (Σ actual ÷ Σ budget, never an average
// of unit rates) and indicator attainment (Σ met ÷ Σ (met + not_met)).
import { formatCount, formatMoneyWan, formatRate } from '../../format/number-format.ts';
import { INK, PALETTE } from '../theme.ts';
import { baseOption, isNum, itemTooltip, referenceLine, type EChartsOption } from './common.ts';

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

export const DISTRICT_SERIES = { execution: '预算执行率', attainment: '指标达成率' } as const;

export function districtComparisonOption(input: readonly DistrictComparisonRow[]): EChartsOption {
	// District code order: the official order, stable under filters.
	const rows = [...input].sort((a, b) => (a.district_code < b.district_code ? -1 : a.district_code > b.district_code ? 1 : 0));
	const rates = rows.flatMap((r) => [r.execution_rate, r.attainment_rate]).filter(isNum);
	const max = Math.ceil((Math.max(1, ...rates) + 0.05) * 10) / 10;

	const label = {
		show: true,
		position: 'top' as const,
		color: INK.text,
		fontSize: 11,
		formatter: (p: { value: unknown }) => (isNum(p.value) ? formatRate(p.value, 1) : '')
	};
	const bar = (name: string, color: string, data: (number | null)[]) => ({
		type: 'bar' as const,
		name,
		barMaxWidth: 28,
		itemStyle: { color },
		label,
		data
	});

	const described = rows
		.map((r) => `${r.district_name} 执行率 ${formatRate(r.execution_rate)}，达成率 ${formatRate(r.attainment_rate)}`)
		.join('；');
	const description = rows.length
		? `各区对比柱状图：预算执行率（各单位实际支出之和 ÷ 全年预算之和）与指标达成率（达标指标数 ÷ 可评指标数）。${described}。`
		: '各区对比：没有可显示的数据。';

	return {
		...baseOption(description),
		legend: { top: 0, left: 0 },
		grid: { top: 40, left: 8, right: 16, bottom: 8 },
		tooltip: itemTooltip((p) => {
			const r = rows[p.dataIndex];
			if (!r) return null;
			const lines: [string, string][] =
				p.seriesIndex === 0
					? [
							[DISTRICT_SERIES.execution, formatRate(r.execution_rate)],
							['实际支出合计', formatMoneyWan(r.actual_spend_wan)],
							['全年预算合计', formatMoneyWan(r.adjusted_budget_wan)],
							['有预算数据的单位', formatCount(r.units_with_budget)]
						]
					: [
							[DISTRICT_SERIES.attainment, formatRate(r.attainment_rate)],
							['达标指标', formatCount(r.indicators_met)],
							['未达标指标', formatCount(r.indicators_not_met)]
						];
			return { title: r.district_name, lines };
		}),
		xAxis: { type: 'category', data: rows.map((r) => r.district_name), axisTick: { alignWithLabel: true } },
		yAxis: { type: 'value', min: 0, max, axisLabel: { formatter: (v: number) => formatRate(v, 0) } },
		series: [
			{
				...bar(DISTRICT_SERIES.execution, PALETTE[0], rows.map((r) => r.execution_rate)),
				markLine: { silent: true, symbol: 'none', data: [referenceLine('yAxis', 1, '100%', false)] }
			},
			bar(DISTRICT_SERIES.attainment, PALETTE[1], rows.map((r) => r.attainment_rate))
		]
	};
}
