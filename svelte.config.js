import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH lets the static site live under a sub-path (e.g. /budget on an intranet host).
const base = process.env.BASE_PATH ?? '';
// Another output folder (and SvelteKit work folder) for a second build side by
// side, e.g. the sub-path build of the e2e tests.
const buildDir = process.env.BUILD_DIR ?? 'build';
const outDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, precompress: false, strict: true }),
		outDir,
		paths: { base, relative: true },
		alias: { $sql: 'src/sql', $pipeline: 'src/pipeline' },
		// Every page's CSS (a few kB) goes inside its HTML: seven render-blocking
		// stylesheet requests queued behind ~25 module preloads held the first
		// paint back (npm run bench, real data: all charts painted 300 ms).
		inlineStyleThreshold: 20_000,
		// '/en/': the English edition's root (the crawler finds the rest from its links).
		prerender: { entries: ['*', '/en/'], handleHttpError: 'fail', handleMissingId: 'fail' },
		// Shipped as a <meta> tag in every prerendered page (SvelteKit adds the
		// hashes of its inline bootstrap script). Nothing external: the engine's
		// wasm needs 'wasm-unsafe-eval' and arrives as a blob: URL (fetched in
		// parts, see src/lib/engine/wasm-parts.ts); workers come from 'self'.
		// Styles allow 'unsafe-inline' because ECharts and Svelte set style
		// attributes. frame-ancestors only works as an HTTP header (README: Publish).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self', 'blob:'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
