// Page descriptions for search results and link previews (<meta name=
// "description">, og:description): one sentence with the page's headline
// figures, formatted like the page itself. Plain text: PageMeta escapes it.
import { formatCount, formatMoneyWan, formatRate } from '../format/number-format.ts';
import { T } from './zh.ts';

/** The figures a description needs, whatever query they come from. */
export interface YearFigures {
	fiscal_year: number | null;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number | null;
	attainment_rate: number | null;
}

const TRACEABLE = '数字均可追溯到公开文件原文行。';

/** The newest year with an execution rate; else the newest year at all. */
export function latestFigures<R extends YearFigures>(rows: readonly R[]): R | null {
	const newest = [...rows].sort((a, b) => (b.fiscal_year ?? 0) - (a.fiscal_year ?? 0));
	return newest.find((r) => r.execution_rate !== null) ?? newest[0] ?? null;
}

function executionClause(r: Omit<YearFigures, 'fiscal_year'>): string {
	return `预算执行率 ${formatRate(r.execution_rate)}（实际支出 ${formatMoneyWan(r.actual_spend_wan)}，全年预算 ${formatMoneyWan(r.adjusted_budget_wan)}）`;
}

/** Overview: `2022 年 3 个单位：预算执行率 98.08%（…）…` for the default (prerendered) view. */
export function overviewDescription(
	h: Omit<YearFigures, 'fiscal_year'> & { units: number; units_with_execution: number; indicators_not_met: number | null },
	year: number | null
): string {
	const when = year === null ? '各年度' : `${year} 年`;
	// The rate covers only the units that report execution: say how many when that is not all of them.
	const some = h.units_with_execution < h.units ? `（其中 ${formatCount(h.units_with_execution)} 个有预算执行数据）` : '';
	const parts = [`${when} ${formatCount(h.units)} 个单位${some}`];
	if (h.execution_rate !== null) parts.push(executionClause(h));
	if (h.attainment_rate !== null) parts.push(`绩效指标达成率 ${formatRate(h.attainment_rate)}（未达成 ${formatCount(h.indicators_not_met)} 项）`);
	return `${T.siteName}：${parts.join('，')}。执行率按金额汇总计算，${TRACEABLE}`;
}

/** A unit: name, district and its latest execution rate. */
export function unitDescription(info: { short_name: string; name: string; district_name: string | null; kind: string }, years: readonly YearFigures[]): string {
	const who = `${info.short_name}（${[info.district_name, info.kind].filter(Boolean).join(' · ')}）`;
	const latest = latestFigures(years);
	const parts: string[] = [];
	if (latest?.execution_rate != null) parts.push(`${latest.fiscal_year} 年${executionClause(latest)}`);
	if (latest?.attainment_rate != null) parts.push(`绩效指标达成率 ${formatRate(latest.attainment_rate)}`);
	const figures = parts.length ? `${parts.join('，')}。` : '';
	return `${who}：${figures}${info.name}的预算执行、重点任务与绩效指标，${TRACEABLE}`;
}

/** A district: its units side by side, and the district's latest rate from summed money. */
export function districtDescription(name: string, years: readonly (YearFigures & { units: number })[]): string {
	const latest = latestFigures(years);
	const figures =
		latest?.execution_rate != null
			? `${latest.fiscal_year} 年 ${formatCount(latest.units)} 个单位合计${executionClause(latest)}。`
			: '';
	return `${name}：${figures}各街道、镇预算执行率与绩效指标完成情况并列比较，${TRACEABLE}`;
}
