// A chart of an ad-hoc query result: a default proposed from the column types,
// and the ECharts option for a chosen spec. Built like the dashboard's builders
// (charts/options/*.ts): pure, no animation, ARIA description in the page's language, data
// text escaped in tooltips, theme colours. Columns are addressed by index
// (names may repeat).
import type { ResultColumn, TabularResult } from '../engine/query.ts';
import { formatCount } from '../format/number-format.ts';
import { lang, t } from '../i18n/i18n.ts';
import { baseOption, itemTooltip, tooltipHtml, type EChartsOption, type TooltipParams } from '../charts/options/common.ts';
import { categoryStyle, INK } from '../charts/theme.ts';
import { formatCell, formatFloat, isIntegerType, isNumericType, isTemporalType, isYearName, rawText } from './format-cell.ts';
import { sortRows } from './sort-rows.ts';

export type ChartType = 'bar' | 'line' | 'scatter' | 'pie';

/** Column indices: x, one or more numeric y, an optional column whose values split the data into series. */
export interface ChartSpec {
	type: ChartType;
	x: number;
	y: number[];
	series: number | null;
}

export const CHART_TYPES: readonly ChartType[] = ['bar', 'line', 'scatter', 'pie'];
/** 柱状图 / Bar chart … */
export const chartTypeLabel = (type: ChartType): string => t(`sql.chart.types.${type}`);

/** Caps that keep an SVG chart responsive and readable; what is left out is said in the subtext. */
export const MAX_CATEGORIES = 2000;
export const MAX_POINTS = 10_000;
export const MAX_SERIES = 20;
export const MAX_PIE_SLICES = 12;
/** Numeric columns a proposal plots at most (a wide result would draw a wall of bars). */
export const MAX_PROPOSED_Y = 6;
/** Axis labels are kept this far inside the box (ECharts 6 default 0 lets CJK descenders touch the edge and clip). */
const OUTER_BOUNDS = { left: 4, right: 4, top: 0, bottom: 6 };
/** Categories visible at once before a zoom slider is added. */
const ZOOM_WINDOW = 40;

/** What a column can be in a chart: a value, a time-like x (dates, years), a category, or nothing. */
export type ColumnRole = 'numeric' | 'time' | 'category' | 'none';

const CATEGORY_TYPES = /^(VARCHAR|TEXT|STRING|CHAR|BPCHAR|BOOLEAN|BOOL|TIME|UUID|ENUM\b.*)$/;

export function columnRole(c: ResultColumn): ColumnRole {
	if (isTemporalType(c.type)) return 'time';
	if (isIntegerType(c.type) && isYearName(c.name)) return 'time';
	if (isNumericType(c.type)) return 'numeric';
	return CATEGORY_TYPES.test(c.type.trim().toUpperCase()) ? 'category' : 'none';
}

const indicesOf = (roles: ColumnRole[], role: ColumnRole) => roles.flatMap((r, i) => (r === role ? [i] : []));

/**
 * A sensible default chart, or null when nothing is plottable:
 * a date/year column + numbers → line (split by the first text column when
 * there is one number: the long shape of GROUP BY 区, 年度); a text column +
 * numbers → bar (split by a second text column when there is one number);
 * only numbers → scatter of the first two.
 */
export function proposeChart(columns: readonly ResultColumn[]): ChartSpec | null {
	const roles = columns.map(columnRole);
	const numeric = indicesOf(roles, 'numeric');
	const time = indicesOf(roles, 'time');
	const cats = indicesOf(roles, 'category');
	if (time.length && numeric.length) {
		if (cats.length) return { type: 'line', x: time[0], y: [numeric[0]], series: cats[0] };
		return { type: 'line', x: time[0], y: numeric.slice(0, MAX_PROPOSED_Y), series: null };
	}
	if (cats.length && numeric.length) {
		if (numeric.length === 1 && cats.length > 1) return { type: 'bar', x: cats[0], y: numeric, series: cats[1] };
		return { type: 'bar', x: cats[0], y: numeric.slice(0, MAX_PROPOSED_Y), series: null };
	}
	// two years and nothing else numeric: the second "year" is the value
	const values = [...numeric, ...time.filter((i) => isNumericType(columns[i].type))];
	if (values.length >= 2) return { type: 'scatter', x: values[0], y: [values[1]], series: null };
	return null;
}

