// The coverage page's data (/coverage/ and /coverage.csv): every district and
// every unit with the documents held, from the coverage-*.sql queries. Shaping
// only (documents grouped into a unit × year grid); counts and shares come from SQL.
import { QUERIES } from '../query/queries.ts';
import type { QueryRunner } from '../query/types.ts';
import type { TabularResult } from '../engine/query.ts';
import type { DistrictRow } from './rows.ts';

export interface CoverageHeadline {
	units_total: number;
	units_with_documents: number;
	coverage_rate: number | null;
	documents: number;
	districts: number;
	districts_with_documents: number;
	first_year: number | null;
	last_year: number | null;
}

export interface CoverageDistrictRow {
	district_code: string;
	district_name: string;
	units_total: number;
	units_with_documents: number;
	coverage_rate: number | null;
	documents: number;
	first_year: number | null;
	last_year: number | null;
}

export interface CoverageUnitRow {
	unit_id: string;
	short_name: string;
	name: string;
	kind: string;
	parent_unit_id: string | null;
	district_code: string;
	district_name: string | null;
	documents: number;
	first_year: number | null;
	last_year: number | null;
	/** The unit's township (itself, or its street office for a sub-unit) has a document. */
	township_has_documents: boolean;
}

export interface CoverageDocument {
	unit_id: string;
	fiscal_year: number;
	kind: string;
	doc_id: string;
}

export interface CoverageData {
	headline: CoverageHeadline;
	districts: CoverageDistrictRow[];
	units: CoverageUnitRow[];
	/** Every fiscal year some document is about, oldest first: the grid's columns. */
	years: number[];
	/** unit_id → fiscal year → its documents that year. */
	cells: Record<string, Record<number, CoverageDocument[]>>;
	/** All districts on the map (overview-districts.sql over all years). */
	map: DistrictRow[];
}

export async function loadCoverage(db: QueryRunner): Promise<CoverageData> {
	const [headline] = await db.query<CoverageHeadline>(QUERIES.coverageHeadline);
	const districts = await db.query<CoverageDistrictRow>(QUERIES.coverageDistricts);
	const units = await db.query<CoverageUnitRow>(QUERIES.coverageUnits);
	const documents = await db.query<CoverageDocument>(QUERIES.coverageDocuments);
	const map = await db.query<DistrictRow>(QUERIES.overviewDistricts, { year: null });
	const cells: CoverageData['cells'] = {};
	for (const d of documents) ((cells[d.unit_id] ??= {})[d.fiscal_year] ??= []).push(d);
	const years = [...new Set(documents.map((d) => d.fiscal_year))].sort((a, b) => a - b);
	return { headline, districts, units, years, cells, map };
}

/** Township units without any document (their own or a sub-unit's), by district in code order. */
export function unitsWithoutDocuments(data: CoverageData): { district_code: string; district_name: string; units: CoverageUnitRow[] }[] {
	const out = new Map<string, { district_code: string; district_name: string; units: CoverageUnitRow[] }>();
	for (const u of data.units) {
		if (u.parent_unit_id !== null || u.township_has_documents) continue;
		const g = out.get(u.district_code) ?? { district_code: u.district_code, district_name: u.district_name ?? u.district_code, units: [] };
		g.units.push(u);
		out.set(u.district_code, g);
	}
	return [...out.values()];
}

/**
 * The coverage table as a CSV result: one row per unit, one column per fiscal
 * year holding the kinds of document held that year (`;`-separated codes of
 * documents.kind), empty when none. Column names are the dataset's own.
 */
export function coverageTable(data: CoverageData): TabularResult {
	const columns = [
		{ name: 'district_code', type: 'VARCHAR' },
		{ name: 'district_name', type: 'VARCHAR' },
		{ name: 'unit_id', type: 'VARCHAR' },
		{ name: 'short_name', type: 'VARCHAR' },
		{ name: 'kind', type: 'VARCHAR' },
		{ name: 'parent_unit_id', type: 'VARCHAR' },
		{ name: 'documents', type: 'INTEGER' },
		{ name: 'first_year', type: 'INTEGER' },
		{ name: 'last_year', type: 'INTEGER' },
		...data.years.map((y) => ({ name: String(y), type: 'VARCHAR' }))
	];
	const rows = data.units.map((u) => [
		u.district_code,
		u.district_name,
		u.unit_id,
		u.short_name,
		u.kind,
		u.parent_unit_id,
		u.documents,
		u.first_year,
		u.last_year,
		...data.years.map((y) => {
			const docs = data.cells[u.unit_id]?.[y];
			return docs ? [...new Set(docs.map((d) => d.kind))].join(';') : null;
		})
	]);
	return { columns, rows };
}
