// Quality flag messages, unit names and document titles are data: on /quality
// and in the sharing tags they must come out as text, never as markup.
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import PageMeta from '../../src/lib/components/PageMeta.svelte';
import QualityPage from '../../src/routes/[[lang=lang]]/quality/+page.svelte';
import { countBySeverity, groupFlags, type QualityFlagRow } from '../../src/lib/data/quality.ts';
import { setLang } from '../../src/lib/i18n/i18n.ts';

const XSS = '"><img src=x onerror=alert(1)>';

/** A flag whose every data field is markup. */
function hostileQuality() {
	const row: QualityFlagRow = {
		flag_id: 'f1', doc_id: XSS, source_file: 'sources/x.txt', source_line: 3, severity: 'warning', code: XSS, message: XSS, table_name: null,
		fiscal_year: 2022, doc_kind: 'self_evaluation_form', doc_title: XSS, year_assumed: false, unit_id: 'u1', short_name: XSS, unit_name: XSS,
		district_code: '440106', district_name: XSS
	};
	const counts = [{ severity: 'warning' as const, code: XSS, flags: 1, documents: 1 }];
	return { total: 1, documents: 1, documents_flagged: 1, bySeverity: countBySeverity(counts), counts, groups: groupFlags([row]) };
}

describe('publication pages escape data', () => {
	afterEach(() => setLang('zh'));

	it('PageMeta writes data into attributes escaped', () => {
		const { head } = render(PageMeta, { props: { title: XSS, description: `执行率 98.08% ${XSS}` } });
		expect(head).not.toMatch(/<img/i);
		expect(head).toContain('content="执行率 98.08% &quot;>&lt;img');
		expect(head).toContain('property="og:locale" content="zh_CN"');
	});

	it('/quality shows hostile messages, names, titles and codes as text', () => {
		const quality = hostileQuality();
		const { body, head } = render(QualityPage, { props: { data: { quality } as never, params: {} } as never });
		for (const html of [body, head]) {
			expect(html).not.toMatch(/<img/i);
			expect(html).not.toMatch(/<script/i);
		}
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
		expect(body).toContain('该代码暂无说明'); // an unknown code still gets its fallback explanation
	});

	it('the English /quality page shows the same data as text, with English labels', () => {
		setLang('en');
		const { body, head } = render(QualityPage, { props: { data: { quality: hostileQuality() } as never, params: {} } as never });
		for (const html of [body, head]) expect(html).not.toMatch(/<img/i);
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
		expect(body).toContain('This code has no explanation yet.');
		expect(body).toContain('<h1>Data quality flags</h1>');
		expect(body).toContain('1 flag');
		expect(body).toContain('warning');
		expect(body).not.toMatch(/[\u4e00-\u9fff]/); // no Chinese left: every label and sentence of the page is English
		expect(head).toContain('Data quality flags: 1 (error: 0, warning: 1, note: 0)');
	});
});

describe('PageMeta', () => {
	afterEach(() => setLang('zh'));

	/** The request context SvelteKit gives a page while rendering it. */
	const request = (pathname: string) => new Map([['__request__', { page: { url: new URL(`http://localhost${pathname}`) } }]]);

	it('links both language versions of the page (hreflang), in Chinese and in English', () => {
		const zh = render(PageMeta, { props: { title: '永和街道', description: 'd' }, context: request('/units/hp-yonghe/') }).head;
		expect(zh).toContain('<link rel="alternate" hreflang="zh-CN" href="/units/hp-yonghe/"/>');
		expect(zh).toContain('<link rel="alternate" hreflang="en" href="/en/units/hp-yonghe/"/>');
		expect(zh).toContain('<title>永和街道 · 广州市街道预算绩效</title>');
		setLang('en');
		const en = render(PageMeta, { props: { title: '永和街道', description: 'd' }, context: request('/en/units/hp-yonghe/') }).head;
		expect(en).toContain('<link rel="alternate" hreflang="zh-CN" href="/units/hp-yonghe/"/>');
		expect(en).toContain('<link rel="alternate" hreflang="en" href="/en/units/hp-yonghe/"/>');
		expect(en).toContain('<title>永和街道 · Guangzhou Street Office Budget Performance</title>');
		expect(en).toContain('property="og:locale" content="en_GB"');
		expect(en).toContain('property="og:site_name" content="Guangzhou Street Office Budget Performance"');
		const home = render(PageMeta, { props: { title: 'Overview', description: 'd' }, context: request('/en/') }).head;
		expect(home).toContain('hreflang="zh-CN" href="/"');
		expect(home).toContain('hreflang="en" href="/en/"');
	});

	it('without a request (a component rendered on its own) it leaves the alternates out', () => {
		expect(render(PageMeta, { props: { title: 't', description: 'd' } }).head).not.toContain('hreflang');
	});
});
