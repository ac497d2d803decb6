// Quality flag messages, unit names and document titles are data: on /quality
// and in the sharing tags they must come out as text, never as markup.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PageMeta from '../../src/lib/components/PageMeta.svelte';
import QualityPage from '../../src/routes/[[lang=lang]]/quality/+page.svelte';
import { countBySeverity, groupFlags, type QualityFlagRow } from '../../src/lib/data/quality.ts';

const XSS = '"><img src=x onerror=alert(1)>';

describe('publication pages escape data', () => {
	it('PageMeta writes data into attributes escaped', () => {
		const { head } = render(PageMeta, { props: { title: XSS, description: `执行率 98.08% ${XSS}` } });
		expect(head).not.toMatch(/<img/i);
		expect(head).toContain('content="执行率 98.08% &quot;>&lt;img');
		expect(head).toContain('property="og:locale" content="zh_CN"');
	});

	it('/quality shows hostile messages, names, titles and codes as text', () => {
		const row: QualityFlagRow = {
			flag_id: 'f1', doc_id: XSS, source_file: 'sources/x.txt', source_line: 3, severity: 'warning', code: XSS, message: XSS, table_name: null,
			fiscal_year: 2022, doc_kind: 'self_evaluation_form', doc_title: XSS, year_assumed: false, unit_id: 'u1', short_name: XSS, unit_name: XSS,
			district_code: '440106', district_name: XSS
		};
		const counts = [{ severity: 'warning' as const, code: XSS, flags: 1, documents: 1 }];
		const quality = { total: 1, documents: 1, documents_flagged: 1, bySeverity: countBySeverity(counts), counts, groups: groupFlags([row]) };
		const { body, head } = render(QualityPage, { props: { data: { quality } as never, params: {} } as never });
		for (const html of [body, head]) {
			expect(html).not.toMatch(/<img/i);
			expect(html).not.toMatch(/<script/i);
		}
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
		expect(body).toContain('该代码暂无说明'); // an unknown code still gets its fallback explanation
	});
});
