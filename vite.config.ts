import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/pipeline/**/*.test.ts'],
		environment: 'node',
		// both languages' messages, loaded once (the site loads one per page)
		setupFiles: ['tests/unit/setup-i18n.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
