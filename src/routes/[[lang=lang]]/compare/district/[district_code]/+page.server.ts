// /compare/district/<code>/: a district's units side by side, prerendered for every district (the district page links it).
import { error } from '@sveltejs/kit';
import { inEveryLang } from '$lib/i18n/entries';
import { districtPreset, loadComparison, loadEntityOptions } from '$lib/data/compare';
import { buildTimeDataset } from '$lib/query/node';

export async function entries() {
	const options = await loadEntityOptions(await buildTimeDataset());
	return inEveryLang(options.filter((o) => o.entity_kind === 'district').map((o) => ({ district_code: o.entity_id })));
}

export async function load({ params }) {
	const db = await buildTimeDataset();
	const options = await loadEntityOptions(db);
	const district = options.find((o) => o.entity_kind === 'district' && o.entity_id === params.district_code);
	if (!district) error(404, params.lang === 'en' ? `No district with the code ${params.district_code}` : `没有代码为 ${params.district_code} 的区`);
	const preset = districtPreset(district.entity_id, options);
	return { options, district: district.label, preset: { shown: preset.refs.length, withDocuments: preset.withDocuments }, comparison: await loadComparison(db, preset.refs, options) };
}
