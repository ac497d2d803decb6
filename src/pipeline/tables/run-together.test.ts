import { describe, expect, it } from 'vitest';
import { splitRunTogether } from './run-together.ts';

describe('splitRunTogether', () => {
	it('splits where the labels and the arithmetic single out one reading (the issue example)', () => {
		// 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分: 154.74 ÷ 310.2 = 49.88 % → 50 %, 10 × 50 % = 5.
		expect(splitRunTogether('310.2154.741050%5', ['adjusted', 'actual', 'weight', 'rate', 'score'])).toEqual({ ok: true, parts: ['310.2', '154.74', '10', '50%', '5'] });
	});

	it('reads a full national-template row: 年初 | 全年 | 执行 | 分值 | 执行率 | 得分', () => {
		// 861.10 | 2030.12 | 2030.12 | 10 | 100% | 10 (corpus/010 as one run).
		expect(splitRunTogether('861.102030.122030.1210100%10', ['initial', 'adjusted', 'actual', 'weight', 'rate', 'score']))
			.toEqual({ ok: true, parts: ['861.10', '2030.12', '2030.12', '10', '100%', '10'] });
		// 98.5 % executed: 12,198.33 of 12,384.10 → 98.50 %, 20 × 0.985 = 19.7.
		expect(splitRunTogether('12384.1012198.332098.50%19.7', ['adjusted', 'actual', 'weight', 'rate', 'score']))
			.toEqual({ ok: true, parts: ['12384.10', '12198.33', '20', '98.50%', '19.7'] });
	});

	it('keeps the text when the arithmetic does not agree with any split', () => {
		const r = splitRunTogether('310.2154.741060%5', ['adjusted', 'actual', 'weight', 'rate', 'score']);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toContain('agrees with the arithmetic');
	});

	it('refuses when nothing can check the split (money columns only), or the text is not figures', () => {
		expect(splitRunTogether('90.0089.974', ['initial', 'adjusted'])).toMatchObject({ ok: false, reason: expect.stringContaining('no arithmetic') });
		expect(splitRunTogether('年初90', ['initial', 'actual', 'rate'])).toMatchObject({ ok: false });
	});

	it('never reads more than 2 decimals into a run of amounts (that reading would also agree here)', () => {
		// 861.1020 | 30.1220 | 30.12 | 10 | 100% | 10 satisfies the arithmetic too; amounts are printed to 2 decimals.
		const r = splitRunTogether('861.102030.122030.1210100%10', ['initial', 'adjusted', 'actual', 'weight', 'rate', 'score']);
		expect(r).toEqual({ ok: true, parts: ['861.10', '2030.12', '2030.12', '10', '100%', '10'] });
	});
});
