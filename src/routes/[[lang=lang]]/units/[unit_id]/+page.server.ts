import { error } from '@sveltejs/kit';
import { loadUnit } from '$lib/data/unit';
import { QUERIES } from '$lib/query/queries';
import { buildTimeDataset } from '$lib/query/node';

/** Every unit of the registry gets a prerendered page. */
export async function entries() {
	const db = await buildTimeDataset();
	return (await db.query<{ unit_id: string }>(QUERIES.allUnits)).map((u) => ({ unit_id: u.unit_id }));
}

export async function load({ params }) {
	const db = await buildTimeDataset();
	const unit = await loadUnit(db, params.unit_id);
	if (!unit.info) error(404, `没有编号为 ${params.unit_id} 的单位`);
	return { unit };
}