/**
 * The chart types that can draw `spec`'s columns: bar and line need numeric y
 * and a usable x; scatter a numeric x; pie one numeric y, no series, and at
 * most 12 rows (`rowCount`, when known).
 */
export function validChartTypes(columns: readonly ResultColumn[], spec: Pick<ChartSpec, 'x' | 'y' | 'series'>, rowCount?: number): ChartType[] {
	const x = columns[spec.x];
	if (!x || columnRole(x) === 'none') return [];
	const yOk = spec.y.length > 0 && spec.y.every((j) => columns[j] && isNumericType(columns[j].type));
	if (!yOk) return [];
	const types: ChartType[] = ['bar', 'line'];
	if (isNumericType(x.type)) types.push('scatter');
	if (spec.y.length === 1 && spec.series === null && (rowCount === undefined || rowCount <= MAX_PIE_SLICES)) types.push('pie');
	return types;
}

/** A cell as a number for plotting: numbers, numeric strings (big integers), booleans; else null (a gap). */
export function plotNumber(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'string' && v.trim() !== '') {
		const n = Number(v);
		return Number.isFinite(n) ? n : null;
	}
	return null;
}

/**
 * Value-axis labels: 万 and 亿 as Chinese readers count (12,000,000 → 1,200万);
 * on English pages thousands, millions and billions (12M).
 */
export function compactNumber(v: number): string {
	const a = Math.abs(v);
	if (lang() === 'en') {
		if (a >= 1e9) return `${formatFloat(v / 1e9)}B`;
		if (a >= 1e6) return `${formatFloat(v / 1e6)}M`;
		if (a >= 1e4) return `${formatFloat(v / 1e3)}k`;
		return formatFloat(v);
	}
	if (a >= 1e8) return `${formatFloat(v / 1e8)}亿`;
	if (a >= 1e4) return `${formatFloat(v / 1e4)}万`;
	return formatFloat(v);
}

interface SeriesMeta {
	name: string;
	column: ResultColumn;
	/** The column's index (names, and so column objects found by name, may repeat). */
	index: number;
}

interface Frame {
	option: EChartsOption;
	notes: string[];
	summary: string;
}

/** A column name quoted: 「name」 / “name”. */
const quoted = (name: string) => t('sql.chart.quoted', { name });
/** Notes joined as clauses: '；' / '; '. */
const clauses = (notes: string[]) => notes.join(t('sql.chart.clauseSep'));

/**
 * The ECharts option for `spec` over `result`. Beyond the caps (2,000
 * categories, 10,000 scatter points, 20 series, 12 pie slices) the rest is
 * left out and the title's subtext says so.
 */
export function resultChartOption(result: TabularResult, spec: ChartSpec): EChartsOption {
	const { columns } = result;
	const x = columns[spec.x];
	const ys = spec.y.filter((j) => columns[j]);
	if (!x || !ys.length || !result.rows.length) {
		return { ...baseOption(t('sql.chart.emptyDescription')), title: { text: t('sql.chart.empty'), left: 'center', top: 'middle', textStyle: { color: INK.muted, fontSize: 14, fontWeight: 'normal' } } };
	}
	const frame =
		spec.type === 'scatter'
			? scatterFrame(result, spec, ys)
			: spec.type === 'pie'
				? pieFrame(result, spec, ys[0])
				: categoryFrame(result, spec, ys);
	const yNames = ys.map((j) => quoted(columns[j].name)).join(t('sql.chart.listSep'));
	const axes = t(spec.type === 'pie' ? 'sql.chart.descPie' : 'sql.chart.descAxes', { type: chartTypeLabel(spec.type), x: quoted(x.name), ys: yNames });
	const series = spec.series !== null && columns[spec.series] ? t('sql.chart.descSeries', { series: quoted(columns[spec.series].name) }) : '';
	const description = `${clauses([`${axes}${series}`, frame.summary, ...frame.notes])}${t('sql.chart.end')}`;
	const top = frame.notes.length ? 28 : 0;
	const option: EChartsOption = { ...baseOption(description), ...frame.option };
	if (frame.notes.length) {
		option.title = { text: '', subtext: clauses(frame.notes), left: 0, top: 0, itemGap: 0, padding: [0, 0, 4, 0], subtextStyle: { color: INK.muted, fontSize: 12 } };
	}
	if (option.legend) option.legend = { ...(option.legend as object), top };
	if (option.grid) {
		const grid = option.grid as { top?: number };
		option.grid = { ...grid, top: (grid.top ?? 0) + top };
	}
	return option;
}

