// The theme switch, the print button and the busy indicator in both languages (SSR).
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../i18n/i18n.ts';
import Busy from './Busy.svelte';
import EngineStatus from './EngineStatus.svelte';
import PrintButton from './PrintButton.svelte';
import ThemeToggle from './ThemeToggle.svelte';

describe('ThemeToggle, PrintButton, Busy, EngineStatus (SSR)', () => {
	afterEach(() => setLang('zh'));

	it('Chinese pages keep their Chinese labels', () => {
		const theme = render(ThemeToggle).body;
		expect(theme).toContain('配色');
		expect(theme).toContain('>跟随系统</option>');
		expect(render(PrintButton).body).toContain('打印 / 导出 PDF');
		expect(render(Busy, { props: { text: '正在查询…' } }).body).toContain('正在查询…');
	});

	it('English pages get English labels', () => {
		setLang('en');
		const theme = render(ThemeToggle).body;
		expect(theme).toContain('<span>Colours</span>');
		for (const label of ['System', 'Light', 'Dark']) expect(theme).toContain(`>${label}</option>`);
		const print = render(PrintButton).body;
		expect(print).toContain('Print / save as PDF');
		expect(print).toContain('title="Prints this page with the browser’s print dialog');
		for (const body of [theme, print, render(EngineStatus).body]) expect(body).not.toMatch(/[\u4e00-\u9fff]/);
	});
});
