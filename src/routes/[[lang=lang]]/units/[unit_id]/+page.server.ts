import { error } from '@sveltejs/kit';
import { loadUnit } from '$lib/data/unit';
import { QUERIES } from '$lib/query/queries';
import { buildTimeDataset } from '$lib/query/node';
import { inEveryLang } from '$lib/i18n/entries';

/** Every unit of the registry gets a prerendered page. */
export async function entries() {
	const db = await buildTimeDataset();
	return inEveryLang((await db.query<{ unit_id: string }>(QUERIES.allUnits)).map((u) => ({ unit_id: u.unit_id })));
}

// Server loads run before the root layout sets the page's language: the 404 text picks it from the path.
export async function load({ params }) {
	const db = await buildTimeDataset();
	const unit = await loadUnit(db, params.unit_id);
	if (!unit.info) error(404, params.lang === 'en' ? `No unit with the id ${params.unit_id}` : `没有编号为 ${params.unit_id} 的单位`);
	return { unit };
}
