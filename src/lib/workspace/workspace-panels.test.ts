// The schema browser and the editor's frame in both languages (SSR: the
// CodeMirror view itself is created in the browser only).
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import type { Catalog } from './catalog.ts';
import SchemaBrowser from './SchemaBrowser.svelte';
import SqlEditor from './SqlEditor.svelte';

const catalog: Catalog = {
	objects: [
		{ name: 'indicators', kind: 'table', temporary: false, rows: 1234, description: 'Performance indicators', columns: [{ name: 'attainment', type: 'DOUBLE' }] },
		{ name: 'unit_year', kind: 'view', temporary: false, rows: 7, columns: [] }
	],
	macros: []
};
const noop = () => {};

describe('SchemaBrowser.svelte and SqlEditor.svelte (SSR)', () => {
	afterEach(() => setLang('zh'));

	it('Chinese pages keep their Chinese labels', () => {
		const { body } = render(SchemaBrowser, { props: { catalog, oninsert: noop, onpreview: noop } });
		expect(body).toContain('aria-label="展开 indicators 的字段"');
		expect(body).toContain('aria-label="预览 indicators 的前 100 行"');
		expect(body).toContain('1,234 行');
		expect(body).toContain('临时表与视图（仅本标签页）');
		expect(render(SqlEditor, { props: {} }).body).toContain('Ctrl+Enter（Mac 上 Cmd+Enter）');
	});

	it('English pages get English labels', () => {
		setLang('en');
		const { body } = render(SchemaBrowser, { props: { catalog, oninsert: noop, onpreview: noop } });
		expect(body).toContain('placeholder="Filter tables or columns"');
		expect(body).toContain('>Tables</h3>');
		expect(body).toContain('>Views (metrics and roll-ups)</h3>');
		expect(body).toContain('aria-label="Show the columns of indicators"');
		expect(body).toContain('title="Insert indicators"');
		expect(body).toContain('aria-label="Preview the first 100 rows of indicators"');
		expect(body).toContain('1,234 rows');
		expect(body).toContain('7 rows');
		expect(body).toContain('CREATE TEMP TABLE name AS SELECT');
		expect(body).not.toMatch(/[\u4e00-\u9fff]/);
		expect(render(SchemaBrowser, { props: { catalog: null, oninsert: noop, onpreview: noop } }).body).toContain('Loading tables…');
		const editor = render(SqlEditor, { props: {} }).body;
		expect(editor).toContain('Ctrl+Enter (Cmd+Enter on a Mac) runs the statement at the cursor');
		expect(editor).not.toMatch(/[\u4e00-\u9fff]/);
	});
});
