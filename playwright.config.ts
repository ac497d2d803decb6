import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { BASE_PATH, ORIGIN, PORT } from './tests/e2e/site.ts';

// Playwright cannot download its own browser on this machine: use Debian's
// Chromium when Playwright's is absent.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const launchOptions = existsSync(DEBIAN_CHROMIUM)
	? {
			executablePath: DEBIAN_CHROMIUM,
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	: {};

// E2E_BUILD_DIR / E2E_PORT / BASE_PATH: test another build (e.g. the sub-path
// build) with the same specs, side by side with the main one.
const buildDir = process.env.E2E_BUILD_DIR ?? 'build';

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	retries: 0,
	workers: 1,
	reporter: [['list']],
	// trailing slash: page.goto('units/x/') resolves under the base path
	use: { baseURL: `${ORIGIN}${BASE_PATH}/`, launchOptions, locale: 'zh-CN' },
	webServer: {
		// The built site, served as static files (npm run build runs before the tests).
		command: `node tests/e2e/serve-static.mjs ${buildDir} ${PORT} ${BASE_PATH}`,
		url: `${ORIGIN}${BASE_PATH}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});
