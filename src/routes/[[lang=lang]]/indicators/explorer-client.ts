// Browser-only helpers of the explorer page: the engine with the tables the
// explorer reads, and the CSV export. Imported by the page, which runs them
// only after hydration (they load the engine dynamically).
import { EXPORT_LIMIT, EXPLORER_TABLES, filterParams, prepareExplorer, type ExplorerFilters } from '$lib/data/explorer';
import { t } from '$lib/i18n/i18n';
import { bindParams } from '$lib/query/bind-sql';
import { QUERIES } from '$lib/query/queries';
import type { QueryRunner } from '$lib/query/types';

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
