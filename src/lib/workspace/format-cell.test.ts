import { describe, expect, it } from 'vitest';
import {
	alignRight,
	decimalScale,
	formatCell,
	formatFloat,
	isNumericType,
	isTemporalType,
	isYearName,
	jsonText,
	NULL_TEXT,
	rawText
} from './format-cell.ts';

const M = '\u2212'; // the true minus the dashboard prints

describe('formatCell', () => {
	it('prints integers grouped, without decimals, with a true minus', () => {
		expect(formatCell(1234567, 'BIGINT')).toBe('1,234,567');
		expect(formatCell(-42, 'INTEGER')).toBe(`${M}42`);
		expect(formatCell(0, 'TINYINT')).toBe('0');
	});

	it('groups BIGINTs beyond 2^53 that arrive as decimal strings, digit for digit', () => {
		expect(formatCell('9007199254740993', 'BIGINT')).toBe('9,007,199,254,740,993');
		expect(formatCell('-9223372036854775808', 'BIGINT')).toBe(`${M}9,223,372,036,854,775,808`);
	});

	it('prints years without a separator', () => {
		expect(formatCell(2024, 'INTEGER', 'fiscal_year')).toBe('2024');
		expect(formatCell(2024, 'INTEGER', '年度')).toBe('2024');
		expect(formatCell(2024, 'INTEGER', 'units')).toBe('2,024');
	});

	it('prints DECIMAL(p,s) with exactly s decimals', () => {
		expect(formatCell(18570.21, 'DECIMAL(18,4)')).toBe('18,570.2100');
		expect(formatCell(-359.19, 'DECIMAL(10,2)')).toBe(`${M}359.19`);
		expect(formatCell(7, 'DECIMAL(5,0)')).toBe('7');
		// rounds to zero: no signed zero
		expect(formatCell(-0.001, 'DECIMAL(18,2)')).toBe('0.00');
	});

	it('prints DOUBLE with up to 4 decimals, trailing zeros trimmed', () => {
		expect(formatCell(1234.56789, 'DOUBLE')).toBe('1,234.5679');
		expect(formatCell(0.5, 'DOUBLE')).toBe('0.5');
		expect(formatCell(3, 'DOUBLE')).toBe('3');
		expect(formatCell(0.000123456, 'DOUBLE')).toBe('0.0001235');
		expect(formatCell(-2.5, 'FLOAT')).toBe(`${M}2.5`);
		expect(formatFloat(1.23456e-10)).toBe(`1.2346e-10`);
		expect(formatFloat(NaN)).toBe('NaN');
		expect(formatFloat(-Infinity)).toBe(`${M}Infinity`);
	});

	it('shows NULL for null and undefined', () => {
		expect(formatCell(null, 'VARCHAR')).toBe(NULL_TEXT);
		expect(formatCell(undefined, 'BIGINT')).toBe('NULL');
	});

	it('prints lists and structs as compact JSON, booleans as true/false', () => {
		expect(formatCell(['a', 'b'], 'VARCHAR[]')).toBe('["a","b"]');
		expect(formatCell({ k: 1, v: null }, 'STRUCT(k INTEGER, v VARCHAR)')).toBe('{"k":1,"v":null}');
		expect(formatCell(true, 'BOOLEAN')).toBe('true');
		expect(formatCell(false, 'BOOLEAN')).toBe('false');
	});

	it('prints timestamps readably, dates and times as they are', () => {
		expect(formatCell('2024-01-02T03:04:05.000Z', 'TIMESTAMP')).toBe('2024-01-02 03:04:05');
		expect(formatCell('2024-01-02T03:04:05.120Z', 'TIMESTAMP')).toBe('2024-01-02 03:04:05.12');
		expect(formatCell('2024-01-02T03:04:05.000Z', 'TIMESTAMP WITH TIME ZONE')).toBe('2024-01-02 03:04:05 UTC');
		expect(formatCell('2024-03-31', 'DATE')).toBe('2024-03-31');
		expect(formatCell('13:05:09', 'TIME')).toBe('13:05:09');
	});

	it('keeps hostile text as text, on one line, cut when very long', () => {
		expect(formatCell('<img src=x onerror=alert(1)>', 'VARCHAR')).toBe('<img src=x onerror=alert(1)>');
		expect(formatCell('第一行\n第二行', 'VARCHAR')).toBe('第一行↵第二行');
		const long = formatCell('长'.repeat(600), 'VARCHAR');
		expect(long).toHaveLength(501);
		expect(long.endsWith('…')).toBe(true);
	});

	it('shows BLOBs as DuckDB does', () => {
		expect(formatCell(new Uint8Array([0x41, 0x00, 0xff, 0x5c]), 'BLOB')).toBe('A\\x00\\xFF\\x5C');
	});
});

describe('rawText', () => {
	it('gives the value unformatted; NULL as an empty string', () => {
		expect(rawText(1234567.891)).toBe('1234567.891');
		expect(rawText(-42)).toBe('-42');
		expect(rawText('9007199254740993')).toBe('9007199254740993');
		expect(rawText('第一行\n第二行')).toBe('第一行\n第二行');
		expect(rawText(null)).toBe('');
		expect(rawText(true)).toBe('true');
		expect(rawText([1, [2, 3]])).toBe('[1,[2,3]]');
		expect(rawText('2024-01-02T03:04:05.000Z')).toBe('2024-01-02T03:04:05.000Z');
	});

	it('writes bigints inside nested values as strings (JSON.stringify alone throws)', () => {
		expect(jsonText({ n: 10n })).toBe('{"n":"10"}');
	});
});

describe('type helpers', () => {
	it('classifies DuckDB type texts', () => {
		expect(decimalScale('DECIMAL(18,4)')).toBe(4);
		expect(decimalScale('decimal(9, 2)')).toBe(2);
		expect(decimalScale('DECIMAL')).toBe(3);
		expect(decimalScale('VARCHAR')).toBeNull();
		expect(isNumericType('HUGEINT')).toBe(true);
		expect(isNumericType('VARCHAR')).toBe(false);
		expect(isTemporalType('TIMESTAMP WITH TIME ZONE')).toBe(true);
		expect(isTemporalType('TIME')).toBe(false);
		expect(alignRight('DOUBLE')).toBe(true);
		expect(alignRight('DATE')).toBe(false);
		expect(isYearName('fiscal_year')).toBe(true);
		expect(isYearName('yearly_total')).toBe(false);
	});
});
