// A unit's tasks and projects by amount (万元), largest first, coloured by the
// spending unit when project tables name one.
import { formatMoneyWan } from '../../format/number-format.ts';
import { t } from '../../i18n/i18n.ts';
import { categoryIndex, categoryStyle, INK } from '../theme.ts';
import { baseOption, compareText, isNum, itemTooltip, joinList, sentences, type EChartsOption } from './common.ts';

export interface UnitTaskRow {
	task_id: string;
	fiscal_year?: number | null;
	kind?: string | null;
	name: string;
	amount_wan: number | null;
	spending_unit_id?: string | null;
	spending_unit_name?: string | null;
}

/** A task's kind in the page's language; an unknown kind as it is. */
function kindLabel(kind: string): string {
	if (kind === 'key_task') return t('charts.tasks.keyTask');
	if (kind === 'project') return t('charts.tasks.project');
	return kind;
}

/** Pixel height for `n` bars. */
export function unitTasksHeight(n: number): number {
	return 90 + 26 * Math.max(2, n);
}

export function unitTasksOption(input: readonly UnitTaskRow[]): EChartsOption {
	const rows = input
		.filter((r) => isNum(r.amount_wan))
		.sort((a, b) => b.amount_wan! - a.amount_wan! || compareText(a.name, b.name));
	const unpriced = input.length - rows.length;
	const years = new Set(rows.map((r) => r.fiscal_year ?? null));
	const labels = rows.map((r) => (years.size > 1 && r.fiscal_year != null ? `${r.fiscal_year} ${r.name}` : r.name));
	const spender = (r: UnitTaskRow) => r.spending_unit_name || '';
	const groups = [...new Set(rows.map(spender))].filter(Boolean);
	const grouped = groups.length > 0;
	const index = categoryIndex(groups);

	const label = {
		show: true,
		position: 'right' as const,
		color: INK.text,
		formatter: (p: { value: unknown }) => (isNum(p.value) ? formatMoneyWan(p.value) : '')
	};
	// Grouped: one overlapping series per spending unit (barGap -100%) so each
	// task keeps one bar and the legend names the spending units.
	const seriesKeys = grouped ? [...groups, ...(rows.some((r) => !spender(r)) ? [''] : [])] : [''];
	const series = seriesKeys.map((key) => ({
		type: 'bar' as const,
		name: key || (grouped ? t('charts.tasks.noSpendingUnit') : t('charts.tasks.amount')),
		barGap: '-100%',
		barMaxWidth: 18,
		itemStyle: key ? categoryStyle(index.get(key)!) : categoryStyle(grouped ? groups.length : 0),
		label,
		data: rows.map((r) => (!grouped || spender(r) === key ? r.amount_wan : null))
	}));

	const total = rows.reduce((s, r) => s + r.amount_wan!, 0);
	const description = rows.length
		? sentences([
				t('charts.tasks.description', { n: rows.length, total: formatMoneyWan(total), largest: labels[0], amount: formatMoneyWan(rows[0].amount_wan) }),
				grouped ? t('charts.tasks.grouped', { units: joinList(groups, 'enumeration') }) : '',
				unpriced ? t('charts.tasks.unpriced', { n: unpriced }) : ''
			])
		: t('charts.tasks.empty');

	return {
		...baseOption(description),
		legend: { show: grouped, type: 'scroll', top: 0, left: 0 },
		grid: { top: grouped ? 36 : 8, left: 8, right: 96, bottom: 28 },
		tooltip: itemTooltip((p) => {
			const r = rows[p.dataIndex];
			if (!r) return null;
			const lines: [string, string][] = [[t('charts.tasks.amount'), formatMoneyWan(r.amount_wan)]];
			if (r.kind) lines.push([t('charts.tasks.kind'), kindLabel(r.kind)]);
			if (spender(r)) lines.push([t('charts.tasks.spendingUnit'), spender(r)]);
			if (r.fiscal_year != null) lines.push([t('charts.tasks.year'), String(r.fiscal_year)]);
			return { title: r.name, lines };
		}),
		xAxis: {
			type: 'value',
			min: 0,
			name: t('charts.wan'),
			axisLabel: { formatter: (v: number) => formatMoneyWan(v, { unit: false, decimals: 0 }) }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: labels,
			axisTick: { show: false },
			// long task names are cut on the axis; the tooltip and the table show them whole
			axisLabel: { width: 200, overflow: 'truncate' }
		},
		series
	};
}
