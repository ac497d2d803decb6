import { error } from '@sveltejs/kit';
import type { DistrictUnitRow, DistrictYearRow } from '$lib/data/unit';
import { QUERIES } from '$lib/query/queries';
import { buildTimeDataset } from '$lib/query/node';

/** Every district with data gets a prerendered page. */
export async function entries() {
	const db = await buildTimeDataset();
	return (await db.query<{ district_code: string }>(QUERIES.allDistricts)).map((d) => ({ district_code: d.district_code }));
}

export async function load({ params }) {
	const db = await buildTimeDataset();
	const [district] = await db.query<{ district_code: string; name: string }>(QUERIES.districtInfo, { district: params.district_code });
	if (!district) error(404, `没有代码为 ${params.district_code} 的区`);
	const units = await db.query<DistrictUnitRow>(QUERIES.districtUnits, { district: params.district_code });
	const years = await db.query<DistrictYearRow>(QUERIES.districtYears, { district: params.district_code });
	return { district, units, years };
}
