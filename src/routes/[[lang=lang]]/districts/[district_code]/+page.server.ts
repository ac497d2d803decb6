import { error } from '@sveltejs/kit';
import type { DistrictUnitRow, DistrictYearRow } from '$lib/data/unit';
import { QUERIES } from '$lib/query/queries';
import { buildTimeDataset } from '$lib/query/node';
import { inEveryLang } from '$lib/i18n/entries';

/** Every district with data gets a prerendered page. */
export async function entries() {
	const db = await buildTimeDataset();
	return inEveryLang((await db.query<{ district_code: string }>(QUERIES.allDistricts)).map((d) => ({ district_code: d.district_code })));
}

// Server loads run before the root layout sets the page's language: the 404 text picks it from the path.
export async function load({ params }) {
	const db = await buildTimeDataset();
	const [district] = await db.query<{ district_code: string; name: string }>(QUERIES.districtInfo, { district: params.district_code });
	if (!district) error(404, params.lang === 'en' ? `No district with the code ${params.district_code}` : `没有代码为 ${params.district_code} 的区`);
	const units = await db.query<DistrictUnitRow>(QUERIES.districtUnits, { district: params.district_code });
	const years = await db.query<DistrictYearRow>(QUERIES.districtYears, { district: params.district_code });
	return { district, units, years };
}
