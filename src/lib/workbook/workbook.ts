// Workbooks (.xlsx) for spreadsheet users, made the same way in the browser
// (the table a reader is looking at) and at build time (the published
// dataset): one sheet per table with Chinese headers and the English names in
// a second header row, money as numbers in #,##0.00 with the unit in the
// header, rates as percentages, text always stored as text (a cell that
// starts with = + - @ is never a formula), and a sheet 说明 with the dataset
// version, build date, source and the column dictionary.
import writeXlsxFile, { type Cell, type Sheet, type SheetData } from 'write-excel-file/universal';

/** How a column's values are written: the format follows the meaning, not the JS type. */
export type ColumnKind = 'money' | 'rate' | 'count' | 'number' | 'year' | 'text';

export interface WorkbookColumn {
	/** Key of the value in a row object (or its index in a row array). */
	key: string;
	zh: string;
	en: string;
	kind: ColumnKind;
	/** Longer description for the dictionary sheet; the headers when absent. */
	description_zh?: string;
	description_en?: string;
}

export interface WorkbookTable {
	/** Sheet name (Excel: at most 31 characters, no []:*?/\). */
	name: string;
	columns: readonly WorkbookColumn[];
	/** Row objects (values by column key) or arrays (values by column position). */
	rows: readonly (object | readonly unknown[])[];
	/** One sentence about what the sheet holds (the current filters, say). */
	note_zh?: string;
	note_en?: string;
}

export interface WorkbookAbout {
	title: string;
	version: string;
	built: string;
	source: string;
}

/** Excel's row limit per sheet, less the two header rows. */
export const MAX_DATA_ROWS = 1_048_576 - 2;

const FORMAT: Record<ColumnKind, string | undefined> = {
	money: '#,##0.00',
	rate: '0.00%',
	count: '#,##0',
	number: '#,##0.####',
	year: '0',
	text: undefined
};

/** The unit goes into the header, so a number cell stays a number. */
const headerZh = (c: WorkbookColumn) => (c.kind === 'money' && !/万元/.test(c.zh) ? `${c.zh}（万元）` : c.zh);
// A column name as published (actual_spend_wan) stays as it is: analysts look it up by that name.
const headerEn = (c: WorkbookColumn) => (c.kind === 'money' && !/CNY 10k/.test(c.en) && !/^[a-z0-9_]+$/.test(c.en) ? `${c.en} (CNY 10k)` : c.en);

function toNumber(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
	return null;
}

/** One value as a typed cell. Text is always type String: never evaluated, whatever it starts with. */
export function cellOf(value: unknown, kind: ColumnKind): Cell {
	if (value === null || value === undefined || value === '') return null;
	if (kind !== 'text') {
		const n = toNumber(value);
		if (n !== null) return { value: n, type: Number, format: FORMAT[kind] };
	}
	const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
	return { value: text, type: String };
}

const valueOf = (row: WorkbookTable['rows'][number], c: WorkbookColumn, i: number) =>
	Array.isArray(row) ? row[i] : (row as Record<string, unknown>)[c.key];

/** Excel refuses sheet names over 31 characters or with []:*?/\ and duplicates. */
export function sheetName(name: string, taken: Set<string>): string {
	const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
	let out = base;
	for (let n = 2; taken.has(out); n++) out = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
	taken.add(out);
	return out;
}

export function workbookSheets(tables: readonly WorkbookTable[], about: WorkbookAbout): Sheet<never>[] {
	const taken = new Set<string>(['说明']);
	const bold = { fontWeight: 'bold' as const };
	const sheets: Sheet<never>[] = tables.map((table) => {
		const rows = table.rows.slice(0, MAX_DATA_ROWS);
		const data: SheetData = [
			table.columns.map((c) => ({ value: headerZh(c), type: String, ...bold })),
			table.columns.map((c) => ({ value: headerEn(c), type: String, textColor: '#555555' })),
			...rows.map((row) => table.columns.map((c, i) => cellOf(valueOf(row, c, i), c.kind)))
		];
		return {
			data,
			sheet: sheetName(table.name, taken),
			stickyRowsCount: 2,
			columns: table.columns.map((c) => ({ width: c.kind === 'text' ? 28 : Math.max(12, Math.min(24, headerZh(c).length * 2)) }))
		};
	});
	const text = (v: string | null | undefined): Cell => (v ? { value: v, type: String } : null);
	const about_: SheetData = [
		[{ value: about.title, type: String, ...bold }],
		[text('数据集版本 / Dataset version'), text(about.version)],
		[text('生成时间 / Built'), text(about.built)],
		[text('来源 / Source'), text(about.source)],
		[text('金额单位 / Money'), text('万元（10,000 元）/ CNY 10k; 比率以百分比显示 / rates shown as percentages')],
		[],
		[text('工作表 / Sheet'), text('列 / Column'), text('英文名 / English'), text('类型 / Kind'), text('说明'), text('Description')].map((c) => (c ? { ...(c as object), ...bold } : c)) as Cell[]
	];
	for (const [i, table] of tables.entries()) {
		if (table.note_zh || table.note_en) about_.push([text(sheets[i].sheet), text(table.note_zh), text(table.note_en)]);
		if (table.rows.length > MAX_DATA_ROWS)
			about_.push([text(sheets[i].sheet), text(`只写入前 ${MAX_DATA_ROWS} 行（Excel 的上限），共 ${table.rows.length} 行`), text(`first ${MAX_DATA_ROWS} of ${table.rows.length} rows (Excel's limit)`)]);
		for (const c of table.columns)
			about_.push([text(sheets[i].sheet), text(headerZh(c)), text(headerEn(c)), text(c.kind), text(c.description_zh ?? c.zh), text(c.description_en ?? c.en)]);
	}
	return [...sheets, { data: about_, sheet: '说明', columns: [{ width: 24 }, { width: 28 }, { width: 28 }, { width: 10 }, { width: 40 }, { width: 40 }] }];
}

/** The .xlsx file as bytes (browser and Node alike). */
export async function workbookBytes(tables: readonly WorkbookTable[], about: WorkbookAbout): Promise<Uint8Array> {
	const blob = await writeXlsxFile(workbookSheets(tables, about) as never).toBlob();
	return new Uint8Array(await blob.arrayBuffer());
}
