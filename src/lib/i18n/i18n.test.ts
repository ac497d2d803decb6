import { afterEach, describe, expect, it } from 'vitest';
import { get } from 'svelte/store';
import { locale } from 'svelte-i18n';
import { lang, setLang, t } from './i18n.ts';

afterEach(() => setLang('zh'));

describe('the page language', () => {
	it('is Chinese unless set, and messages follow it', () => {
		expect(lang()).toBe('zh');
		expect(t('common.nav.overview')).toBe('总览');
		setLang('en');
		expect(lang()).toBe('en');
		expect(t('common.nav.overview')).toBe('Overview');
		expect(t('common.ui.datasetLine', { version: '1.2.0', date: '2026-11-21' })).toBe('Dataset version 1.2.0 · built 2026-11-21');
	});

	it('keeps the BCP 47 tag as svelte-i18n’s locale (it becomes <html lang> in the browser)', () => {
		expect(get(locale)).toBe('zh-CN');
		setLang('en');
		expect(get(locale)).toBe('en');
	});
});
