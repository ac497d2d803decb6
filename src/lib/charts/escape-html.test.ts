import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';

describe('escapeHtml', () => {
	it('escapes markup in data text', () => {
		expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
		expect(escapeHtml(`a & b "c" 'd'`)).toBe('a &amp; b &quot;c&quot; &#39;d&#39;');
	});

	it('escapes an existing entity again (text, not markup)', () => {
		expect(escapeHtml('&lt;')).toBe('&amp;lt;');
	});

	it('leaves Chinese text and numbers alone, prints nothing for null', () => {
		expect(escapeHtml('永和街道')).toBe('永和街道');
		expect(escapeHtml(42)).toBe('42');
		expect(escapeHtml(null)).toBe('');
		expect(escapeHtml(undefined)).toBe('');
	});
});
