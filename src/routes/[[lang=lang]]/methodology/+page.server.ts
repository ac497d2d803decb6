// Build time: the worked examples, computed by the site's own SQL from the published dataset.
import { loadMethodology } from '$lib/data/methodology';
import { buildTimeDataset } from '$lib/query/node';

export async function load() {
	return { m: await loadMethodology(await buildTimeDataset()) };
}
