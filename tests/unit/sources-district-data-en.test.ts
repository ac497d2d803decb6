// The district, sources, source document and downloads pages in English:
// every label and sentence in English, data values (names, document text) as
// printed, page links under /en/ and static files where they are. Rendered
// from the build-time dataset through the pages' own loads.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/lib/i18n/i18n.ts';
import * as districtServer from '../../src/routes/[[lang=lang]]/districts/[district_code]/+page.server.ts';
import DistrictPage from '../../src/routes/[[lang=lang]]/districts/[district_code]/+page.svelte';
import * as sourcesServer from '../../src/routes/[[lang=lang]]/sources/+page.server.ts';
import SourcesPage from '../../src/routes/[[lang=lang]]/sources/+page.svelte';
import * as docServer from '../../src/routes/[[lang=lang]]/sources/[doc_id]/+page.server.ts';
import DocPage from '../../src/routes/[[lang=lang]]/sources/[doc_id]/+page.svelte';
import * as dataServer from '../../src/routes/[[lang=lang]]/data/+page.server.ts';
import DataPage from '../../src/routes/[[lang=lang]]/data/+page.svelte';

afterEach(() => setLang('zh'));

/** Renders a page as SvelteKit would at `pathname` (PageMeta reads the request's URL). */
async function renderPage(
	component: Component<{ data: never; params: never }>,
	load: (event: never) => Promise<unknown>,
	params: Record<string, string>,
	pathname: string
) {
	const data = await load({ params } as never);
	const context = new Map([['__request__', { page: { url: new URL(`http://localhost${pathname}`), params, data } }]]);
	const { head, body } = render(component, { props: { data, params } as never, context });
	return { head, body, text: body.replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
}

/** Chinese characters in the page outside data values (which the caller removes first). */
const han = (s: string) => s.match(/[\u4e00-\u9fff]+/g) ?? [];

describe('English pages', () => {
	it('a district: its units side by side, English headers and notes, unit links under /en/', async () => {
		setLang('en');
		const { head, body, text } = await renderPage(DistrictPage, districtServer.load, { district_code: '440112', lang: 'en' }, '/en/districts/440112/');
		expect(text).toContain('Budget (CNY 10k)');
		expect(text).toContain('Indicators (met / not met / target only)');
		expect(text).toContain('Execution rate = actual spending ÷ full-year budget');
		expect(body).toContain('href="/en/units/hp-yonghe/"');
		expect(body).toContain('href="/en/"'); // breadcrumb
		expect(head).toMatch(/<meta name="description" content="黄埔区: 2021, 1 unit combined: execution rate 96\.68%/);
		expect(head).toContain('hreflang="zh-CN" href="/districts/440112/"');
		expect(han(text.replaceAll('黄埔区', '').replaceAll('永和街道', ''))).toEqual([]);
	});

	it('the sources index: English headers, kinds and key, data values as printed', async () => {
		setLang('en');
		const { body, text } = await renderPage(SourcesPage, sourcesServer.load, { lang: 'en' }, '/en/sources/');
		expect(text).toContain('Every figure on this site comes from the public documents below.');
		expect(text).toContain('self-evaluation form (whole-department spending)');
		expect(text).toContain('2022 (assumed)'); // 金花 2022: year assumed
		expect(body).toContain('href="/en/sources/hp-yonghe-2021-selfeval/"');
		expect(body).toContain('href="/en/units/hp-yonghe/"');
	});

	it('a source document: line anchors unchanged, line classes and flags in English', async () => {
		setLang('en');
		const { body, text } = await renderPage(DocPage, docServer.load, { doc_id: 'hp-yonghe-2021-selfeval', lang: 'en' }, '/en/sources/hp-yonghe-2021-selfeval/');
		expect(body).toContain('id="L8"');
		expect(body).toContain('href="#L8" aria-label="line 8"');
		expect(text).toContain('32 non-blank lines: 23 data, 9 prose, 0 unparsed; quality flags: 1');
		expect(text).toMatch(/23 data 文体中心升级改造完成率/); // line 23: class in English, text as printed
		expect(text).toContain('note · unit_assumed: ');
		expect(body).toContain('title="Unit assumed as a ratio"');
		expect(body).toContain('href="/en/sources/"');
	});

	it('the downloads page: English text, files still under /data/, the methodology link under /en/', async () => {
		setLang('en');
		const { body, text } = await renderPage(DataPage, dataServer.load, { lang: 'en' }, '/en/data/');
		expect(text).toContain('Dataset version');
		expect(text).toMatch(/built \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(Beijing time\)/);
		expect(body).toMatch(/href="\/data\/indicators\.parquet"/); // a static file, not a page: no /en/
		expect(body).toContain('href="/en/methodology/"');
		expect(body).toContain('<code>metrics.sql</code>');
		expect(text).toContain('# needs pyarrow');
		expect(text).toMatch(/\d+ columns/);
		// Chinese only where the data have it: the money unit as the files print it (万元), and the
		// values of units.kind the dictionary's English description quotes.
		expect(new Set(han(text))).toEqual(new Set(['万元', '街道', '镇', '下属单位']));
	});

	it('the Chinese pages keep their text', async () => {
		const { text } = await renderPage(DataPage, dataServer.load, {}, '/data/');
		expect(text).toContain('下载数据字典（Markdown）');
		expect(text).toContain('也可以打开 csv/budgets.csv （UTF-8 带 BOM）');
		const doc = await renderPage(DocPage, docServer.load, { doc_id: 'hp-yonghe-2021-selfeval' }, '/sources/hp-yonghe-2021-selfeval/');
		expect(doc.text).toContain('提示·unit_assumed：');
		expect(doc.body).toContain('aria-label="第 8 行"');
	});
});
