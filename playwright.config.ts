import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Playwright cannot download its own browser on this machine: use Debian's
// Chromium when Playwright's is absent.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const launchOptions = existsSync(DEBIAN_CHROMIUM)
	? {
			executablePath: DEBIAN_CHROMIUM,
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
		}
	: {};

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	retries: 0,
	workers: 1,
	reporter: [['list']],
	use: { baseURL: 'http://127.0.0.1:4173', launchOptions, locale: 'zh-CN' },
	webServer: {
		// The built site, served as static files (npm run build runs before the tests).
		command: 'node tests/e2e/serve-static.mjs build 4173',
		url: 'http://127.0.0.1:4173/',
		reuseExistingServer: false,
		timeout: 30_000
	}
});
