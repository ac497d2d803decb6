// A slope chart of the execution rate between two fiscal years: one line per
// compared entity that has the rate in both years. Entities with only one of
// the two years are named in the description, not drawn as a fall to zero.
import { formatRate } from '../../format/number-format.ts';
import { t } from '../../i18n/i18n.ts';
import { categoryStyle, INK } from '../theme.ts';
import { baseOption, isNum, itemTooltip, joinList, type EChartsOption } from './common.ts';

export interface SlopeEntity {
	label: string;
	/** Position among the compared entities: the same colour as in the bars. */
	index: number;
	from: number | null;
	to: number | null;
}

/** Only entities with both rates can be drawn. */
export const slopeDrawable = (e: SlopeEntity) => isNum(e.from) && isNum(e.to);

export function compareSlopeOption(entities: readonly SlopeEntity[], years: { from: number; to: number }): EChartsOption {
	const drawn = entities.filter(slopeDrawable);
	const missing = entities.filter((e) => !slopeDrawable(e));
	const values = drawn.flatMap((e) => [e.from!, e.to!]);
	const lo = Math.max(0, Math.floor((Math.min(1, ...values) - 0.05) * 20) / 20);
	const hi = Math.ceil((Math.max(1, ...values) + 0.02) * 20) / 20;
	const description = [
		t('charts.compare.slopeDescription', {
			from: years.from,
			to: years.to,
			entities: joinList(drawn.map((e) => t('charts.compare.slopeEntity', { name: e.label, from: formatRate(e.from), to: formatRate(e.to) })), 'semicolon')
		}),
		missing.length ? t('charts.compare.slopeMissing', { names: joinList(missing.map((e) => e.label), 'enumeration') }) : ''
	].join('');
	const xLabels = [String(years.from), String(years.to)];
	return {
		...baseOption(description),
		legend: { top: 0, left: 0, type: 'scroll' },
		grid: { top: 48, left: 8, right: 72, bottom: 8, containLabel: true },
		tooltip: itemTooltip((p) => {
			const e = drawn[p.seriesIndex ?? -1];
			if (!e) return null;
			return { title: e.label, lines: [[xLabels[p.dataIndex], formatRate(p.dataIndex === 0 ? e.from : e.to)]] };
		}),
		xAxis: { type: 'category', data: xLabels, boundaryGap: false, axisTick: { alignWithLabel: true } },
		yAxis: { type: 'value', min: lo, max: hi, axisLabel: { formatter: (v: number) => formatRate(v, 0) } },
		series: drawn.map((e) => ({
			type: 'line' as const,
			name: e.label,
			symbolSize: 8,
			lineStyle: { width: 2, color: categoryStyle(e.index).color },
			itemStyle: { color: categoryStyle(e.index).color },
			label: { show: true, position: 'right' as const, color: INK.text, fontSize: 11, formatter: (p: { value: unknown }) => (isNum(p.value) ? formatRate(p.value, 1) : '') },
			data: [e.from, e.to]
		}))
	};
}
