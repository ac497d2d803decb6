// Guangzhou's 11 districts on a map, each coloured by one measure the reader
// picks: execution rate, indicator attainment or coverage. The outline is
// map/guangzhou-districts.json, registered as GUANGZHOU_MAP in echarts-setup.ts;
// regions are matched by district code, never by name. A district without a
// figure is drawn grey and hatched and says 无数据 / no data: it is not a zero.
import { formatCount, formatRate } from '../../format/number-format.ts';
import { t } from '../../i18n/i18n.ts';
import { INK, SURFACE } from '../theme.ts';
import { baseOption, isNum, itemTooltip, joinList, type EChartsOption } from './common.ts';

/** The name the outline is registered under (echarts-setup.ts). */
export const GUANGZHOU_MAP = 'guangzhou';

export const MAP_METRICS = ['execution', 'attainment', 'coverage'] as const;
export type MapMetric = (typeof MAP_METRICS)[number];

export interface DistrictMapRow {
	district_code: string;
	district_name: string;
	execution_rate: number | null;
	attainment_rate: number | null;
	coverage_rate: number | null;
	units_with_budget?: number | null;
	units_with_attainment?: number | null;
	units_with_documents?: number | null;
	units_total?: number | null;
}

/**
 * Class breaks per measure: a value below breaks[0] is class 0, at or above
 * breaks[3] class 4. Execution: 90 % is the usual bar for low execution,
 * 100 % spent in full; attainment and coverage top out at 100 %.
 */
const BREAKS: Record<MapMetric, readonly [number, number, number, number]> = {
	execution: [0.8, 0.9, 0.95, 1],
	attainment: [0.6, 0.8, 0.9, 1],
	coverage: [0.25, 0.5, 0.75, 1]
};

/** Sequential blues (ColorBrewer Blues), light = low: ordered without relying on hue. */
export const MAP_CLASS_COLORS = ['#deebf7', '#9ecae1', '#4292c6', '#2171b5', '#08306b'] as const;
/** Text on the three dark classes. Not SURFACE on purpose: the dark theme remaps that to its page colour. */
const ON_DARK = '#fefefe';
/** No data: the grey of grid lines (remapped on the dark page) under a hatching. */
export const NO_DATA_COLOR = INK.split;
const NO_DATA_DECAL = {
	symbol: 'rect',
	symbolSize: 1,
	dashArrayX: [1, 0],
	dashArrayY: [2, 4],
	rotation: -Math.PI / 4,
	color: 'rgba(75, 85, 99, 0.55)'
};

/**
 * The three old-city districts (荔湾, 越秀, 海珠) are a few pixels wide at page
 * size: their labels would print over each other and over 天河区. They keep
 * their colour and tooltip; their figures are in the map's table.
 */
const UNLABELLED = new Set(['440103', '440104', '440105']);

/** Height of the box for a map `width` px wide: the outline is about 1.4 times as tall as wide. */
export function districtMapHeight(width: number | null | undefined): number {
	return width ? Math.round(Math.min(620, Math.max(320, width * 1.38))) : 520;
}

const rateKey = { execution: 'execution_rate', attainment: 'attainment_rate', coverage: 'coverage_rate' } as const;

export function mapValue(row: DistrictMapRow, metric: MapMetric): number | null {
	const v = row[rateKey[metric]];
	return isNum(v) ? v : null;
}

/** The class (0–4) of a value, or null for no data. */
export function mapClass(value: number | null, metric: MapMetric): number | null {
	if (!isNum(value)) return null;
	const b = BREAKS[metric];
	return value < b[0] ? 0 : value < b[1] ? 1 : value < b[2] ? 2 : value < b[3] ? 3 : 4;
}

