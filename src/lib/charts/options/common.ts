// Pieces every option builder shares. Builders are pure (rows → option) and
// used by both the prerendered SVG and the live chart.
import type { EChartsOption } from 'echarts';
import { lang, t } from '../../i18n/i18n.ts';
import { escapeHtml } from '../escape-html.ts';
import { INK } from '../theme.ts';

export type { EChartsOption };

/** The parts of an ECharts tooltip formatter's `params` the builders read. */
export interface TooltipParams {
	dataIndex: number;
	seriesIndex?: number;
	seriesName?: string;
	name?: string;
	value?: unknown;
	data?: unknown;
}

/**
 * Options every chart carries: no animation (the SSR picture is the final
 * frame, and the live chart must not move away from it), and an ARIA
 * description in the page's language that the live chart puts on its container.
 */
export function baseOption(description: string): Pick<EChartsOption, 'animation' | 'aria'> {
	return { animation: false, aria: { enabled: true, label: { enabled: true, description } } };
}

/**
 * Tooltip HTML: a title line and `label：value` lines (`label: value` in English). Every piece is escaped
 * here, because ECharts puts the returned string into the page as HTML; the
 * only markup is the line breaks and the bold title added below.
 */
export function tooltipHtml(title: string, lines: ReadonlyArray<readonly [string, string]>): string {
	const head = `<strong>${escapeHtml(title)}</strong>`;
	return [head, ...lines.map(([k, v]) => t('charts.tooltipLine', { label: escapeHtml(k), value: escapeHtml(v) }))].join('<br/>');
}

/** An item tooltip whose text comes from `text(params)`, escaped by tooltipHtml. */
export function itemTooltip(
	text: (p: TooltipParams) => { title: string; lines: ReadonlyArray<readonly [string, string]> } | null
): EChartsOption['tooltip'] {
	return {
		trigger: 'item',
		confine: true,
		formatter: ((p: TooltipParams) => {
			const t = text(p);
			return t ? tooltipHtml(t.title, t.lines) : '';
		}) as never
	};
}

/**
 * A reference line on the value axis (90 % / 100 % execution), its label kept
 * inside the plot: above a horizontal line at its right end; at the top of a
 * vertical one (`start` when the category axis is inverted, as in rankings).
 * `align` sets which side of a vertical line the label sits on, so two close
 * lines (90 % and 100 % on a phone) do not print over each other.
 */
export function referenceLine(
	axis: 'xAxis' | 'yAxis',
	value: number,
	name: string,
	dashed: boolean,
	position: 'start' | 'end' | 'insideEndTop' = axis === 'yAxis' ? 'insideEndTop' : 'end',
	align?: 'left' | 'right'
) {
	return {
		name,
		[axis]: value,
		lineStyle: { color: INK.reference, type: dashed ? ('dashed' as const) : ('solid' as const), width: 1 },
		label: { formatter: name, color: INK.reference, position, ...(align ? { align } : {}) }
	};
}

/**
 * Unique category labels: a unit's short name, with the year when the rows span
 * several years, and the district when two units share a short name.
 */
export function unitLabels(
	rows: ReadonlyArray<{ short_name: string; fiscal_year?: number | null; district_name?: string | null; unit_id?: string }>
): string[] {
	const years = new Set(rows.map((r) => r.fiscal_year ?? null));
	const base = rows.map((r) =>
		years.size > 1 && r.fiscal_year != null ? `${r.short_name} ${r.fiscal_year}` : r.short_name
	);
	const seen = new Map<string, number>();
	for (const b of base) seen.set(b, (seen.get(b) ?? 0) + 1);
	const out = base.map((b, i) => (seen.get(b)! > 1 && rows[i].district_name ? withNote(b, rows[i].district_name!) : b));
	// Still equal (same name, district and year): the id tells them apart.
	const again = new Map<string, number>();
	for (const b of out) again.set(b, (again.get(b) ?? 0) + 1);
	return out.map((b, i) => (again.get(b)! > 1 ? `${b} [${rows[i].unit_id ?? i}]` : b));
}

/** `永和街道（黄埔区）` / `Yonghe (Huangpu)`: a name with a note in brackets. */
export function withNote(name: string, note: string): string {
	return t('charts.withNote', { name, note });
}

/** Items of a list inside a sentence: `a，b` / `a, b`; `a；b` / `a; b`; `a、b` / `a, b`. */
export function joinList(items: readonly string[], sep: 'comma' | 'semicolon' | 'enumeration' = 'comma'): string {
	return items.join(t(`charts.sep.${sep}`));
}

/** Sentences of a description: run together in Chinese, a space apart in English. */
export function sentences(parts: readonly string[]): string {
	return parts.filter(Boolean).join(lang() === 'en' ? ' ' : '');
}

export const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Code-point order for tie-breaks: deterministic in Node and every browser
 * (localeCompare depends on the runtime's ICU data).
 */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