function legendFor(n: number): EChartsOption['legend'] | undefined {
	return n > 1 ? { type: 'scroll', left: 0, right: 0 } : undefined;
}

/** Bar and line: one category per row (no series column), or a pivot x × series value. */
function categoryFrame(result: TabularResult, spec: ChartSpec, ys: number[]): Frame {
	const { columns, rows } = result;
	const x = columns[spec.x];
	const notes: string[] = [];
	// A line over dates or years reads left to right in time, whatever the query's order.
	const timeLike = spec.type === 'line' && columnRole(x) === 'time';
	const order = timeLike ? sortRows(rows, spec.x, 'asc', x.type) : null;
	const rowAt = (k: number) => rows[order ? order[k] : k];
	const label = (v: unknown) => formatCell(v, x.type, x.name);

	let categories: string[];
	let meta: SeriesMeta[];
	let data: (number | null)[][];
	const splitBy = spec.series !== null ? columns[spec.series] : undefined;

	if (!splitBy) {
		const n = Math.min(rows.length, MAX_CATEGORIES);
		if (rows.length > n) notes.push(t('sql.chart.firstCategoriesOf', { n: formatCount(n), rows: formatCount(rows.length) }));
		categories = [];
		for (let k = 0; k < n; k++) categories.push(label(rowAt(k)[spec.x]));
		meta = ys.map((j) => ({ name: columns[j].name, column: columns[j], index: j }));
		data = ys.map((j) => {
			const out: (number | null)[] = [];
			for (let k = 0; k < n; k++) out.push(plotNumber(rowAt(k)[j]));
			return out;
		});
	} else {
		const s = spec.series!;
		const xKeys = new Map<string, number>();
		const sKeys = new Map<string, number>();
		const xLabels: string[] = [];
		const sLabels: string[] = [];
		let droppedX = 0;
		let droppedS = 0;
		const cells = new Map<number, number>(); // (series, y, x) → sum
		const seen = new Set<number>();
		let summed = false;
		for (let k = 0; k < rows.length; k++) {
			const row = rowAt(k);
			const xKey = row[spec.x] === null || row[spec.x] === undefined ? '\u0000null' : rawText(row[spec.x]);
			let xi = xKeys.get(xKey);
			if (xi === undefined) {
				if (xKeys.size >= MAX_CATEGORIES) {
					droppedX++;
					continue;
				}
				xKeys.set(xKey, (xi = xKeys.size));
				xLabels.push(label(row[spec.x]));
			}
			const sv = row[s];
			const sKey = sv === null || sv === undefined ? '\u0000null' : rawText(sv);
			let si = sKeys.get(sKey);
			if (si === undefined) {
				if (sKeys.size >= MAX_SERIES) {
					droppedS++;
					continue;
				}
				sKeys.set(sKey, (si = sKeys.size));
				sLabels.push(formatCell(sv, splitBy.type, splitBy.name));
			}
			ys.forEach((j, yi) => {
				const v = plotNumber(row[j]);
				if (v === null) return;
				const key = (si * ys.length + yi) * MAX_CATEGORIES + xi;
				if (seen.has(key)) summed = true;
				seen.add(key);
				cells.set(key, (cells.get(key) ?? 0) + v);
			});
		}
		if (droppedX) notes.push(t('sql.chart.firstCategories', { n: formatCount(MAX_CATEGORIES) }));
		if (droppedS) notes.push(t('sql.chart.firstSeries', { n: formatCount(MAX_SERIES) }));
		if (summed) notes.push(t('sql.chart.summed'));
		categories = xLabels;
		meta = [];
		data = [];
		sLabels.forEach((sl, si) =>
			ys.forEach((j, yi) => {
				meta.push({ name: ys.length > 1 ? `${sl} · ${columns[j].name}` : sl, column: columns[j], index: j });
				data.push(xLabels.map((_, xi) => cells.get((si * ys.length + yi) * MAX_CATEGORIES + xi) ?? null));
			})
		);
	}

	const zoom = categories.length > ZOOM_WINDOW;
	const series = meta.map((m, k) => {
		const style = categoryStyle(k);
		return spec.type === 'line'
			? { type: 'line' as const, name: m.name, data: data[k], showSymbol: categories.length <= 100, itemStyle: style, lineStyle: { color: style.color, width: 2 } }
			: { type: 'bar' as const, name: m.name, data: data[k], barMaxWidth: 32, itemStyle: style };
	});
	const legend = legendFor(series.length);
	return {
		notes,
		summary: t('sql.chart.categoriesSummary', { categories: categories.length, series: series.length }),
		option: {
			...(legend ? { legend } : {}),
			grid: { top: legend ? 60 : 32, left: 8, right: 24, bottom: zoom ? 56 : 8, outerBounds: OUTER_BOUNDS },
			tooltip: spec.type === 'line' ? axisTooltip(categories, meta, data) : itemTooltip((p) => {
				const m = meta[p.seriesIndex ?? 0];
				if (!m || categories[p.dataIndex] === undefined) return null;
				const v = data[p.seriesIndex ?? 0][p.dataIndex];
				return { title: categories[p.dataIndex], lines: [[m.name, formatCell(v, m.column.type, m.column.name)]] };
			}),
			xAxis: {
				type: 'category',
				data: categories,
				name: x.name,
				axisTick: { alignWithLabel: true },
				// Every label tried, overlapping ones hidden (the automatic interval measures
				// untruncated text and drops every other label); long names truncated, the
				// tooltip has them whole. At most ZOOM_WINDOW categories are in view at once.
				axisLabel: { interval: 0, hideOverlap: true, width: 120, overflow: 'truncate' }
			},
			yAxis: { type: 'value', name: ys.length === 1 ? columns[ys[0]].name : '', axisLabel: { formatter: compactNumber } },
			...(zoom
				? { dataZoom: [{ type: 'slider', bottom: 8, height: 24, startValue: 0, endValue: ZOOM_WINDOW - 1 }, { type: 'inside' }] }
				: {}),
			series
		} as EChartsOption
	};
}

