// Where the built site under test is served, and the checks every spec shares.
// E2E_PORT / BASE_PATH select another build (the sub-path build); specs use
// relative paths (page.goto('units/x/')) so they run under any base path.
import type { Page } from '@playwright/test';

export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const BASE_PATH = process.env.BASE_PATH ?? '';

/** Blocks (and records) every request that is not to the site's own origin. */
export async function sealOrigin(page: Page): Promise<string[]> {
	const foreign: string[] = [];
	await page.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.origin === ORIGIN || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
		foreign.push(url.href);
		return route.abort();
	});
	return foreign;
}

/** Content-Security-Policy violations the page reports (the policy ships as a <meta> tag). */
export function watchCsp(page: Page): string[] {
	const seen: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
	});
	return seen;
}
