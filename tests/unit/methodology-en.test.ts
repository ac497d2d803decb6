// /methodology in English: the translation has the Chinese page's sections,
// anchors and worked examples, with the same numbers (both come from the
// build-time dataset through the same SQL), and no Chinese UI strings.
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import MethodologyEn from '../../src/lib/content/methodology/MethodologyEn.svelte';
import MethodologyZh from '../../src/lib/content/methodology/MethodologyZh.svelte';
import { loadMethodology, type MethodologyData } from '../../src/lib/data/methodology.ts';
import { setLang } from '../../src/lib/i18n/i18n.ts';
import { buildTimeDataset } from '../../src/lib/query/node.ts';
import MethodologyPage from '../../src/routes/[[lang=lang]]/methodology/+page.svelte';

let m: MethodologyData;
beforeAll(async () => {
	m = await loadMethodology(await buildTimeDataset());
});
afterEach(() => setLang('zh'));

const toc = createRawSnippet(() => ({ render: () => '<nav class="toc"></nav>' }));
const strip = (html: string) => html.replace(/<!--[^]*?-->/g, '');
/** Every value of an attribute, in document order. */
const attrs = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((x) => x[1]);
/** The text of the element carrying data-field="name". */
const field = (html: string, name: string) => new RegExp(`data-field="${name}"[^>]*>([^<]*)<`).exec(strip(html))?.[1];
const h2s = (html: string) => [...strip(html).matchAll(/<h2[^>]*>([^]*?)<\/h2>/g)].map((x) => x[1].replace(/<[^>]+>/g, ''));

function renderBoth() {
	setLang('zh');
	const zh = render(MethodologyZh, { props: { m, toc } }).body;
	setLang('en');
	const en = render(MethodologyEn, { props: { m, toc } }).body;
	return { zh, en };
}

describe('MethodologyEn', () => {
	it('has the English section headings, with the anchors of the Chinese page', () => {
		const { zh, en } = renderBoth();
		expect(h2s(en)).toEqual([
			'1. Budget execution rate (预算执行率)',
			'2. Budget adjustment rate (预算调整率)',
			'3. Checking printed ratios (rate_mismatch)',
			'4. Reading printed values (原文数值的读法)',
			'5. Attainment of performance indicators (绩效指标的达成)',
			'6. What stands out (outliers, 异常值)',
			'7. Years and scores (年度与得分)'
		]);
		for (const a of ['id', 'data-example', 'data-table', 'data-field', 'aria-labelledby']) expect(attrs(en, a), a).toEqual(attrs(zh, a));
		expect(strip(en)).toContain('Several units together: sum the money, do not average the rates');
		expect(strip(en)).toContain('<caption>Indicator status</caption>');
	});

	it('shows the worked examples with the same numbers as the Chinese page', () => {
		const { zh, en } = renderBoth();
		for (const f of ['execution-rate', 'adjustment-rate', 'summed-rate', 'mismatch-computed', 'mismatch-printed', 'attainment-rate'])
			expect(field(en, f), f).toBe(field(zh, f));
		expect(field(en, 'execution-rate')).toBe('96.68%');
		expect(field(en, 'mismatch-printed')).toBe('98.10%');
		expect(field(en, 'attainment-rate')).toBe('81.25%');
		// document figures quoted with their unit in English, bare in Chinese
		expect(field(zh, 'money')).toBe('3,986.34 万元');
		expect(field(en, 'money')).toBe('3,986.34 ×\u00a0CNY\u00a010k');
		const body = strip(en);
		expect(body).toContain('Actual spending 18,570.21 ×\u00a0CNY\u00a010k ÷ full-year budget 19,206.99 ×\u00a0CNY\u00a010k =');
		expect(body).toMatch(/which at the document’s\s+2 decimal places is/);
		expect(body).toMatch(/which at the document’s\s+1 decimal place is/);
		expect(body).toContain('Indicator attainment rate = 13 ÷ (13 + 3) =');
		expect(body).not.toContain('实例');
	});

	it('translates table headers and labels, links to English pages, keeps data values as printed', () => {
		const { en } = renderBoth();
		const body = strip(en);
		for (const s of ['Budget (CNY 10k)', 'Target as printed', 'Unit of measure', 'Counted in the attainment rate?', 'higher is better', 'lower is better'])
			expect(body).toContain(s);
		expect(body).toContain('href="/en/units/hp-yonghe/"');
		expect(body).toContain('href="/en/quality/"');
		expect(body).toContain('<th scope="row">长者饭堂就餐人次</th>'); // indicator names are data
		expect(body).not.toMatch(/<th scope="col">[^<]*[\u4e00-\u9fff]/); // no Chinese column header
		expect(body).not.toContain('无法读取');
	});
});

describe('/methodology route', () => {
	it('renders the Chinese content on Chinese pages and the English one on English pages', () => {
		setLang('zh');
		const zh = render(MethodologyPage, { props: { data: { m }, params: {} } as never });
		expect(strip(zh.body)).toContain('<h1>方法说明</h1>');
		expect(strip(zh.body)).toContain('实例：永和街道 2021 年');
		expect(strip(zh.body)).toContain('<li><a href="#rate-check">原文比率的核对</a></li>');
		expect(zh.head).toContain('<title>方法说明');
		setLang('en');
		const en = render(MethodologyPage, { props: { data: { m }, params: {} } as never });
		expect(strip(en.body)).toContain('<h1>Methodology</h1>');
		expect(strip(en.body)).toContain('<nav class="toc" aria-label="On this page">');
		expect(strip(en.body)).toContain('<li><a href="#rate-check">Checking printed ratios</a></li>');
		expect(strip(en.body)).toContain('Example: 永和街道, 2021');
		expect(en.head).toContain('content="How the budget execution rate');
	});
});
