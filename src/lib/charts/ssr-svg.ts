// The SSR renderer, present on the server only. Chart.svelte needs it
// synchronously while prerendering, but a static import would put ECharts in
// every page's critical client JavaScript. `import.meta.env.SSR` is a build-time
// constant: the client build drops this branch (and with it the import), the
// server build awaits it once at module load (top-level await, ESM).
import type { renderChartSVG as Render } from './render-svg.ts';

export const renderSSR: typeof Render | null = import.meta.env.SSR
	? (await import('./render-svg.ts')).renderChartSVG
	: null;
