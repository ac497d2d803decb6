// /compare/unit/<unit_id>/: a unit against its district, prerendered for every unit with documents
// (its unit page links it; a unit without documents has nothing to compare yet, and /compare/ still takes it).
import { error } from '@sveltejs/kit';
import { inEveryLang } from '$lib/i18n/entries';
import { loadComparison, loadEntityOptions, unitPreset } from '$lib/data/compare';
import { buildTimeDataset } from '$lib/query/node';

export async function entries() {
	const options = await loadEntityOptions(await buildTimeDataset());
	return inEveryLang(options.filter((o) => o.entity_kind === 'unit' && o.documents > 0).map((o) => ({ unit_id: o.entity_id })));
}

export async function load({ params }) {
	const db = await buildTimeDataset();
	const options = await loadEntityOptions(db);
	const unit = options.find((o) => o.entity_kind === 'unit' && o.entity_id === params.unit_id);
	if (!unit) error(404, params.lang === 'en' ? `No unit with the id ${params.unit_id}` : `没有编号为 ${params.unit_id} 的单位`);
	return { options, comparison: await loadComparison(db, unitPreset(unit), options) };
}
