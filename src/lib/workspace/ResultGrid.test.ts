import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import type { TabularResult } from '../engine/query.ts';
import ResultGrid from './ResultGrid.svelte';

const XSS = '<img src=x onerror=alert(1)>';
const result = (n: number): TabularResult => ({
	columns: [
		{ name: 'district', type: 'VARCHAR' },
		{ name: 'budget', type: 'DECIMAL(18,2)' },
		{ name: XSS, type: 'INTEGER' }
	],
	rows: Array.from({ length: n }, (_, i) => [`区${i}`, i * 1.5, i])
});

// The rows themselves need a browser (virtua measures the scroll box); the
// server render checks the frame: header, sort state, footer, escaping.
describe('ResultGrid.svelte (SSR)', () => {
	it('renders a focusable grid with a sortable header per column (name and type)', () => {
		const { body } = render(ResultGrid, { props: { result: result(3) } });
		expect(body).toContain('data-testid="result-grid"');
		expect(body).toMatch(/role="grid"[^>]*aria-label="查询结果"|aria-label="查询结果"[^>]*role="grid"/);
		expect(body).toContain('tabindex="0"');
		expect(body.match(/role="columnheader"/g)).toHaveLength(3);
		expect(body.match(/aria-sort="none"/g)).toHaveLength(3);
		expect(body).toContain('<span class="type svelte-');
		expect(body).toContain('DECIMAL(18,2)');
		expect(body).toContain('显示原始值');
		expect(body).toContain('aria-rowcount="4"');
	});

	it('says how many rows there are, and that export has them all when only the first are shown', () => {
		expect(render(ResultGrid, { props: { result: result(3) } }).body).toMatch(/>共 3 行<\/p>/);
		const { body } = render(ResultGrid, { props: { result: result(12_345), displayLimit: 10_000 } });
		expect(body).toContain('>共 12,345 行 · 显示前 10,000 行（导出包含全部行）</p>');
		expect(body).toContain('aria-rowcount="10001"');
	});

	it('escapes a hostile column name', () => {
		const { body } = render(ResultGrid, { props: { result: result(1) } });
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
		expect(body).not.toContain('<img');
	});

	it('explains a result without columns', () => {
		const { body } = render(ResultGrid, { props: { result: { columns: [], rows: [] } } });
		expect(body).toContain('没有返回结果列');
		expect(body).not.toContain('role="grid"');
	});
});

describe('ResultGrid.svelte (SSR) on English pages', () => {
	afterEach(() => setLang('zh'));

	it('labels the grid, its toolbar and its footer in English', () => {
		setLang('en');
		const { body } = render(ResultGrid, { props: { result: result(12_345), displayLimit: 10_000 } });
		expect(body).toContain('aria-label="Query result"');
		expect(body).toContain('Show raw values');
		expect(body).toContain('>Copy cell</button>');
		expect(body).toContain('title="budget (DECIMAL(18,2)): click to sort"');
		expect(body).toContain('>12,345 rows · showing the first 10,000 (exports include every row)</p>');
		expect(render(ResultGrid, { props: { result: result(1) } }).body).toMatch(/>1 row<\/p>/);
		expect(render(ResultGrid, { props: { result: { columns: [], rows: [] } } }).body).toContain('The query ran and returned no columns.');
	});
});
