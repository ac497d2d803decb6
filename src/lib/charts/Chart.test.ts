import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import Chart from './Chart.svelte';
import { rankingRows, XSS } from './fixtures.ts';
import { executionRankingOption } from './options/execution-ranking.ts';
import { readShareHash } from '../workspace/share-link.ts';
import { setLang } from '../i18n/i18n.ts';

describe('Chart.svelte (SSR)', () => {
	it('prerenders the chart as an SVG inside the figure, labelled', () => {
		const option = executionRankingOption(rankingRows);
		const { body } = render(Chart, { props: { name: 'execution-ranking', option, height: 300, ariaLabel: '各单位预算执行率排名' } });
		expect(body).toContain('data-chart="execution-ranking"');
		expect(body).toMatch(/<div class="static[^"]*"><!--[^>]*--><svg [^>]*viewBox="0 0 720 300"/);
		expect(body).toContain('role="img"');
		expect(body).toContain('aria-label="各单位预算执行率排名"');
		expect(body).toContain('height: 300px');
		expect(body).toContain('>永和街道</text>');
		// the option's Chinese description is in the page, tied to the chart
		const id = /aria-describedby="([^"]+)"/.exec(body)?.[1];
		expect(id).toBeTruthy();
		expect(body).toContain(`id="${id}">预算执行率排名横向条形图`);
	});

	it('escapes a hostile unit name everywhere', () => {
		const rows = [{ ...rankingRows[0], short_name: XSS, district_name: '"><script>alert(1)</script>' }];
		const { body } = render(Chart, {
			props: { name: 'x', option: executionRankingOption(rows), ariaLabel: `排名 ${XSS}` }
		});
		expect(body).toContain('<svg');
		expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(body).not.toContain('<img');
		expect(body).not.toContain('<script');
	});

	it('renders the optional data table in <details>', async () => {
		const { createRawSnippet } = await import('svelte');
		const table = createRawSnippet(() => ({ render: () => '<table><tr><td>永和街道</td></tr></table>' }));
		const { body } = render(Chart, {
			props: { name: 't', option: executionRankingOption(rankingRows), ariaLabel: 'x', table }
		});
		expect(body).toContain('<summary>查看数据表</summary>');
		expect(body).toContain('<td>永和街道</td>');
	});

	it('links to a table elsewhere on the page as the chart’s table alternative', () => {
		const { body } = render(Chart, { props: { name: 't', option: executionRankingOption(rankingRows), ariaLabel: 'x', tableId: 'table-ranking' } });
		expect(body).toMatch(/<a href="#table-ranking" data-table-link="table-ranking"[^>]*>查看数据表<\/a>/);
		expect(body).not.toContain('<details');
		// the prerendered picture is the light one; the live chart's theme is set in the browser
		expect(body).not.toContain('data-chart-theme');
	});

	it('links to the SQL workspace with the chart’s query in the hash, prerendered', () => {
		const sql = "SELECT * FROM unit_year WHERE name LIKE '%满意%' AND x = '<b>'";
		const { body } = render(Chart, { props: { name: 'r', option: executionRankingOption(rankingRows), ariaLabel: 'x', sql } });
		const href = /<a href="([^"]+)" rel="external" data-sql-link[^>]*>在 SQL 工作台中打开此图的查询<\/a>/.exec(body)?.[1];
		expect(href).toMatch(/\/sql\/#q=[A-Za-z0-9_-]+$/);
		expect(readShareHash(href!.slice(href!.indexOf('#')))).toEqual({ sql, run: false });
		// no link without SQL
		expect(render(Chart, { props: { name: 'r', option: executionRankingOption(rankingRows), ariaLabel: 'x' } }).body).not.toContain('data-sql-link');
	});
});

describe('Chart.svelte in English', () => {
	afterEach(() => setLang('zh'));

	it('prerenders English labels, the table link, and a link to the English SQL workspace', () => {
		setLang('en');
		const option = executionRankingOption(rankingRows);
		const { body } = render(Chart, { props: { name: 'r', option, ariaLabel: 'Units ranked by budget execution rate', tableId: 'table-ranking', sql: 'SELECT 1' } });
		expect(body).toMatch(/<a href="#table-ranking" data-table-link="table-ranking"[^>]*>View as table<\/a>/);
		const href = /<a href="([^"]+)" rel="external" data-sql-link[^>]*>Open this chart’s query in the SQL workspace<\/a>/.exec(body)?.[1];
		expect(href).toMatch(/\/en\/sql\/#q=[A-Za-z0-9_-]+$/);
		const id = /aria-describedby="([^"]+)"/.exec(body)?.[1];
		expect(body).toContain(`id="${id}">Horizontal bar chart ranking 4 units`);
		// data names stay as printed
		expect(body).toContain('>永和街道</text>');
	});
});
