// Browser-only helpers of the explorer page: the engine with the tables the
// explorer reads, and the CSV export. Imported by the page, which runs them
// only after hydration (they load the engine dynamically).
import { EXPORT_LIMIT, EXPLORER_TABLES, filterParams, prepareExplorer, type ExplorerFilters } from '$lib/data/explorer';
import { t } from '$lib/i18n/i18n';
import { bindParams } from '$lib/query/bind-sql';
import { QUERIES } from '$lib/query/queries';
import type { QueryRunner } from '$lib/query/types';
import type { WorkbookColumn } from '$lib/workbook/workbook';

let shared: Promise<QueryRunner> | undefined;

/** The engine with the explorer's tables and index, set up once per page load. */
export function explorerDb(): Promise<QueryRunner> {
	shared ??= (async () => {
		const { browserDataset } = await import('$lib/query/browser');
		const db = await browserDataset(EXPLORER_TABLES);
		await prepareExplorer(db);
		return db;
	})();
	shared.catch(() => (shared = undefined)); // a later call tries again
	return shared;
}

/**
 * Every filtered row (up to EXPORT_LIMIT) as CSV with a BOM, for Excel. The
 * file is data: its column headers are explorer-export.sql's (Chinese) in
 * either language; only the file name follows the page's language.
 */
export async function exportExplorerCsv(filters: ExplorerFilters): Promise<void> {
	await explorerDb();
	const [{ queryPageTabular }, { csvBlob }, { downloadBlob, exportFileName }] = await Promise.all([
		import('$lib/engine/query'),
		import('$lib/workspace/export-csv'),
		import('$lib/workspace/download')
	]);
	const bound = bindParams(QUERIES.explorerExport, { ...filterParams(filters), limit: EXPORT_LIMIT });
	const result = await queryPageTabular(bound.sql, bound.values);
	downloadBlob(csvBlob(result), exportFileName(t('explorer.exportFileName'), 'csv'));
}

/** The same rows as the CSV export, as an .xlsx workbook (Chinese headers, English beneath, typed cells). */
export async function exportExplorerWorkbook(filters: ExplorerFilters, filterText: string): Promise<void> {
	await explorerDb();
	const [{ queryPageTabular }, { workbookBytes }, { COLUMNS: C }, { downloadBlob, exportFileName }] = await Promise.all([
		import('$lib/engine/query'),
		import('$lib/workbook/workbook'),
		import('$lib/workbook/columns'),
		import('$lib/workspace/download')
	]);
	const bound = bindParams(QUERIES.explorerExport, { ...filterParams(filters), limit: EXPORT_LIMIT });
	const result = await queryPageTabular(bound.sql, bound.values);
	// explorer-export.sql names its columns in Chinese: each gets its workbook column by that name
	const byName: Record<string, WorkbookColumn> = {
		单位: C.unit, 单位编号: C.unitId, 区: C.district, 年度: C.year, 一级指标: C.level1, 二级指标: C.level2, 指标名称: C.indicator,
		'目标（原文）': C.target, '实际（原文）': C.actualText, 完成度: C.attainment, 状态: C.status,
		指标族: { key: 'family', zh: '指标族', en: 'Indicator family', kind: 'text' }, 来源文件: C.doc, 来源行: C.line,
		指标编号: { key: 'indicator_id', zh: '指标编号', en: 'Indicator id', kind: 'text' }
	};
	const columns = result.columns.map((c) => ({ ...(byName[c.name] ?? { zh: c.name, en: c.name, kind: 'text' as const }), key: c.name }));
	const stamp = (await import('$app/state')).page.data.dataset as { version: string; builtAt: string } | undefined;
	const name = t('explorer.exportFileName');
	const bytes = await workbookBytes(
		[{ name, columns, rows: result.rows, note_zh: filterText, note_en: filterText }],
		{ title: t('explorer.workbookNote', { filters: filterText }), version: stamp?.version ?? '', built: stamp?.builtAt ?? '', source: location.href }
	);
	downloadBlob(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), exportFileName(name, 'xlsx'));
}
