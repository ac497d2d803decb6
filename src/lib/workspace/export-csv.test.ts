import { describe, expect, it } from 'vitest';
import type { TabularResult } from '../engine/query.ts';
import { BOM, csvBlob, toCsv } from './export-csv.ts';

const result = (columns: [string, string][], rows: unknown[][]): TabularResult => ({
	columns: columns.map(([name, type]) => ({ name, type })),
	rows
});

describe('toCsv', () => {
	it('writes a header row and CRLF-terminated records of raw values', () => {
		const r = result(
			[
				['单位', 'VARCHAR'],
				['预算', 'DECIMAL(18,2)'],
				['n', 'BIGINT']
			],
			[
				['永和街道', 18570.21, 3],
				['金花街道', null, '9007199254740993']
			]
		);
		expect(toCsv(r)).toBe('单位,预算,n\r\n永和街道,18570.21,3\r\n金花街道,,9007199254740993\r\n');
	});

	it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
		const r = result([['t', 'VARCHAR']], [['a,b'], ['say "hi"'], ['two\nlines'], ['cr\rhere'], ['plain']]);
		expect(toCsv(r)).toBe('t\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\rhere"\r\nplain\r\n');
	});

	it('keeps repeated column names and addresses values by position', () => {
		const r = result(
			[
				['a', 'INTEGER'],
				['a', 'INTEGER']
			],
			[[1, 2]]
		);
		expect(toCsv(r)).toBe('a,a\r\n1,2\r\n');
	});

	it('neutralizes formula-like text but leaves numbers alone', () => {
		const r = result(
			[
				['text', 'VARCHAR'],
				['num', 'DOUBLE'],
				['big', 'BIGINT']
			],
			[
				['=HYPERLINK("http://x","y")', -5, '-9223372036854775808'],
				['+1', 0, null],
				['-2', 1, null],
				['@SUM(A1)', 2, null],
				['\tcmd', 3, null],
				['a-b', 4, null]
			]
		);
		expect(toCsv(r).split('\r\n')).toEqual([
			'text,num,big',
			`"'=HYPERLINK(""http://x"",""y"")",-5,-9223372036854775808`,
			"'+1,0,",
			"'-2,1,",
			"'@SUM(A1),2,",
			"'\tcmd,3,",
			'a-b,4,',
			''
		]);
	});

	it('writes lists and structs as JSON, booleans as true/false', () => {
		const r = result(
			[
				['l', 'VARCHAR[]'],
				['s', 'STRUCT(k INTEGER)'],
				['b', 'BOOLEAN']
			],
			[[['x', 'y'], { k: 1 }, false]]
		);
		expect(toCsv(r)).toBe('l,s,b\r\n"[""x"",""y""]","{""k"":1}",false\r\n');
	});
});

describe('csvBlob', () => {
	it('starts with a UTF-8 BOM so Excel reads the Chinese text', async () => {
		const blob = csvBlob(result([['单位', 'VARCHAR']], [['永和街道']]));
		expect(blob.type).toBe('text/csv;charset=utf-8');
		const bytes = new Uint8Array(await blob.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(`${BOM}单位\r\n永和街道\r\n`);
	});
});
