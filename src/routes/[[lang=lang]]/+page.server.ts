// Build time: the overview for the default view (latest year, all districts),
// queried with DuckDB (Node) and embedded in the prerendered page.
import { loadFilterOptions, loadOverview } from '$lib/data/overview';
import { buildTimeDataset } from '$lib/query/node';

export async function load() {
	const db = await buildTimeDataset();
	const options = await loadFilterOptions(db);
	const overview = await loadOverview(db, { year: options.defaultYear, district: null });
	return { options, overview };
}
