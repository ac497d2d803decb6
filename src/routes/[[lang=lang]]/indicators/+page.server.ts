// Build time: the explorer's unfiltered view (counts, histogram, the first
// page of rows in document order) and its filter choices, from DuckDB (Node).
import { loadExplorer, loadExplorerOptions, NO_FILTERS } from '$lib/data/explorer';
import { buildTimeDataset } from '$lib/query/node';

export async function load() {
	const db = await buildTimeDataset();
	const options = await loadExplorerOptions(db);
	const view = await loadExplorer(db, NO_FILTERS);
	return { options, view };
}
