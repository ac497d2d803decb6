import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import ExportMenu from './ExportMenu.svelte';

describe('ExportMenu.svelte (SSR)', () => {
	it('offers CSV and Parquet export buttons', () => {
		const { body } = render(ExportMenu, { props: { result: { columns: [{ name: 'a', type: 'INTEGER' }], rows: [[1]] } } });
		expect(body).toMatch(/<button[^>]*data-testid="export-csv"[^>]*>\s*导出 CSV\s*<\/button>/);
		expect(body).toMatch(/<button[^>]*data-testid="export-parquet"[^>]*>\s*导出 Parquet\s*<\/button>/);
		expect(body).not.toMatch(/data-testid="export-csv"[^>]*disabled/);
	});

	it('disables export of a result without columns', () => {
		const { body } = render(ExportMenu, { props: { result: { columns: [], rows: [] } } });
		expect(body).toMatch(/<button[^>]*data-testid="export-csv"[^>]*disabled/);
		expect(body).toMatch(/<button[^>]*data-testid="export-parquet"[^>]*disabled/);
	});
});

describe('ExportMenu.svelte (SSR) on English pages', () => {
	afterEach(() => setLang('zh'));

	it('offers the exports in English', () => {
		setLang('en');
		const { body } = render(ExportMenu, { props: { result: { columns: [{ name: 'a', type: 'INTEGER' }], rows: [[1]] } } });
		expect(body).toContain('aria-label="Export the query result"');
		expect(body).toMatch(/<button[^>]*data-testid="export-csv"[^>]*>\s*Export CSV\s*<\/button>/);
		expect(body).toMatch(/<button[^>]*data-testid="export-parquet"[^>]*>\s*Export Parquet\s*<\/button>/);
	});
});