/** The legend: one entry per class with its range, then "no data" (the page draws it as HTML). */
export function mapLegend(metric: MapMetric): { color: string; label: string; noData?: boolean }[] {
	const b = BREAKS[metric].map((x) => formatRate(x, 0));
	const top = metric === 'execution' ? `≥${b[3]}` : b[3];
	const labels = [`<${b[0]}`, `${b[0]}–${b[1]}`, `${b[1]}–${b[2]}`, `${b[2]}–${b[3]}`, top];
	return [
		...labels.map((label, i) => ({ color: MAP_CLASS_COLORS[i], label })),
		{ color: NO_DATA_COLOR, label: t('charts.map.noData'), noData: true }
	];
}

/** The measure's name, in the page's language. */
export function mapMetricName(metric: MapMetric): string {
	return t(`charts.map.metric.${metric}`);
}

/** "2 of 21 units" behind a district's figure. */
function basis(r: DistrictMapRow, metric: MapMetric): string {
	if (metric === 'coverage') return t('charts.map.basisCoverage', { n: formatCount(r.units_with_documents ?? 0), total: formatCount(r.units_total ?? 0) });
	const n = metric === 'execution' ? r.units_with_budget : r.units_with_attainment;
	return t('charts.map.basisUnits', { n: formatCount(n ?? 0) });
}

export function districtMapOption(rows: readonly DistrictMapRow[], metric: MapMetric): EChartsOption {
	const name = mapMetricName(metric);
	const noData = t('charts.map.noData');
	const data = rows.map((r) => {
		const value = mapValue(r, metric);
		const cls = mapClass(value, metric);
		const areaColor = cls === null ? NO_DATA_COLOR : MAP_CLASS_COLORS[cls];
		const labelColor = cls !== null && cls >= 2 ? ON_DARK : INK.text;
		const style = cls === null ? { areaColor, decal: NO_DATA_DECAL } : { areaColor };
		return {
			name: r.district_code,
			value: value ?? '-',
			district_code: r.district_code,
			has_data: value !== null,
			label: {
				show: !UNLABELLED.has(r.district_code),
				color: labelColor,
				formatter: `${r.district_name}\n${value === null ? noData : formatRate(value, 1)}`,
				// a halo keeps dark text legible over the hatching and the light classes
				...(labelColor === INK.text ? { textBorderColor: SURFACE, textBorderWidth: 2 } : {})
			},
			itemStyle: style,
			emphasis: { itemStyle: { ...style, borderColor: INK.text, borderWidth: 2 }, label: { color: labelColor } }
		};
	});

	const withData = rows.filter((r) => mapValue(r, metric) !== null);
	const without = rows.filter((r) => mapValue(r, metric) === null);
	const described = joinList(
		withData.map((r) => t('charts.map.district', { district: r.district_name, value: formatRate(mapValue(r, metric)) })),
		'semicolon'
	);
	const description = t('charts.map.description', {
		metric: name,
		n: withData.length,
		districts: described || '—',
		none: without.length ? joinList(without.map((r) => r.district_name), 'enumeration') : '—'
	});

	return {
		...baseOption(description),
		tooltip: itemTooltip((p) => {
			const r = rows[p.dataIndex];
			if (!r) return null;
			const v = mapValue(r, metric);
			return { title: r.district_name, lines: [[name, v === null ? noData : formatRate(v)], [t('charts.map.basis'), basis(r, metric)]] };
		}),
		series: [
			{
				type: 'map',
				map: GUANGZHOU_MAP,
				nameProperty: 'code',
				roam: false,
				selectedMode: false,
				// the outline fills the box, north up, at Guangzhou's latitude (cos 23° ≈ 0.92; ECharts' default 0.75 squashes it)
				aspectScale: 0.92,
				top: 8,
				bottom: 8,
				left: 8,
				right: 8,
				labelLayout: { hideOverlap: true },
				label: { show: true, fontSize: 11, lineHeight: 14 },
				itemStyle: { borderColor: SURFACE, borderWidth: 1, areaColor: NO_DATA_COLOR },
				data
			}
		]
	} as EChartsOption;
}
