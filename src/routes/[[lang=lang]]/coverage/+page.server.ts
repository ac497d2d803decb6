// Build time: the coverage of every district and unit, queried with DuckDB (Node).
import { loadCoverage } from '$lib/data/coverage';
import { buildTimeDataset } from '$lib/query/node';

export async function load() {
	return { coverage: await loadCoverage(await buildTimeDataset()) };
}
