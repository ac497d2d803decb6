// The coverage page's and the overview's queries on the seeds, from the real
// pipeline and the site's query layer. Expected figures read from the seeds by
// hand: 永和 (黄埔区) 2021 self-evaluation form, 荔城 (增城区) 2021 report and 2022
// target declaration, 员村 (天河区) 2022 form, 金花 (荔湾区) 2022 project table.
import { beforeAll, describe, expect, it } from 'vitest';
import { coverageTable, loadCoverage, unitsWithoutDocuments, type CoverageData } from '../../src/lib/data/coverage.ts';
import { loadFilterOptions, loadOverview } from '../../src/lib/data/overview.ts';
import { QUERIES } from '../../src/lib/query/queries.ts';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import { toCsv } from '../../src/lib/workspace/export-csv.ts';
import { buildRegistered } from './helpers.ts';

let db: QueryRunner;
let coverage: CoverageData;

beforeAll(async () => {
	({ db } = await buildRegistered());
	coverage = await loadCoverage(db);
}, 120_000);

describe('coverage', () => {
	it('counts township units with a document, their own or a sub-unit’s', () => {
		expect(coverage.headline.units_with_documents).toBe(4);
		expect(coverage.headline.documents).toBe(5);
		expect([coverage.headline.first_year, coverage.headline.last_year]).toEqual([2021, 2022]);
		expect(coverage.headline.districts).toBe(11);
		expect(coverage.headline.districts_with_documents).toBe(4);
		const zc = coverage.districts.find((d) => d.district_code === '440118')!;
		expect([zc.units_with_documents, zc.documents, zc.first_year, zc.last_year]).toEqual([1, 2, 2021, 2022]);
		expect(zc.coverage_rate).toBeCloseTo(1 / zc.units_total, 12);
	});

	it('puts each document in its unit’s year cell and years in order', () => {
		expect(coverage.years).toEqual([2021, 2022]);
		expect(coverage.cells['zc-licheng'][2021].map((d) => d.kind)).toEqual(['self_evaluation_report']);
		expect(coverage.cells['zc-licheng'][2022].map((d) => d.doc_id)).toEqual(['zc-licheng-2022-target']);
		expect(coverage.cells['lw-jinhua-affairs']).toBeUndefined();
		// sub-units follow their street office
		const ids = coverage.units.map((u) => u.unit_id);
		expect(ids.indexOf('lw-jinhua-affairs')).toBe(ids.indexOf('lw-jinhua') + 1);
	});

	it('lists as without documents only township units with none, a sub-unit’s counting for its street office', () => {
		const missing = unitsWithoutDocuments(coverage).flatMap((g) => g.units.map((u) => u.unit_id));
		for (const id of ['hp-yonghe', 'lw-jinhua', 'th-yuancun', 'zc-licheng', 'lw-jinhua-affairs']) expect(missing).not.toContain(id);
		expect(missing.length).toBe(coverage.headline.units_total - 4);
	});

	it('writes the CSV with one column per year and guards text that a spreadsheet would run', () => {
		const table = coverageTable(coverage);
		expect(table.columns.map((c) => c.name).slice(-2)).toEqual(['2021', '2022']);
		const csv = toCsv(table).split('\r\n');
		expect(csv).toContain('440118,增城区,zc-licheng,荔城街道,街道,,2,2021,2022,self_evaluation_report,target_declaration');
		const hostile = coverageTable({ ...coverage, units: [{ ...coverage.units[0], short_name: '=HYPERLINK("x")' }] });
		expect(toCsv(hostile)).toContain(`"'=HYPERLINK(""x"")"`);
	});
});

describe('overview queries', () => {
	it('defaults to the year with the most units reporting execution (2021: 永和, 荔城; 2022: 员村)', async () => {
		expect((await loadFilterOptions(db)).defaultYear).toBe(2021);
	});

	it('all years: each unit once at its latest figure', async () => {
		const all = await loadOverview(db, { year: null, district: null });
		expect(all.ranking.map((r) => [r.unit_id, r.fiscal_year, r.rank])).toEqual([
			['th-yuancun', 2022, 1],
			['hp-yonghe', 2021, 2],
			['zc-licheng', 2021, 3] // its 2022 document is a target declaration
		]);
		// (12,198.33 + 18,570.21 + 75,317.78) ÷ (12,436.77 + 19,206.99 + 82,912.04)
		expect(all.headline.execution_rate).toBeCloseTo(106086.32 / 114555.8, 12);
		expect(all.headline.units).toBe(4);
		expect(all.headline.townships_covered).toBe(4); // 金花's project table is its own (no sub-unit documents)
		// attainment from 永和 2021 (13 met, 2 not) and 荔城 2021 (13 met, 3 not)
		expect([all.headline.indicators_met, all.headline.indicators_not_met]).toEqual([26, 5]);
		expect(all.scatter).toHaveLength(3);
	});

	it('compares all 11 districts whatever the district filter, with coverage that year', async () => {
		const rows = await db.query<{ district_code: string; execution_rate: number | null; units_with_documents: number; has_page: boolean }>(QUERIES.overviewDistricts, {
			year: 2022,
			district: '440106'
		});
		expect(rows).toHaveLength(11);
		const th = rows.find((r) => r.district_code === '440106')!;
		expect(th.execution_rate).toBeCloseTo(12198.33 / 12436.77, 12);
		const hp = rows.find((r) => r.district_code === '440112')!;
		expect([hp.execution_rate, hp.units_with_documents, hp.has_page]).toEqual([null, 0, true]); // 永和 has 2021 only
		expect(rows.find((r) => r.district_code === '440104')!.has_page).toBe(false);
	});

	it('gives each district’s quartiles of execution rates', async () => {
		const [zc, ...rest] = await db.query<{ district_code: string; units: number; median: number }>(QUERIES.overviewExecutionDistribution, { year: 2021, district: '440118' });
		expect(rest).toEqual([]);
		expect(zc.units).toBe(1);
		expect(zc.median).toBeCloseTo(75317.78 / 82912.04, 12);
	});
});
