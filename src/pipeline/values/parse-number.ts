import { toHalfWidth } from './normalize-text.ts';

export type NumberReading =
	| { ok: true; value: number; decimals: number }
	| { ok: false; reason: string };

// Thousands groups must be exactly three digits: "3,986.34" yes, "1,2,3" no.
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^-?\d+(\.\d+)?$/;

/**
 * Reads a printed amount such as `4,191.35`, `3, 986. 34` (OCR spaces) or
 * `12436.77`. Returns a reason instead of guessing when the text is not one
 * well-formed number (`1,2,3`, `Į`, `12.3.4`).
 */
export function readNumber(raw: string): NumberReading {
	const s = toHalfWidth(raw).replace(/[\s\u00a0]+/g, '').replace(/，/g, ',');
	if (s === '') return { ok: false, reason: 'empty' };
	if (!GROUPED.test(s) && !PLAIN.test(s)) {
		return { ok: false, reason: `not a well-formed number: "${raw}"` };
	}
	const plain = s.replace(/,/g, '');
	const dot = plain.indexOf('.');
	return { ok: true, value: Number(plain), decimals: dot < 0 ? 0 : plain.length - dot - 1 };
}

/** Reads an amount in 万元, rounded to the 4 decimals the dataset stores. */
export function readMoneyWan(raw: string): NumberReading {
	const r = readNumber(raw);
	if (!r.ok) return r;
	return { ok: true, value: roundMoney(r.value), decimals: r.decimals };
}

export function roundMoney(x: number): number {
	return Math.round(x * 10000) / 10000;
}

/** Reads a printed percentage (`96.68%`, `98.10 %`, `100％`) as a fraction, keeping its printed precision. */
export function readPercent(raw: string): NumberReading {
	const s = toHalfWidth(raw).replace(/\s+/g, '');
	const m = /^(-?\d+(?:\.\d+)?)%$/.exec(s);
	if (!m) return { ok: false, reason: `not a percentage: "${raw}"` };
	const dot = m[1].indexOf('.');
	const decimals = dot < 0 ? 0 : m[1].length - dot - 1;
	// Round away float noise: 96.68 / 100 must be exactly the double nearest 0.9668.
	return { ok: true, value: Number((Number(m[1]) / 100).toFixed(decimals + 2)), decimals };
}

/** True when the cell is a money-like amount (used to recognise figure cells). */
export function isAmount(raw: string): boolean {
	return readNumber(raw).ok;
}
