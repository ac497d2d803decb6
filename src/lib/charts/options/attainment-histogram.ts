// How far indicators got toward their targets: a histogram of attainment in
// 10 % bins (explorer-summary.sql), the last bin "150 % and above". A
// reference line marks 100 %. Bars are counts of indicators.
import { formatCount } from '../../format/number-format.ts';
import { t } from '../../i18n/i18n.ts';
import { INK, PALETTE } from '../theme.ts';
import { baseOption, itemTooltip, type EChartsOption } from './common.ts';

export interface HistogramBin {
	/** k = [k/10, (k+1)/10); 15 = 150 % and above. */
	bin: number;
	n: number;
}

export const LAST_BIN = 15;

/** '0–10%', …, '140–150%', '≥150%'. */
export function binLabel(bin: number): string {
	return bin >= LAST_BIN ? `≥${LAST_BIN * 10}%` : `${bin * 10}–${bin * 10 + 10}%`;
}

export function attainmentHistogramOption(bins: readonly HistogramBin[]): EChartsOption {
	const all = Array.from({ length: LAST_BIN + 1 }, (_, bin) => ({ bin, n: bins.find((b) => b.bin === bin)?.n ?? 0 }));
	const labels = all.map((b) => binLabel(b.bin));
	const total = all.reduce((s, b) => s + b.n, 0);
	const below = all.filter((b) => b.bin < 10).reduce((s, b) => s + b.n, 0);
	const above = all.filter((b) => b.bin >= 12).reduce((s, b) => s + b.n, 0);
	const peak = all.reduce((a, b) => (b.n > a.n ? b : a), all[0]);
	const description = total
		? t('charts.histogram.description', {
				total: formatCount(total),
				below: formatCount(below),
				above: formatCount(above),
				peak: binLabel(peak.bin),
				peakN: formatCount(peak.n)
			})
		: t('charts.histogram.empty');
	const indicators = t('charts.histogram.indicators');
	return {
		...baseOption(description),
		grid: { top: 28, left: 8, right: 16, bottom: 8, containLabel: true },
		tooltip: itemTooltip((p) => {
			const b = all[p.dataIndex];
			return b ? { title: t('charts.histogram.bin', { bin: labels[p.dataIndex] }), lines: [[indicators, formatCount(b.n)]] } : null;
		}),
		xAxis: { type: 'category', data: labels, axisLabel: { interval: 1, rotate: 45, fontSize: 11 } },
		yAxis: { type: 'value', minInterval: 1, name: indicators, nameTextStyle: { color: INK.muted } },
		series: [
			{
				type: 'bar',
				name: indicators,
				barCategoryGap: '10%',
				itemStyle: { color: PALETTE[0] },
				data: all.map((b) => b.n),
				markLine: {
					silent: true,
					symbol: 'none',
					// between the 90–100 % and 100–110 % bars
					data: [{ xAxis: 9.5, name: '100%', lineStyle: { color: INK.reference, type: 'solid', width: 1 }, label: { formatter: '100%', color: INK.reference } }]
				}
			}
		]
	};
}
