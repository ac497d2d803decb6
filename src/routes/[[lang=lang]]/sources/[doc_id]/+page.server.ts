import { error } from '@sveltejs/kit';
import type { SourceDocumentRow, SourceFlagRow, SourceLineRow } from '$lib/data/sources';
import { QUERIES } from '$lib/query/queries';
import { buildTimeDataset } from '$lib/query/node';

/** Every published document gets a prerendered page with its full text. */
export async function entries() {
	const db = await buildTimeDataset();
	return (await db.query<SourceDocumentRow>(QUERIES.sourcesIndex)).map((d) => ({ doc_id: d.doc_id }));
}

export async function load({ params }) {
	const db = await buildTimeDataset();
	const doc = (await db.query<SourceDocumentRow>(QUERIES.sourcesIndex)).find((d) => d.doc_id === params.doc_id);
	if (!doc) error(404, `没有编号为 ${params.doc_id} 的文件`);
	const lines = await db.query<SourceLineRow>(QUERIES.sourceLines, { doc: doc.doc_id });
	const flags = await db.query<SourceFlagRow>(QUERIES.sourceFlags, { doc: doc.doc_id });
	return { doc, lines, flags };
}
