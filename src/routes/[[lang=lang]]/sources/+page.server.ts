import type { SourceDocumentRow } from '$lib/data/sources';
import { QUERIES } from '$lib/query/queries';
import { buildTimeDataset } from '$lib/query/node';

export async function load() {
	const db = await buildTimeDataset();
	return { documents: await db.query<SourceDocumentRow>(QUERIES.sourcesIndex) };
}