/**
 * A line's tooltip: every series at the hovered category (item tooltips need a
 * visible symbol under the pointer, and long lines hide their symbols).
 * Escaped by tooltipHtml.
 */
function axisTooltip(categories: string[], meta: SeriesMeta[], data: (number | null)[][]): EChartsOption['tooltip'] {
	return {
		trigger: 'axis',
		confine: true,
		formatter: ((ps: TooltipParams | TooltipParams[]) => {
			const list = Array.isArray(ps) ? ps : [ps];
			const i = list[0]?.dataIndex;
			if (i === undefined || categories[i] === undefined) return '';
			const lines = list.flatMap((p) => {
				const m = meta[p.seriesIndex ?? 0];
				return m ? [[m.name, formatCell(data[p.seriesIndex ?? 0][i], m.column.type, m.column.name)] as const] : [];
			});
			return tooltipHtml(categories[i], lines);
		}) as never
	};
}

/** Scatter: one point per row and y column, split by the series column's values. */
function scatterFrame(result: TabularResult, spec: ChartSpec, ys: number[]): Frame {
	const { columns, rows } = result;
	const x = columns[spec.x];
	const notes: string[] = [];
	const splitBy = spec.series !== null ? columns[spec.series] : undefined;
	const groups = new Map<string, number>();
	const meta: SeriesMeta[] = [];
	const points: [number, number][][] = [];
	const sourceRows: number[][] = [];
	let total = 0;
	let droppedS = 0;
	let capped = false;
	for (let i = 0; i < rows.length && !capped; i++) {
		const row = rows[i];
		const xv = plotNumber(row[spec.x]);
		if (xv === null) continue;
		for (const j of ys) {
			const yv = plotNumber(row[j]);
			if (yv === null) continue;
			if (total >= MAX_POINTS) {
				capped = true;
				break;
			}
			const sv = splitBy ? row[spec.series!] : null;
			const key = `${j}\u0000${splitBy ? (sv === null || sv === undefined ? '\u0000null' : rawText(sv)) : ''}`;
			let g = groups.get(key);
			if (g === undefined) {
				if (groups.size >= MAX_SERIES) {
					droppedS++;
					continue;
				}
				groups.set(key, (g = groups.size));
				const sl = splitBy ? formatCell(sv, splitBy.type, splitBy.name) : '';
				meta.push({ name: splitBy ? (ys.length > 1 ? `${sl} · ${columns[j].name}` : sl) : columns[j].name, column: columns[j], index: j });
				points.push([]);
				sourceRows.push([]);
			}
			points[g].push([xv, yv]);
			sourceRows[g].push(i);
			total++;
		}
	}
	if (capped) notes.push(t('sql.chart.firstPointsOf', { n: formatCount(MAX_POINTS), rows: formatCount(rows.length) }));
	if (droppedS) notes.push(t('sql.chart.firstSeries', { n: formatCount(MAX_SERIES) }));
	const legend = legendFor(meta.length);
	return {
		notes,
		summary: t('sql.chart.pointsSummary', { n: total }),
		option: {
			...(legend ? { legend } : {}),
			grid: { top: legend ? 60 : 32, left: 8, right: 24, bottom: 8, outerBounds: OUTER_BOUNDS },
			tooltip: itemTooltip((p) => {
				const g = p.seriesIndex ?? 0;
				const i = sourceRows[g]?.[p.dataIndex];
				if (i === undefined) return null;
				const row = rows[i];
				const m = meta[g];
				return {
					title: m.name,
					lines: [
						[x.name, formatCell(row[spec.x], x.type, x.name)],
						[m.column.name, formatCell(row[m.index], m.column.type, m.column.name)]
					]
				};
			}),
			xAxis: { type: 'value', name: x.name, scale: true, axisLabel: { formatter: compactNumber } },
			yAxis: { type: 'value', name: ys.length === 1 ? columns[ys[0]].name : '', scale: true, axisLabel: { formatter: compactNumber } },
			series: meta.map((m, g) => ({
				type: 'scatter' as const,
				name: m.name,
				data: points[g],
				symbolSize: total > 2000 ? 4 : 8,
				// one path instead of thousands of SVG elements; hover still finds the point
				large: total > 2000,
				itemStyle: { ...categoryStyle(g), opacity: 0.8 }
			}))
		} as EChartsOption
	};
}

