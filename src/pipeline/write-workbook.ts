// The whole published dataset as one .xlsx workbook (a sheet per table, the
// column dictionary in 说明), written with the site's one workbook builder
// (lib/workbook) so a downloaded table and a table saved from a page read alike.
import type { DuckDBConnection } from '@duckdb/node-api';
import { workbookBytes, type ColumnKind, type WorkbookColumn, type WorkbookTable } from '../lib/workbook/workbook.ts';
import type { CsvTable } from './write-downloads.ts';

interface ColumnDescription {
	name: string;
	type: string;
	description_zh: string;
	description_en: string;
}

/** The dataset contract's types say the meaning: DECIMAL is money in 万元, rates and attainment are fractions. */
export function columnKind(c: { name: string; type: string }): ColumnKind {
	if (c.type.startsWith('DECIMAL')) return 'money';
	if (c.name === 'fiscal_year') return 'year';
	if (c.type === 'DOUBLE' && /(^|_)(rate|attainment)$/.test(c.name)) return 'rate';
	if (/^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?)$/.test(c.type)) return 'count';
	if (c.type === 'DOUBLE' || c.type === 'FLOAT') return 'number';
	return 'text';
}

/** A Chinese header: the description up to its first comma or semicolon (预算执行率（原文） stays whole, so two rates stay apart). */
const shortZh = (d: string) => d.split(/[，,；;]/)[0].trim() || d;

export function workbookColumn(c: ColumnDescription): WorkbookColumn {
	return { key: c.name, zh: shortZh(c.description_zh), en: c.name, kind: columnKind(c), description_zh: c.description_zh, description_en: c.description_en };
}

export async function datasetWorkbook(
	conn: DuckDBConnection,
	tables: { name: string; description_zh: string; description_en: string; columns: ColumnDescription[] }[],
	selects: Record<string, CsvTable>,
	about: { version: string; built: string; source: string }
): Promise<Uint8Array> {
	const sheets: WorkbookTable[] = [];
	for (const t of tables) {
		const def = selects[t.name];
		if (!def) continue;
		const reader = await conn.runAndReadAll(`SELECT * FROM (${def.select})`);
		sheets.push({ name: t.name, columns: t.columns.map(workbookColumn), rows: reader.getRowObjectsJS(), note_zh: t.description_zh, note_en: t.description_en });
	}
	return workbookBytes(sheets, { title: '广州市街道预算绩效数据集 / Guangzhou street office budget performance', ...about });
}
