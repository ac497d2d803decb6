// The downloads page tells spreadsheet users how to open the CSV as UTF-8 in
// Excel, WPS and LibreOffice, and why some text starts with an apostrophe.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../src/lib/i18n/i18n.ts';
import * as dataServer from '../../src/routes/[[lang=lang]]/data/+page.server.ts';
import DataPage from '../../src/routes/[[lang=lang]]/data/+page.svelte';

afterEach(() => setLang('zh'));

async function pageText(pathname: string) {
	const data = await dataServer.load();
	const context = new Map([['__request__', { page: { url: new URL(`http://localhost${pathname}`), params: {}, data } }]]);
	const { body } = render(DataPage as Component<{ data: never }>, { props: { data } as never, context });
	return body.replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('/data: CSV in spreadsheets', () => {
	it('Chinese: UTF-8 import steps for Excel, WPS and LibreOffice, and the apostrophe before formula-like text', async () => {
		const text = await pageText('/data/');
		expect(text).toContain('在 Excel、WPS 或 LibreOffice 中打开 CSV');
		expect(text).toContain('「文件原始格式」选「65001: Unicode (UTF-8)」');
		expect(text).toContain('WPS 表格：「数据」→「导入数据」');
		expect(text).toContain('LibreOffice Calc：打开文件时出现「文本导入」对话框，「字符集」选「Unicode (UTF-8)」');
		expect(text).toContain("前面加了一个单引号 ' （例如目标值 '=12个 ）");
	});
	it('English: the same steps, in English', async () => {
		setLang('en');
		const text = await pageText('/en/data/');
		expect(text).toContain('Opening the CSV in Excel, WPS or LibreOffice');
		expect(text).toContain('set File Origin to "65001: Unicode (UTF-8)"');
		expect(text).toContain('has an apostrophe \' in front of it in the CSV');
	});
});
