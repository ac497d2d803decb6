// The SQL workspace's share of `npm run bench` (called from run.ts):
//  - cold loads of /sql/: navigation start → editor usable (CodeMirror's
//    contenteditable in the DOM), and → every table loaded (the schema browser
//    lists `indicators` with its row count);
//  - the curated example queries (src/sql/examples/*.sql) in DuckDB-WASM on a
//    dataset (median of N runs after a warm-up, every table loaded);
//  - scrolling the result grid over 100,000 rows: frame times while the grid is
//    scrolled by a fixed step every animation frame.
import { RESULT_ROW_LIMIT } from '../../src/lib/workspace/result-limit.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { shareHash } from '../../src/lib/workspace/share-link.ts';

const EXAMPLES_DIR = join(import.meta.dirname, '../../src/sql/examples');

// Recorded from the first byte of the page: when the editor and the schema list appear.
const MARKS = String.raw`(() => {
	if (window.top !== window || window.__sqlBench) return;
	const b = { editor: null, tables: null };
	Object.defineProperty(window, '__sqlBench', { value: b });
	const check = () => {
		const now = performance.now();
		if (b.editor === null && document.querySelector('.cm-content[contenteditable="true"]')) b.editor = now;
		if (b.tables === null && /\d/.test(document.querySelector('[data-testid="schema-browser"] [data-object="indicators"]')?.textContent ?? '')) b.tables = now;
		if (b.editor !== null && b.tables !== null) mo.disconnect();
	};
	const mo = new MutationObserver(check);
	mo.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

export interface SqlColdLoad {
	editorUsableMs: number;
	tablesReadyMs: number;
}

export async function sqlColdLoads(browser: Browser, siteUrl: string, runs: number, timeout = 60_000): Promise<SqlColdLoad[]> {
	const out: SqlColdLoad[] = [];
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true }); // string probes are eval under the site's CSP
		try {
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			await page.addInitScript(MARKS);
			await page.goto(new URL('sql/', siteUrl).href);
			await page.waitForFunction('window.__sqlBench && window.__sqlBench.editor !== null && window.__sqlBench.tables !== null', null, { timeout, polling: 50 });
			const m = (await page.evaluate('window.__sqlBench')) as { editor: number; tables: number };
			out.push({ editorUsableMs: m.editor, tablesReadyMs: m.tables });
		} finally {
			await context.close().catch(() => undefined);
		}
	}
	return out;
}

export interface ExampleTiming {
	name: string;
	rows: number;
	samples: number[];
}

/** Runs every example in DuckDB-WASM on `page` (the site's own origin), through the app's own browser query module. */
export async function exampleQueries(page: Page, siteUrl: string, browserChunkUrl: string, runs: number): Promise<ExampleTiming[]> {
	const files = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.sql')).sort();
	const out: ExampleTiming[] = [];
	const manifestUrl = new URL('data/manifest.json', siteUrl).href;
	const tables = (await page.evaluate(`fetch(${JSON.stringify(manifestUrl)}).then((r) => r.json()).then((m) => m.tables.map((t) => t.name))`)) as string[];
	for (const f of files) {
		const sql = readFileSync(join(EXAMPLES_DIR, f), 'utf8');
		const r = (await page.evaluate(
			`(async () => {
				const m = await import(${JSON.stringify(browserChunkUrl)});
				const db = await m.browserDataset(${JSON.stringify(tables)});
				const sql = ${JSON.stringify(sql)};
				await db.query(sql); // warm-up
				const samples = [];
				let rows = 0;
				for (let i = 0; i < ${runs}; i++) {
					const t0 = performance.now();
					rows = (await db.query(sql)).length;
					samples.push(performance.now() - t0);
				}
				return { samples, rows };
			})()`
		)) as { samples: number[]; rows: number };
		out.push({ name: basename(f, '.sql'), ...r });
	}
	return out;
}

export interface GridScroll {
	rows: number;
	frames: number;
	frameMs: number[];
	/** Result rows the grid had in the DOM at the end (virtualization check). */
	domRows: number;
}

/**
 * Opens /sql/ with a query of as many rows as the workspace takes
 * (RESULT_ROW_LIMIT: the engine stops producing rows past it) in a run=1 share link, then scrolls the
 * grid `stepPx` per animation frame for `durationMs` and records every frame's
 * duration. Smooth = frames near 16.7 ms; a frame over 50 ms is visible jank.
 */
export async function gridScroll(browser: Browser, siteUrl: string, { rows = RESULT_ROW_LIMIT, stepPx = 240, durationMs = 3000, timeout = 90_000 } = {}): Promise<GridScroll> {
	const sql = `SELECT i AS id, 'unit-' || (i % 2000) AS unit, i % 10 + 2015 AS fiscal_year, round(random() * 10000, 2) AS amount, (i % 7) / 7.0 AS rate, md5(i::VARCHAR) AS note FROM range(${rows}) t(i)`;
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
	try {
		const page = await context.newPage();
		await page.goto(new URL(`sql/${shareHash(sql, { run: true })}`, siteUrl).href);
		await page.waitForFunction(`/${rows.toLocaleString('en-US')}|${rows}/.test(document.querySelector('[data-testid="result-summary"]')?.textContent ?? '')`, null, { timeout, polling: 100 });
		await page.waitForTimeout(300);
		return (await page.evaluate(
			`new Promise((resolve) => {
				const el = document.querySelector('[data-testid="result-grid"] .scroller');
				const frameMs = [];
				let last = performance.now();
				const end = last + ${durationMs};
				const tick = (now) => {
					frameMs.push(now - last);
					last = now;
					el.scrollTop += ${stepPx};
					if (now < end) requestAnimationFrame(tick);
					else resolve({ rows: ${rows}, frames: frameMs.length, frameMs, domRows: el.querySelectorAll('[data-row][data-col="0"]').length });
				};
				requestAnimationFrame((t) => { last = t; requestAnimationFrame(tick); });
			})`
		)) as GridScroll;
	} finally {
		await context.close().catch(() => undefined);
	}
}
