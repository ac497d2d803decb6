import { describe, expect, it } from 'vitest';
import { csvCell, csvRecord, guardFormula } from './csv-cell.ts';

describe('csvCell', () => {
	it('guards text that a spreadsheet would run as a formula, and only that', () => {
		expect(['=12个', '=', '+86 20', '-2', '@SUM(A1)', '\t来穗人员', '\rx'].map(guardFormula)).toEqual([
			"'=12个", "'=", "'+86 20", "'-2", "'@SUM(A1)", "'\t来穗人员", "'\rx"
		]);
		expect(['≥95%', 'a-b', ' =x', '＝12', '12=12'].map(guardFormula)).toEqual(['≥95%', 'a-b', ' =x', '＝12', '12=12']);
	});
	it('leaves numbers alone, quotes where RFC 4180 needs it, keeps NULL and empty text apart', () => {
		expect(csvCell('-5', 'number')).toBe('-5');
		expect(csvCell('-5', 'text')).toBe("'-5");
		expect(csvCell('=HYPERLINK("http://x","y")', 'text')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
		expect(csvCell('a,b', 'text')).toBe('"a,b"');
		expect(csvCell('two\nlines', 'text')).toBe('"two\nlines"');
		expect(csvCell(null, 'text')).toBe('');
		expect(csvCell('', 'text')).toBe('""');
		expect(csvRecord(['a', '', '"b"'])).toBe('a,,"b"\r\n');
	});
});
