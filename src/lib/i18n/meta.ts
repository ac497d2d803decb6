// Page descriptions for search results and link previews (<meta name=
// "description">, og:description): one sentence with the page's headline
// figures, formatted like the page itself, in the page's language
// (messages/meta.ts). Plain text: PageMeta escapes it.
import { formatCount, formatMoneyWan, formatRate } from '../format/number-format.ts';
import { t } from './i18n.ts';
import { zh as UNIT } from './messages/unit.ts';
import type { MessageKey } from './messages/index.ts';

/** The figures a description needs, whatever query they come from. */
export interface YearFigures {
	fiscal_year: number | null;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number | null;
	attainment_rate: number | null;
}

/** A unit's kind as the registry writes it (街道, 镇, 下属单位) in the page's language; another one as it is. */
export function unitKindLabel(kind: string | null | undefined): string {
	if (!kind) return '';
	return Object.hasOwn(UNIT.kind, kind) ? t(`unit.kind.${kind}` as MessageKey) : kind;
}

/** The newest year with an execution rate; else the newest year at all. */
export function latestFigures<R extends YearFigures>(rows: readonly R[]): R | null {
	const newest = [...rows].sort((a, b) => (b.fiscal_year ?? 0) - (a.fiscal_year ?? 0));
	return newest.find((r) => r.execution_rate !== null) ?? newest[0] ?? null;
}

function executionClause(r: Omit<YearFigures, 'fiscal_year'>): string {
	return t('meta.execution', {
		rate: formatRate(r.execution_rate),
		actual: formatMoneyWan(r.actual_spend_wan),
		budget: formatMoneyWan(r.adjusted_budget_wan)
	});
}

const joinParts = (parts: string[]) => parts.join(t('meta.separator'));

/** Overview: `2022 年 3 个单位：预算执行率 98.08%（…）…` for the default (prerendered) view. */
export function overviewDescription(
	h: Omit<YearFigures, 'fiscal_year'> & { units: number; units_with_execution: number; indicators_not_met: number | null },
	year: number | null
): string {
	const when = year === null ? t('meta.overview.allYears') : t('meta.overview.year', { year: String(year) });
	// The rate covers only the units that report execution: say how many when that is not all of them.
	const some = h.units_with_execution < h.units ? t('meta.overview.unitsWithExecution', { units: formatCount(h.units_with_execution) }) : '';
	const parts = [t('meta.overview.units', { when, n: h.units }) + some];
	if (h.execution_rate !== null) parts.push(executionClause(h));
	if (h.attainment_rate !== null)
		parts.push(t('meta.overview.attainment', { rate: formatRate(h.attainment_rate), notMet: formatCount(h.indicators_not_met) }));
	return t('meta.overview.sentence', { site: t('common.siteName'), parts: joinParts(parts), traceable: t('meta.traceable') });
}

/** A unit: name, district and its latest execution rate. */
export function unitDescription(info: { short_name: string; name: string; district_name: string | null; kind: string }, years: readonly YearFigures[]): string {
	const who = t('meta.unit.who', { name: info.short_name, details: [info.district_name, unitKindLabel(info.kind)].filter(Boolean).join(' · ') });
	const latest = latestFigures(years);
	const parts: string[] = [];
	if (latest?.execution_rate != null) parts.push(t('meta.unit.yearExecution', { year: String(latest.fiscal_year), execution: executionClause(latest) }));
	if (latest?.attainment_rate != null) parts.push(t('meta.attainment', { rate: formatRate(latest.attainment_rate) }));
	const figures = parts.length ? t('meta.figures', { parts: joinParts(parts) }) : '';
	return t('meta.unit.sentence', { who, figures, name: info.name, traceable: t('meta.traceable') });
}

/** A district: its units side by side, and the district's latest rate from summed money. */
export function districtDescription(name: string, years: readonly (YearFigures & { units: number })[]): string {
	const latest = latestFigures(years);
	const figures =
		latest?.execution_rate != null
			? t('meta.district.figures', { year: String(latest.fiscal_year), n: latest.units, execution: executionClause(latest) })
			: '';
	return t('meta.district.sentence', { name, figures, traceable: t('meta.traceable') });
}
