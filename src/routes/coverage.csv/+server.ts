// /coverage.csv, written at build time: the coverage page's unit table (every
// unit, one column per fiscal year with the kinds of document held), UTF-8
// with a BOM for Excel, text cells guarded against formula evaluation by the
// same writer as every CSV export of the site.
import { coverageTable, loadCoverage } from '$lib/data/coverage';
import { buildTimeDataset } from '$lib/query/node';
import { BOM, toCsv } from '$lib/workspace/export-csv';

export const prerender = true;

export async function GET() {
	const data = await loadCoverage(await buildTimeDataset());
	return new Response(BOM + toCsv(coverageTable(data)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
