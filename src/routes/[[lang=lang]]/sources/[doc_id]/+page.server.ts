import { error } from '@sveltejs/kit';
import type { SourceDocumentRow, SourceFlagRow, SourceLineRow } from '$lib/data/sources';
import { QUERIES } from '$lib/query/queries';
import { buildTimeDataset } from '$lib/query/node';
import { inEveryLang } from '$lib/i18n/entries';

/** Every published document gets a prerendered page with its full text. */
export async function entries() {
	const db = await buildTimeDataset();
	return inEveryLang((await db.query<SourceDocumentRow>(QUERIES.sourcesIndex)).map((d) => ({ doc_id: d.doc_id })));
}

// Server loads run before the root layout sets the page's language: the 404 text picks it from the path.
export async function load({ params }) {
	const db = await buildTimeDataset();
	const doc = (await db.query<SourceDocumentRow>(QUERIES.sourcesIndex)).find((d) => d.doc_id === params.doc_id);
	if (!doc) error(404, params.lang === 'en' ? `No document with the id ${params.doc_id}` : `没有编号为 ${params.doc_id} 的文件`);
	const lines = await db.query<SourceLineRow>(QUERIES.sourceLines, { doc: doc.doc_id });
	const flags = await db.query<SourceFlagRow>(QUERIES.sourceFlags, { doc: doc.doc_id });
	return { doc, lines, flags };
}
