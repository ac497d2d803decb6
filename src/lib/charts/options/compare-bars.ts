// Two to six units or districts side by side on three rates (grouped bars,
// one series per compared entity): execution, adjustment and attainment. A
// missing figure draws no bar; the page says why beside the table.
import { formatRate, formatSignedRate } from '../../format/number-format.ts';
import { t } from '../../i18n/i18n.ts';
import { categoryStyle, INK } from '../theme.ts';
import { baseOption, isNum, itemTooltip, joinList, referenceLine, type EChartsOption } from './common.ts';

export interface CompareBarEntity {
	label: string;
	/** The fiscal year the figures are of (each entity's own with "latest year"). */
	fiscal_year: number | null;
	execution_rate: number | null;
	adjustment_rate: number | null;
	attainment_rate: number | null;
}

const METRICS = ['execution_rate', 'adjustment_rate', 'attainment_rate'] as const;

export function compareBarsOption(entities: readonly CompareBarEntity[]): EChartsOption {
	const names = [t('charts.label.executionRate'), t('charts.label.adjustmentRate'), t('charts.label.attainmentRate')];
	const values = entities.flatMap((e) => METRICS.map((m) => e[m])).filter(isNum);
	const max = Math.ceil((Math.max(1, ...values) + 0.05) * 10) / 10;
	const min = Math.min(0, Math.floor(Math.min(0, ...values) * 10) / 10);
	const format = (m: (typeof METRICS)[number], v: number | null, decimals = 2) =>
		m === 'adjustment_rate' ? formatSignedRate(v, decimals) : formatRate(v, decimals);
	const description = t('charts.compare.barsDescription', {
		entities: joinList(
			entities.map((e) =>
				t('charts.compare.barsEntity', {
					name: e.label,
					execution: formatRate(e.execution_rate),
					adjustment: formatSignedRate(e.adjustment_rate),
					attainment: formatRate(e.attainment_rate)
				})
			),
			'semicolon'
		)
	});
	return {
		...baseOption(description),
		legend: { top: 0, left: 0, type: 'scroll' },
		grid: { top: 48, left: 8, right: 16, bottom: 8, containLabel: true },
		tooltip: itemTooltip((p) => {
			const e = entities[p.seriesIndex ?? -1];
			const m = METRICS[p.dataIndex];
			if (!e || !m) return null;
			return { title: e.fiscal_year ? `${e.label} · ${e.fiscal_year}` : e.label, lines: [[names[p.dataIndex], format(m, e[m])]] };
		}),
		xAxis: { type: 'category', data: names, axisTick: { alignWithLabel: true } },
		yAxis: { type: 'value', min, max, axisLabel: { formatter: (v: number) => formatRate(v, 0) } },
		series: entities.map((e, i) => ({
			type: 'bar' as const,
			name: e.label,
			barMaxWidth: 28,
			itemStyle: categoryStyle(i),
			label: {
				show: true,
				position: 'top' as const,
				color: INK.text,
				fontSize: 11,
				formatter: (p: { value: unknown; dataIndex: number }) => (isNum(p.value) ? format(METRICS[p.dataIndex], p.value, 1) : '')
			},
			// on a phone the labels of neighbouring bars would print over each other: the tooltip and the table keep the figure
			labelLayout: { hideOverlap: true },
			data: METRICS.map((m) => e[m]),
			...(i === 0 ? { markLine: { silent: true, symbol: 'none', data: [referenceLine('yAxis', 1, '100%', false)] } } : {})
		}))
	};
}
