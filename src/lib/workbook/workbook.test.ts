// Workbooks read back with another library (read-excel-file) and, for the
// number formats, from the file's own XML: headers in two languages, money and
// rates as numbers with their formats, hostile text stored as text.
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { sheetName, workbookBytes, type WorkbookColumn } from './workbook.ts';

const COLUMNS: WorkbookColumn[] = [
	{ key: 'short_name', zh: '单位', en: 'Unit', kind: 'text' },
	{ key: 'fiscal_year', zh: '年度', en: 'Fiscal year', kind: 'year' },
	{ key: 'actual_spend_wan', zh: '实际支出', en: 'Actual spending', kind: 'money' },
	{ key: 'execution_rate', zh: '执行率', en: 'Execution rate', kind: 'rate' },
	{ key: 'target_text', zh: '目标值', en: 'Target', kind: 'text' }
];
const HOSTILE = '=HYPERLINK("http://example.invalid","点击")';
const ROWS = [
	{ short_name: '永和街道', fiscal_year: 2021, actual_spend_wan: 18570.21, execution_rate: 18570.21 / 19206.99, target_text: HOSTILE },
	{ short_name: '员村街道', fiscal_year: 2022, actual_spend_wan: 12198.33, execution_rate: null, target_text: '=12个' }
];
const ABOUT = { title: '测试', version: '1.2.0', built: '2026-12-08T00:00:00Z', source: 'tests' };

async function build() {
	return workbookBytes([{ name: '执行率排名', columns: COLUMNS, rows: ROWS, note_zh: '2021 年度', note_en: 'FY 2021' }], ABOUT);
}

/** The number format code applied to a cell, from styles.xml. */
function formatOf(files: Record<string, Uint8Array>, sheetFile: string, ref: string): { type: string | null; format: string | null; value: string | null } {
	const sheet = strFromU8(files[sheetFile]);
	const cell = new RegExp(`<c r="${ref}"([^>]*)>(.*?)</c>`).exec(sheet);
	if (!cell) return { type: null, format: null, value: null };
	const type = /\bt="([^"]+)"/.exec(cell[1])?.[1] ?? 'n';
	const style = Number(/\bs="(\d+)"/.exec(cell[1])?.[1] ?? 0);
	const value = /<v>(.*?)<\/v>/.exec(cell[2])?.[1] ?? null;
	const styles = strFromU8(files['xl/styles.xml']);
	const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)![1].match(/<xf\b[^>]*>/g)!;
	const numFmtId = Number(/numFmtId="(\d+)"/.exec(xfs[style])?.[1] ?? 0);
	const code = new RegExp(`<numFmt numFmtId="${numFmtId}" formatCode="([^"]+)"`).exec(styles)?.[1] ?? (numFmtId === 0 ? 'General' : `builtin ${numFmtId}`);
	return { type, format: code.replace(/&quot;/g, '"'), value };
}

describe('workbookBytes', () => {
	it('writes Chinese and English headers, typed values, and a 说明 sheet', async () => {
		const sheets = await readXlsxFile(Buffer.from(await build()));
		expect(sheets.map((s) => s.sheet)).toEqual(['执行率排名', '说明']);
		const [zh, en, first, second] = sheets[0].data;
		expect(zh).toEqual(['单位', '年度', '实际支出（万元）', '执行率', '目标值']);
		expect(en).toEqual(['Unit', 'Fiscal year', 'Actual spending (CNY 10k)', 'Execution rate', 'Target']);
		expect(first[2]).toBe(18570.21);
		expect(first[3]).toBeCloseTo(0.96685, 5);
		expect(second[3]).toBeNull(); // a missing rate stays empty, never 0
		// Hostile text comes back as the same text, not a formula's result.
		expect(first[4]).toBe(HOSTILE);
		expect(second[4]).toBe('=12个');
		const about = sheets[1].data.map((r) => r.filter((c) => c !== null).join(' | '));
		expect(about).toContain('数据集版本 / Dataset version | 1.2.0');
		expect(about.some((r) => r.startsWith('执行率排名 | 实际支出（万元） | Actual spending (CNY 10k) | money'))).toBe(true);
		expect(about).toContain('执行率排名 | 2021 年度 | FY 2021');
	});

	it('stores money as #,##0.00 numbers, rates as 0.00% and text as strings without formulas', async () => {
		const files = unzipSync(await build());
		const sheet = 'xl/worksheets/sheet1.xml';
		expect(formatOf(files, sheet, 'C3')).toEqual({ type: 'n', format: '#,##0.00', value: '18570.21' });
		expect(formatOf(files, sheet, 'D3').format).toBe('0.00%');
		const hostile = formatOf(files, sheet, 'E3');
		expect(['s', 'inlineStr', 'str']).toContain(hostile.type);
		expect(hostile.type).not.toBe('str'); // str is a formula's cached string
		expect(strFromU8(files[sheet])).not.toMatch(/<f>/);
	});

	it('makes sheet names Excel accepts', () => {
		const taken = new Set<string>();
		expect(sheetName('a/b:c', taken)).toBe('a_b_c');
		expect(sheetName('a/b:c', taken)).toBe('a_b_c_2');
		expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
	});
});
