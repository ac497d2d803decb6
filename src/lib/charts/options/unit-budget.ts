// One unit's budget against actual spending, by scope (合计, 财政拨款, …) and by
// year when several: grouped bars 年初预算 / 全年预算 / 实际支出, the
// execution rate printed over the group.
import { formatMoneyWan, formatRate, formatSignedRate } from '../../format/number-format.ts';
import { t } from '../../i18n/i18n.ts';
import { SCOPE_CODES, scopeLabel } from '../../i18n/labels.ts';
import { INK, PALETTE } from '../theme.ts';
import { baseOption, compareText, isNum, itemTooltip, joinList, withNote, type EChartsOption } from './common.ts';

export interface UnitBudgetRow {
	budget_id?: string;
	doc_id?: string | null;
	fiscal_year: number;
	scope: string;
	initial_budget_wan: number | null;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number | null;
	reported_execution_rate?: number | null;
	adjustment_rate?: number | null;
}

// Scopes in the order of the one list of scope names (common.scope, also used by the tables).
const SCOPE_ORDER: readonly string[] = SCOPE_CODES;

/** The three series' names, in the page's language. */
export const BUDGET_SERIES = {
	get initial() {
		return t('charts.label.initialBudget');
	},
	get adjusted() {
		return t('charts.label.budget');
	},
	get actual() {
		return t('charts.label.actual');
	}
};

export function unitBudgetOption(input: readonly UnitBudgetRow[]): EChartsOption {
	const scopeRank = (s: string) => (SCOPE_ORDER.includes(s) ? SCOPE_ORDER.indexOf(s) : SCOPE_ORDER.length);
	const rows = [...input].sort(
		(a, b) => a.fiscal_year - b.fiscal_year || scopeRank(a.scope) - scopeRank(b.scope) || compareText(String(a.doc_id ?? ''), String(b.doc_id ?? ''))
	);
	const years = new Set(rows.map((r) => r.fiscal_year));
	const base = rows.map((r) => {
		// a category on the axis: 'Total', not 'total' (Chinese unchanged)
		const label = scopeLabel(r.scope);
		const scope = label.charAt(0).toUpperCase() + label.slice(1);
		return years.size > 1 ? `${r.fiscal_year} ${scope}` : scope;
	});
	// Two documents of one year can both state a scope: keep both, name the document.
	const labels = base.map((b, i) => (base.indexOf(b) !== base.lastIndexOf(b) && rows[i].doc_id ? withNote(b, rows[i].doc_id!) : b));

	const moneyLabel = (show: boolean) => ({
		show,
		position: 'top' as const,
		color: INK.text,
		fontSize: 11,
		formatter: (p: { dataIndex: number }) => {
			const r = rows[p.dataIndex];
			if (!r || !isNum(r.execution_rate)) return '';
			// spelled out while there is room; the bare rate once categories crowd
			return rows.length > 4 ? formatRate(r.execution_rate) : t('charts.budget.rateLabel', { rate: formatRate(r.execution_rate) });
		}
	});
	const bar = (name: string, color: string, pick: (r: UnitBudgetRow) => number | null, labelled = false) => ({
		type: 'bar' as const,
		name,
		barMaxWidth: 32,
		itemStyle: { color },
		label: moneyLabel(labelled),
		data: rows.map(pick)
	});

	const described = joinList(
		rows.map((r, i) =>
			t('charts.budget.item', {
				label: labels[i],
				budget: formatMoneyWan(r.adjusted_budget_wan),
				actual: formatMoneyWan(r.actual_spend_wan),
				rate: formatRate(r.execution_rate)
			})
		),
		'semicolon'
	);
	const description = rows.length ? t('charts.budget.description', { described }) : t('charts.budget.empty');

	return {
		...baseOption(description),
		legend: { top: 0, right: 0 }, // the 万元 axis name sits top left
		grid: { top: 48, left: 8, right: 16, bottom: 8 },
		tooltip: itemTooltip((p) => {
			const r = rows[p.dataIndex];
			if (!r) return null;
			const lines: [string, string][] = [
				[BUDGET_SERIES.initial, formatMoneyWan(r.initial_budget_wan)],
				[BUDGET_SERIES.adjusted, formatMoneyWan(r.adjusted_budget_wan)],
				[BUDGET_SERIES.actual, formatMoneyWan(r.actual_spend_wan)],
				[t('charts.label.executionRate'), formatRate(r.execution_rate)]
			];
			if (isNum(r.reported_execution_rate)) lines.push([t('charts.label.reportedExecutionRate'), formatRate(r.reported_execution_rate)]);
			if (isNum(r.adjustment_rate)) lines.push([t('charts.label.adjustmentRate'), formatSignedRate(r.adjustment_rate)]);
			return { title: labels[p.dataIndex], lines };
		}),
		xAxis: { type: 'category', data: labels, axisTick: { alignWithLabel: true } },
		yAxis: {
			type: 'value',
			min: 0,
			name: t('charts.wan'),
			axisLabel: { formatter: (v: number) => formatMoneyWan(v, { unit: false, decimals: 0 }) }
		},
		series: [
			bar(BUDGET_SERIES.initial, PALETTE[4], (r) => r.initial_budget_wan),
			// the rate (actual ÷ adjusted) over the middle bar: centred on the group, and
			// above the taller bar of the two it compares
			bar(BUDGET_SERIES.adjusted, PALETTE[0], (r) => r.adjusted_budget_wan, true),
			bar(BUDGET_SERIES.actual, PALETTE[1], (r) => r.actual_spend_wan)
		]
	};
}
