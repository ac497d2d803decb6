import { describe, expect, it } from 'vitest';
import { checkRates, rateDisagrees } from './rate-checks.ts';

describe('rateDisagrees (printed precision)', () => {
	it('accepts 永和 2021: 18,570.21 ÷ 19,206.99 printed 96.68 %', () => {
		expect(rateDisagrees(18570.21 / 19206.99, 0.9668, 2)).toBe(false);
	});
	it('flags 员村 2022: 12,198.33 ÷ 12,436.77 = 98.08 % printed 98.10 %', () => {
		expect(rateDisagrees(12198.33 / 12436.77, 0.981, 2)).toBe(true);
	});
	it('accepts 荔城 2021 at one printed decimal: 75,317.78 ÷ 82,912.04 printed 90.8 %', () => {
		expect(rateDisagrees(75317.78 / 82912.04, 0.908, 1)).toBe(false);
	});
});

describe('checkRates', () => {
	it('raises rate_mismatch and large_adjustment with the numbers in the message', () => {
		const flags = checkRates([
			{ budget_id: 'b1', source_line: 10, scope: 'total', execution_rate: 12198.33 / 12436.77, adjustment_rate: 0.45,
				reported_execution_rate: 0.981, reported_adjustment_rate: null, execution_decimals: 2, adjustment_decimals: null }
		]);
		expect(flags.map((f) => f.code)).toEqual(['rate_mismatch', 'large_adjustment']);
		expect(flags[0].message).toContain('98.10%');
		expect(flags[0].message).toContain('98.08%');
	});
});
