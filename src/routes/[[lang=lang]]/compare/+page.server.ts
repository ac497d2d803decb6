// /compare/: the chooser, prerendered empty; a selection in the URL is run in the browser.
import { loadEntityOptions, type Comparison } from '$lib/data/compare';
import { buildTimeDataset } from '$lib/query/node';

export async function load() {
	const options = await loadEntityOptions(await buildTimeDataset());
	const comparison: Comparison = { entities: [], unknown: [], dropped: [], years: [] };
	return { options, comparison };
}
