// Server-side (prerender) rendering of a chart option to an SVG string. Node
// only in practice (it works anywhere, but the browser draws live charts).
import type { EChartsOption } from 'echarts';
import { initChart } from './echarts-setup.ts';

export interface RenderSize {
	width: number;
	height: number;
}

/**
 * The option drawn by ECharts' SSR string renderer. The SVG carries a viewBox
 * (`useViewBox`) so CSS can scale it to its container. ECharts escapes all
 * text it writes (labels, axis names, legend) as SVG text content.
 */
export function renderChartSVG(option: EChartsOption, { width, height }: RenderSize): string {
	const chart = initChart(null, { ssr: true, width, height });
	try {
		chart.setOption(option);
		// Scaled into a box of another size, the picture keeps its aspect and sits
		// top left, where the live chart's axes will be: the smallest jump on hydration.
		return chart.renderToSVGString({ useViewBox: true }).replace(/^<svg /, '<svg preserveAspectRatio="xMinYMin meet" ');
	} finally {
		// An undisposed SSR instance keeps a timer alive: Node would not exit.
		chart.dispose();
	}
}
