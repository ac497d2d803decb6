import { describe, expect, it } from 'vitest';
import { readMoneyWan, readNumber, readPercent } from './parse-number.ts';

describe('readNumber', () => {
	it('reads amounts as printed in the seeds', () => {
		expect(readNumber('4,191.35')).toEqual({ ok: true, value: 4191.35, decimals: 2 });
		expect(readNumber('3, 986. 34')).toEqual({ ok: true, value: 3986.34, decimals: 2 });
		expect(readNumber('12436.77')).toEqual({ ok: true, value: 12436.77, decimals: 2 });
		expect(readNumber('０.００')).toEqual({ ok: true, value: 0, decimals: 2 });
		expect(readNumber('8,827,620.53')).toEqual({ ok: true, value: 8827620.53, decimals: 2 });
	});
	it('refuses what is not one well-formed number, with the text in the reason', () => {
		for (const bad of ['1,2,3', 'Į', '12.3.4', '', '3,98.6', '万元']) {
			const r = readNumber(bad);
			expect(r.ok, bad).toBe(false);
		}
		const r = readNumber('1,2,3');
		expect(!r.ok && r.reason).toContain('"1,2,3"');
	});
});

describe('readMoneyWan / readPercent', () => {
	it('keeps 4 decimals of money', () => {
		expect(readMoneyWan('89.974')).toMatchObject({ ok: true, value: 89.974 });
		expect(readMoneyWan('882.762053')).toMatchObject({ ok: true, value: 882.7621 });
	});
	it('reads printed rates as fractions with their printed decimals', () => {
		expect(readPercent('96.68%')).toEqual({ ok: true, value: 0.9668, decimals: 2 });
		expect(readPercent('98.10 %')).toEqual({ ok: true, value: 0.981, decimals: 2 });
		expect(readPercent('90.8%')).toEqual({ ok: true, value: 0.908, decimals: 1 });
		expect(readPercent('100％')).toEqual({ ok: true, value: 1, decimals: 0 });
		expect(readPercent('96.68').ok).toBe(false);
	});
});
