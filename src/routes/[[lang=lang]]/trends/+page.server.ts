// Build time: the trends of the largest units and of every district, movers
// from the first to the last year, and the outliers of those units.
import { defaultTrendsFilters, loadTrends, loadTrendsOptions } from '$lib/data/trends';
import { buildTimeDataset } from '$lib/query/node';

export async function load() {
	const db = await buildTimeDataset();
	const options = await loadTrendsOptions(db);
	const view = await loadTrends(db, defaultTrendsFilters(options));
	return { options, view };
}
