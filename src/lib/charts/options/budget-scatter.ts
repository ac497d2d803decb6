// Budget size (x, 万元) against execution rate (y). Outliers (from the shared
// SQL outlier view) are a series of their own, labelled with the unit's name.
import { formatMoneyWan, formatRate } from '../../format/number-format.ts';
import { t } from '../../i18n/i18n.ts';
import { localized } from '../../i18n/localized-column.ts';
import { INK, PALETTE } from '../theme.ts';
import { baseOption, isNum, itemTooltip, joinList, referenceLine, sentences, unitLabels, withNote, type EChartsOption } from './common.ts';

export interface BudgetScatterRow {
	unit_id: string;
	short_name: string;
	district_code?: string;
	district_name?: string | null;
	fiscal_year?: number | null;
	adjusted_budget_wan: number | null;
	execution_rate: number | null;
	is_outlier: boolean;
	outlier_reason?: string | null;
	/** The reason in English (SQL writes both); shown on English pages. */
	outlier_reason_en?: string | null;
}

/** The two series' names, in the page's language. */
export const SCATTER_SERIES = {
	get normal() {
		return t('charts.scatter.units');
	},
	get outlier() {
		return t('charts.scatter.outliers');
	}
};

/** Log scale when budgets span more than this factor (and all are positive). */
export const LOG_SPREAD = 20;

export function budgetScatterOption(input: readonly BudgetScatterRow[]): EChartsOption {
	const all = input.filter((r) => isNum(r.adjusted_budget_wan) && isNum(r.execution_rate));
	const labels = unitLabels(all);
	const labelOf = new Map(all.map((r, i) => [r, labels[i]]));
	const budgets = all.map((r) => r.adjusted_budget_wan!);
	const positive = budgets.length > 0 && budgets.every((b) => b > 0);
	const log = positive && Math.max(...budgets) / Math.min(...budgets) > LOG_SPREAD;
	const normal = all.filter((r) => !r.is_outlier);
	const outliers = all.filter((r) => r.is_outlier);
	const point = (r: BudgetScatterRow) => [r.adjusted_budget_wan!, r.execution_rate!];
	const rateMax = Math.ceil((Math.max(1, ...all.map((r) => r.execution_rate!)) + 0.05) * 10) / 10;
	const rateMin = Math.min(0.9, ...all.map((r) => r.execution_rate!));

	const reason = (r: BudgetScatterRow) => localized(r, 'outlier_reason') ?? null;
	const description = all.length
		? sentences([
				t('charts.scatter.description', { axis: t(log ? 'charts.scatter.axisWanLog' : 'charts.scatter.axisWan'), n: all.length }),
				outliers.length
					? t('charts.scatter.outlierList', {
							n: outliers.length,
							list: joinList(outliers.map((r) => withNote(labelOf.get(r)!, reason(r) ?? t('charts.scatter.outlierFallback'))))
						})
					: t('charts.scatter.noOutliers')
			])
		: t('charts.scatter.empty');

	return {
		...baseOption(description),
		legend: { top: 0, left: 0 },
		grid: { top: 40, left: 8, right: 24, bottom: 8 },
		tooltip: itemTooltip((p) => {
			const r = (p.seriesIndex === 1 ? outliers : normal)[p.dataIndex];
			if (!r) return null;
			const lines: [string, string][] = [
				[t('charts.label.budget'), formatMoneyWan(r.adjusted_budget_wan)],
				[t('charts.label.executionRate'), formatRate(r.execution_rate)]
			];
			if (r.district_name) lines.unshift([t('charts.label.district'), r.district_name]);
			if (r.is_outlier) lines.push([t('charts.scatter.reason'), reason(r) ?? '—']);
			return { title: labelOf.get(r) ?? r.short_name, lines };
		}),
		xAxis: {
			type: log ? 'log' : 'value',
			name: t('common.col.budget'),
			nameLocation: 'middle',
			nameGap: 28,
			scale: !log,
			axisLabel: { formatter: (v: number) => formatMoneyWan(v, { unit: false, decimals: 0 }) }
		},
		yAxis: {
			type: 'value',
			name: t('charts.label.executionRate'),
			nameLocation: 'middle',
			nameGap: 44,
			min: Math.floor(rateMin * 10) / 10,
			max: rateMax,
			axisLabel: { formatter: (v: number) => formatRate(v, 0) }
		},
		series: [
			{
				type: 'scatter',
				name: SCATTER_SERIES.normal,
				symbolSize: 9,
				itemStyle: { color: PALETTE[0], opacity: 0.8 },
				data: normal.map(point),
				markLine: {
					silent: true,
					symbol: 'none',
					data: [referenceLine('yAxis', 0.9, '90%', true), referenceLine('yAxis', 1, '100%', false)]
				}
			},
			{
				type: 'scatter',
				name: SCATTER_SERIES.outlier,
				symbol: 'diamond',
				symbolSize: 13,
				itemStyle: { color: PALETTE[3] },
				label: {
					show: true,
					position: 'right',
					color: INK.text,
					formatter: (p: { dataIndex: number }) => labelOf.get(outliers[p.dataIndex]) ?? ''
				},
				labelLayout: { hideOverlap: true },
				data: outliers.map(point)
			}
		]
	};
}
