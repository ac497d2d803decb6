// A unit's tasks and projects by amount (万元), largest first, coloured by the
// spending unit when project tables name one.
import { formatMoneyWan } from '../../format/number-format.ts';
import { categoryIndex, categoryStyle, INK } from '../theme.ts';
import { baseOption, compareText, isNum, itemTooltip, type EChartsOption } from './common.ts';

export interface UnitTaskRow {
	task_id: string;
	fiscal_year?: number | null;
	kind?: string | null;
	name: string;
	amount_wan: number | null;
	spending_unit_id?: string | null;
	spending_unit_name?: string | null;
}

const KIND_LABEL: Record<string, string> = { key_task: '重点任务', project: '项目' };

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
		name: key || (grouped ? '未注明使用单位' : '金额'),
		barGap: '-100%',
		barMaxWidth: 18,
		itemStyle: key ? categoryStyle(index.get(key)!) : categoryStyle(grouped ? groups.length : 0),
		label,
		data: rows.map((r) => (!grouped || spender(r) === key ? r.amount_wan : null))
	}));

	const total = rows.reduce((s, r) => s + r.amount_wan!, 0);
	const description = rows.length
		? `任务与项目资金条形图：${rows.length} 项，按金额从大到小，合计 ${formatMoneyWan(total)}；最大：${labels[0]}（${formatMoneyWan(rows[0].amount_wan)}）。` +
			(grouped ? `按使用单位着色：${groups.join('、')}。` : '') +
			(unpriced ? `另有 ${unpriced} 项未列金额，未画出。` : '')
		: '任务与项目：没有列出金额的任务。';

	return {
		...baseOption(description),
		legend: { show: grouped, type: 'scroll', top: 0, left: 0 },
		grid: { top: grouped ? 36 : 8, left: 8, right: 96, bottom: 28 },
		tooltip: itemTooltip((p) => {
			const r = rows[p.dataIndex];
			if (!r) return null;
			const lines: [string, string][] = [['金额', formatMoneyWan(r.amount_wan)]];
			if (r.kind) lines.push(['类型', KIND_LABEL[r.kind] ?? r.kind]);
			if (spender(r)) lines.push(['使用单位', spender(r)]);
			if (r.fiscal_year != null) lines.push(['年度', String(r.fiscal_year)]);
			return { title: r.name, lines };
		}),
		xAxis: {
			type: 'value',
			min: 0,
			name: '万元',
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