/** Pie: one slice per row (positive values only); past 12 slices the rest is one 其他 / Other slice. */
function pieFrame(result: TabularResult, spec: ChartSpec, y: number): Frame {
	const { columns, rows } = result;
	const x = columns[spec.x];
	const yc = columns[y];
	const notes: string[] = [];
	let skipped = 0;
	let slices: { name: string; value: number }[] = [];
	for (const row of rows) {
		const v = plotNumber(row[y]);
		if (v === null || v <= 0) skipped++;
		else slices.push({ name: formatCell(row[spec.x], x.type, x.name), value: v });
	}
	if (slices.length > MAX_PIE_SLICES) {
		const sorted = [...slices].sort((a, b) => b.value - a.value);
		const rest = sorted.slice(MAX_PIE_SLICES - 1);
		slices = [...sorted.slice(0, MAX_PIE_SLICES - 1), { name: t('sql.chart.other'), value: rest.reduce((s, r) => s + r.value, 0) }];
		notes.push(t('sql.chart.merged', { n: formatCount(rest.length) }));
	}
	if (skipped) notes.push(t('sql.chart.skipped', { n: formatCount(skipped) }));
	const totalValue = slices.reduce((s, r) => s + r.value, 0);
	return {
		notes,
		summary: t('sql.chart.slicesSummary', { n: slices.length }),
		option: {
			tooltip: itemTooltip((p) => {
				const sl = slices[p.dataIndex];
				if (!sl) return null;
				const share = totalValue > 0 ? `${formatFloat(Math.round((sl.value / totalValue) * 10000) / 100)}%` : '—';
				return { title: sl.name, lines: [[yc.name, formatCell(sl.value, yc.type, yc.name)], [t('sql.chart.share'), share]] };
			}),
			series: [
				{
					type: 'pie',
					name: yc.name,
					radius: ['0%', '62%'],
					center: ['50%', '55%'],
					data: slices.map((sl, i) => ({ ...sl, itemStyle: categoryStyle(i) })),
					label: { color: INK.text, formatter: (p: { name: string; percent: number }) => t('sql.chart.pieLabel', { name: p.name, percent: formatFloat(p.percent) }) },
					labelLayout: { hideOverlap: true }
				}
			]
		} as EChartsOption
	};
}
