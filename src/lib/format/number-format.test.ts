import { describe, expect, it } from 'vitest';
import { formatCount, formatMoneyWan, formatRate, formatSignedRate, MISSING } from './number-format.ts';

describe('formatMoneyWan', () => {
	it('prints the seed figures in 万元 as the documents do', () => {
		// 永和街道 2021: 年初 18,847.80 + 调整 359.19 = 全年 19,206.99; 实际 18,570.21
		expect(formatMoneyWan(18847.8, { scale: 'wan' })).toBe('18,847.80 万元');
		expect(formatMoneyWan(19206.99, { scale: 'wan' })).toBe('19,206.99 万元');
		expect(formatMoneyWan(18570.21, { scale: 'wan' })).toBe('18,570.21 万元');
		expect(formatMoneyWan(3986.34)).toBe('3,986.34 万元');
	});

	it('switches to 亿元 once a figure reaches 1 亿 (10,000 万元)', () => {
		expect(formatMoneyWan(82912.04)).toBe('8.29 亿元'); // 荔城街道 2021 全年预算
		expect(formatMoneyWan(18570.21)).toBe('1.86 亿元');
		expect(formatMoneyWan(10000)).toBe('1.00 亿元');
		expect(formatMoneyWan(9999.99)).toBe('9,999.99 万元');
		// decided on the rounded figure: never `10,000.00 万元`
		expect(formatMoneyWan(9999.996)).toBe('1.00 亿元');
	});

	it('omits the unit for table cells and then never changes scale', () => {
		expect(formatMoneyWan(18570.21, { unit: false })).toBe('18,570.21');
		expect(formatMoneyWan(82912.04, { unit: false })).toBe('82,912.04');
		expect(formatMoneyWan(1234.5, { unit: false, decimals: 0 })).toBe('1,235');
	});

	it('prints negative adjustments with a true minus sign', () => {
		expect(formatMoneyWan(-359.19)).toBe('\u2212359.19 万元');
		expect(formatMoneyWan(-12345.6)).toBe('\u22121.23 亿元');
		expect(formatMoneyWan(-359.19, { unit: false })).toBe('\u2212359.19');
		expect(formatMoneyWan(0)).toBe('0.00 万元');
	});
});

describe('formatRate', () => {
	it('prints a fraction as a percent at the printed precision', () => {
		expect(formatRate(0.9668)).toBe('96.68%');
		expect(formatRate(18570.21 / 19206.99)).toBe('96.68%'); // 0.966846… printed 96.68 %
		expect(formatRate(0.908, 1)).toBe('90.8%');
		expect(formatRate(75317.78 / 82912.04, 1)).toBe('90.8%'); // 荔城 printed 90.8 %
		expect(formatRate(1)).toBe('100.00%');
	});

	it('rounds ties the way d3 (Number#toFixed on x × 100) does', () => {
		// 0.96685 × 100 evaluates to the double 96.68500000000000227…, just above the
		// tie, so toFixed(2) gives 96.69. The brief expected 96.68; the true ratio of
		// the seed (0.966846…) does give 96.68, asserted above. A value exactly at
		// a tie is decided by its binary representation, not by a rounding rule.
		expect(0.96685 * 100).toBeGreaterThan(96.685 - 1e-12);
		expect(formatRate(0.96685)).toBe('96.69%');
	});

	it('never prints a negative zero', () => {
		expect(formatRate(-0.00001)).toBe('0.00%');
		expect(formatRate(-0.05)).toBe('\u22125.00%');
	});
});

describe('formatSignedRate', () => {
	it('prints adjustment rates with their sign', () => {
		expect(formatSignedRate(0.01906)).toBe('+1.91%'); // 永和 调整率, printed 1.91 %
		expect(formatSignedRate(370.24 / 12066.53)).toBe('+3.07%'); // 员村
		expect(formatSignedRate(-0.0307)).toBe('\u22123.07%');
		expect(formatSignedRate(-0.0307, 1)).toBe('\u22123.1%');
	});

	it('prints zero (and what rounds to it) unsigned', () => {
		expect(formatSignedRate(0)).toBe('0.00%');
		expect(formatSignedRate(-0)).toBe('0.00%');
		expect(formatSignedRate(-0.00001)).toBe('0.00%');
		expect(formatSignedRate(0.00001, 1)).toBe('0.0%');
	});
});

describe('formatCount', () => {
	it('groups thousands and rounds to an integer', () => {
		expect(formatCount(1234)).toBe('1,234');
		expect(formatCount(1234567)).toBe('1,234,567');
		expect(formatCount(0)).toBe('0');
		expect(formatCount(-42)).toBe('\u221242');
	});
});

describe('missing values', () => {
	const missing = [null, undefined, Number.NaN, Number.POSITIVE_INFINITY];
	it.each(missing)('%s prints —', (x) => {
		expect(MISSING).toBe('—');
		expect(formatMoneyWan(x)).toBe('—');
		expect(formatMoneyWan(x, { unit: false })).toBe('—');
		expect(formatRate(x)).toBe('—');
		expect(formatRate(x, 1)).toBe('—');
		expect(formatSignedRate(x)).toBe('—');
		expect(formatCount(x)).toBe('—');
	});
});

describe('independent of the runtime locale', () => {
	it('does not call toLocaleString / Intl', () => {
		const orig = Number.prototype.toLocaleString;
		Number.prototype.toLocaleString = () => {
			throw new Error('toLocaleString used');
		};
		try {
			expect(formatMoneyWan(1234567.891, { scale: 'wan' })).toBe('1,234,567.89 万元');
			expect(formatCount(9876543)).toBe('9,876,543');
		} finally {
			Number.prototype.toLocaleString = orig;
		}
	});
});

describe('formatMoneyWan in English', () => {
	it('prints millions and billions of yuan, or the printed figure × CNY 10k', () => {
		// 永和街道 2021: 实际 18,570.21 万元 = CNY 185.7021 million
		expect(formatMoneyWan(18570.21, { lang: 'en' })).toBe('CNY 185.70\u00a0m');
		expect(formatMoneyWan(18570.21, { lang: 'en', scale: 'wan' })).toBe('18,570.21 ×\u00a0CNY\u00a010k');
		expect(formatMoneyWan(18570.21, { lang: 'en', unit: false })).toBe('18,570.21');
		// 12.2 亿元 = CNY 1.22 billion; rounding decides the unit, as in Chinese
		expect(formatMoneyWan(122_000, { lang: 'en' })).toBe('CNY 1.22\u00a0bn');
		expect(formatMoneyWan(99_999.999, { lang: 'en' })).toBe('CNY 1.00\u00a0bn');
		expect(formatMoneyWan(-359.19, { lang: 'en' })).toBe('CNY −3.59\u00a0m');
	});
});
