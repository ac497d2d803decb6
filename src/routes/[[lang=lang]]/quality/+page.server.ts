// Build time: every quality flag, grouped by document and code (src/sql/queries/quality-*.sql).
import { loadQuality } from '$lib/data/quality';
import { buildTimeDataset } from '$lib/query/node';

export async function load() {
	return { quality: await loadQuality(await buildTimeDataset()) };
}
