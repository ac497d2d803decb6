// The indicator explorer's and the trends page's SQL on the seeds, with the
// values counted by hand in data/sources/, and the movers on a small
// constructed dataset whose rates are chosen by hand.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExplorer, loadExplorerOptions, loadExplorerRows, NO_FILTERS, prepareExplorer, type ExplorerFilters } from '../../src/lib/data/explorer.ts';
import { defaultTrendsFilters, loadTrends, loadTrendsOptions, type MoverRow } from '../../src/lib/data/trends.ts';
import { openDataset } from '../../src/lib/query/node.ts';
import { QUERIES } from '../../src/lib/query/queries.ts';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import { generateSynthetic } from '../../src/pipeline/synthetic/generate.ts';
import type { BudgetRow, Dataset, DocumentRow, UnitRow } from '../../src/pipeline/types.ts';
import { writeDataset } from '../../src/pipeline/write-dataset.ts';
import { buildRegistered } from './helpers.ts';

const f = (patch: Partial<ExplorerFilters>): ExplorerFilters => ({ ...NO_FILTERS, ...patch });

describe('indicator search and the explorer on the seeds', () => {
	let db: QueryRunner;
	beforeAll(async () => {
		({ db } = await buildRegistered());
		await prepareExplorer(db);
	});

	it('满意度 finds all 54 indicators whose name has 满意, 服务对象满意率 included, and nothing else', async () => {
		// Counted in data/sources/: 000 (荔城 2022) lines 55, 57 → 2; 001 (永和 2021) lines 29, 32 (群众/公众), 33, 34 → 5;
		// 002 (员村 2022) line 35 服务对象满意率 → 1; 004 (金花 2022) 44 lines, lines 17 and 26 with two names each → 46.
		const v = await loadExplorer(db, f({ q: '满意度', sort: 'relevance' }));
		expect(v.summary.total).toBe(54);
		expect(v.rows).toHaveLength(54);
		const perUnit = Object.fromEntries(['hp-yonghe', 'lw-jinhua', 'th-yuancun', 'zc-licheng'].map((u) => [u, v.rows.filter((r) => r.unit_id === u).length]));
		expect(perUnit).toEqual({ 'hp-yonghe': 5, 'lw-jinhua': 46, 'th-yuancun': 1, 'zc-licheng': 2 });
		expect(v.rows.every((r) => r.name.includes('满意') && r.family === 'satisfaction')).toBe(true);
		// the same 54 as the satisfaction family: every indicator of the family is found
		const [{ n }] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM indicators WHERE family = 'satisfaction'`);
		expect(n).toBe(54);
		// ranked: the 52 names containing 满意度 (score 1) before the two 服务对象满意率 (满意 of {满意, 意度}: 0.5)
		expect(v.rows.slice(52).map((r) => [r.name, r.match_score, r.unit_id, r.source_line])).toEqual([
			['服务对象满意率', 0.5, 'lw-jinhua', 39],
			['服务对象满意率', 0.5, 'th-yuancun', 35]
		]);
		expect(v.rows.slice(0, 52).every((r) => r.match_score === 1)).toBe(true);
	});

	it('matches on character pairs: 环境卫生满意度 finds 居民对环境卫生满意度 (contains it) before 居民对环境卫生的满意度 (5 of 6 pairs)', async () => {
		// 金花 line 19 居民对环境卫生满意度; 金花 line 24 and 荔城 line 57 居民对环境卫生的满意度;
		// 环境卫生排名 (永和 line 35) and 城乡环境卫生干净度 share 3 of 6 pairs (环境, 境卫, 卫生): half, so they match too, last.
		const rows = await loadExplorerRows(db, f({ q: '环境卫生满意度', sort: 'relevance' }));
		expect(rows.map((r) => [r.name, r.unit_id, Math.round(r.match_score! * 1000) / 1000])).toEqual([
			['居民对环境卫生满意度', 'lw-jinhua', 1],
			['居民对环境卫生的满意度', 'lw-jinhua', 0.833],
			['居民对环境卫生的满意度', 'zc-licheng', 0.833],
			['环境卫生排名', 'hp-yonghe', 0.5],
			['城乡环境卫生干净度', 'zc-licheng', 0.5]
		]);
	});

	it('ignores spaces and case; one or two characters match as a substring only', async () => {
		expect((await loadExplorer(db, f({ q: ' 满意 度 ' }))).summary.total).toBe(54);
		expect((await loadExplorer(db, f({ q: '满意' }))).summary.total).toBe(54);
		// 意度 alone is a substring of every 满意度 name (52) but not of 满意率
		expect((await loadExplorer(db, f({ q: '意度' }))).summary.total).toBe(52);
		expect((await loadExplorer(db, f({ q: '无此指标名称' }))).summary.total).toBe(0);
	});

	it('counts by status and category and bins attainment, for the same filters as the list', async () => {
		const all = await loadExplorer(db, NO_FILTERS);
		const truth = await db.query<{ status: string; n: number }>(`SELECT status, count(*) AS n FROM indicators GROUP BY status ORDER BY status`);
		expect(all.summary.total).toBe(308); // 43 + 18 + 16 + 199 + 32 indicators of the five documents (ingest report)
		expect(all.summary.byStatus.map((s) => [s.key, s.n])).toEqual(truth.map((t) => [t.status, t.n]));
		// 31 indicators have an attainment: the met and not-met ones (26 + 5)
		expect(all.summary.histogram.reduce((s, b) => s + b.n, 0)).toBe(31);
		expect(all.summary.histogram).toHaveLength(16);
		// 荔城 line 99: 开展政策培训、业务培训 1 次 → 5 次 = 500 %: the last bin (≥ 150 %)
		expect(all.summary.histogram[15].n).toBeGreaterThanOrEqual(1);
		expect(all.rows).toHaveLength(100); // PAGE_SIZE
		expect(all.rows[0]).toMatchObject({ unit_id: 'hp-yonghe', fiscal_year: 2021 }); // document order: hp-… first

		const unmet = await loadExplorer(db, f({ status: 'not_met' }));
		expect(unmet.summary.total).toBe(5); // 永和 2, 荔城 3 (outliers.test.ts, standouts of 2021)
		expect(unmet.rows.map((r) => r.unit_id).sort()).toEqual(['hp-yonghe', 'hp-yonghe', 'zc-licheng', 'zc-licheng', 'zc-licheng']);
		expect(unmet.summary.byLevel1.reduce((s, c) => s + c.n, 0)).toBe(5);
	});

	it('combines filters: district, year, document kind, unit', async () => {
		const district = await loadExplorer(db, f({ district: '440106' })); // 天河区: 员村 only
		expect(new Set(district.rows.map((r) => r.unit_id))).toEqual(new Set(['th-yuancun']));
		expect(district.summary.total).toBe(18);
		const year2021 = await loadExplorer(db, f({ year: 2021, kind: 'self_evaluation_report' })); // 荔城's 2021 report
		expect(year2021.summary.total).toBe(16);
		expect((await loadExplorer(db, f({ unit: 'lw-jinhua', q: '满意度' }))).summary.total).toBe(46);
		// unknown values (a hand-edited link) select nothing rather than failing
		expect((await loadExplorer(db, f({ status: 'bogus' }))).summary.total).toBe(0);
	});

	it('sorts on the index and pages from an offset', async () => {
		const byAttainment = await loadExplorerRows(db, f({ sort: 'attainment', dir: 'desc' }), 0, 3);
		expect(byAttainment[0]).toMatchObject({ name: '开展政策培训、业务培训', attainment: 5 }); // 500 %, the largest
		const asc = await loadExplorerRows(db, f({ sort: 'attainment', dir: 'asc' }), 0, 31);
		const values = asc.map((r) => r.attainment!);
		expect(values).toEqual([...values].sort((a, b) => a - b));
		const page1 = await loadExplorerRows(db, NO_FILTERS, 0, 10);
		const page2 = await loadExplorerRows(db, NO_FILTERS, 10, 10);
		const both = await loadExplorerRows(db, NO_FILTERS, 0, 20);
		expect([...page1, ...page2].map((r) => r.indicator_id)).toEqual(both.map((r) => r.indicator_id));
		const unmetFirst = await loadExplorerRows(db, f({ sort: 'status' }), 0, 5);
		expect(unmetFirst.every((r) => r.status === 'not_met')).toBe(true);
	});

	it('the family view of 满意度: one row per unit, targets against the median of all units', async () => {
		const v = await loadExplorer(db, f({ family: 'satisfaction' }));
		const rows = v.family!;
		expect(rows.map((r) => r.unit_id).sort()).toEqual(['hp-yonghe', 'lw-jinhua', 'th-yuancun', 'zc-licheng']);
		expect(rows.every((r) => r.basis_unit === '%' && r.basis_direction === 'higher_better' && r.rows_total === 4)).toBe(true);
		const by = Object.fromEntries(rows.map((r) => [r.unit_id, r]));
		// 永和 line 29 居民幸福感满意度 ≥80 %, actual 85 %: met; its four others (lines 32–34) print only an actual
		expect(by['hp-yonghe']).toMatchObject({ indicators: 5, met: 1, not_met: 0, not_judged: 4, compared: 1, target_median: 80, actual_median: 85, easier_than_median: true });
		// 荔城 2022 (target declaration) lines 55, 57: 89 % and 85 %; median 87
		expect(by['zc-licheng']).toMatchObject({ fiscal_year: 2022, indicators: 2, compared: 2, target_min: 85, target_max: 89, target_median: 87, easier_than_median: true });
		// 金花: 46 names, 44 with a target (lines 44 and 50 print none); 妇女满意度 ≥60 % (line 26) to 100 %
		expect(by['lw-jinhua']).toMatchObject({ indicators: 46, compared: 44, target_min: 60, target_max: 100, target_median: 90, easier_than_median: false });
		// 员村 line 35 服务对象满意率 prints only its actual (≥90%): nothing to compare
		expect(by['th-yuancun']).toMatchObject({ indicators: 1, compared: 0, target_median: null, easier_than_median: null });
		// 47 targets: 60, 80 (金花 line 18), 80 (永和), 85, 89, then 90 and above: the 24th is 90
		expect(rows[0].family_median).toBe(90);
		expect(by['hp-yonghe'].target_vs_median).toBeCloseTo(80 / 90, 12);
	});

	it('lists a family’s targets that may be too low from the shared outlier view', async () => {
		// 荔城 2021 report, line 99: 开展政策培训、业务培训 1 次 → 5 次 (500 %); line 103: 来穗人员融合活动开展次数 55 → 67 次 (122 %):
		// both 活动开展次数. Line 101/103 垃圾专车专运完成率 70 % → 100 % is a 完成率. No 满意度 indicator has both a target and an actual above it.
		const activity = await loadExplorer(db, f({ family: 'activity_count' }));
		expect(activity.familyOutliers!.map((o) => [o.indicator_name, o.source_line])).toEqual([
			['开展政策培训、业务培训', 99],
			['来穗人员融合活动开展次数', 103]
		]);
		expect(activity.familyOutliers![0].reason).toBe('指标“开展政策培训、业务培训”完成值为目标的 500%（目标 1 次，完成 5 次），目标可能偏低');
		expect(activity.familyOutliers![0].reason_en).toBe('indicator “开展政策培训、业务培训” reached 500% of its target (target 1 次, actual 5 次): the target may be set too low');
		expect((await loadExplorer(db, f({ family: 'completion' }))).familyOutliers!.map((o) => o.indicator_name)).toEqual(['垃圾专车专运完成率']);
		expect((await loadExplorer(db, f({ family: 'satisfaction' }))).familyOutliers).toEqual([]);
		expect((await loadExplorer(db, f({ family: 'activity_count', year: 2022 }))).familyOutliers).toEqual([]);
		expect((await loadExplorer(db, NO_FILTERS)).familyOutliers).toBeNull();
	});

	it('filter choices come from the data, with counts', async () => {
		const o = await loadExplorerOptions(db);
		expect(o.family.find((x) => x.value === 'satisfaction')).toMatchObject({ label: '满意度', label_en: 'Satisfaction', n: 54 });
		// only families carry an English name: codes and categories are labelled by the page (labels.ts)
		expect(o.status.every((x) => x.label_en === null) && o.level1.every((x) => x.label_en === null)).toBe(true);
		expect(o.year.map((y) => y.value)).toEqual(['2022', '2021']);
		expect(o.unit.map((u) => u.value).sort()).toEqual(['hp-yonghe', 'lw-jinhua', 'th-yuancun', 'zc-licheng']);
		expect(o.status.reduce((s, x) => s + x.n, 0)).toBe(308);
	});
});

describe('trends on the seeds', () => {
	let db: QueryRunner;
	beforeAll(async () => {
		({ db } = await buildRegistered());
	});

	it('preselects the largest budgets and gives each unit only its own years', async () => {
		const o = await loadTrendsOptions(db);
		// 荔城 82,912.04 > 永和 19,206.99 > 员村 12,436.77 万元; 金花 has no budget figures
		expect(o.units.map((u) => u.unit_id)).toEqual(['zc-licheng', 'hp-yonghe', 'th-yuancun', 'lw-jinhua']);
		expect(o.years).toEqual([2021, 2022]);
		const t = await loadTrends(db, defaultTrendsFilters(o));
		expect(t.filters).toMatchObject({ metric: 'execution', from: 2021, to: 2022 });
		const rate = (u: string, y: number) => t.units.find((r) => r.unit_id === u && r.fiscal_year === y)?.execution_rate;
		expect(rate('hp-yonghe', 2021)).toBeCloseTo(18570.21 / 19206.99, 12);
		expect(rate('th-yuancun', 2022)).toBeCloseTo(12198.33 / 12436.77, 12);
		expect(rate('zc-licheng', 2021)).toBeCloseTo(75317.78 / 82912.04, 12);
		expect(rate('zc-licheng', 2022)).toBeNull(); // the 2022 document is a target declaration
		expect(t.units.filter((r) => r.unit_id === 'hp-yonghe')).toHaveLength(1); // one year: a point, not a line
		// districts from summed money: 黄埔 2021 = 永和 alone
		expect(t.districts.find((d) => d.district_code === '440112' && d.fiscal_year === 2021)?.execution_rate).toBeCloseTo(18570.21 / 19206.99, 12);
	});

	it('no movers: no seed unit has an execution rate in both 2021 and 2022', async () => {
		const o = await loadTrendsOptions(db);
		expect((await loadTrends(db, defaultTrendsFilters(o))).movers).toEqual([]);
	});

	it('lists the outlier view’s rows for the chosen units and years, sentences included', async () => {
		const o = await loadTrendsOptions(db);
		const t = await loadTrends(db, defaultTrendsFilters(o));
		expect(t.outliers.map((r) => [r.kind, r.unit_id, r.fiscal_year])).toEqual([
			['figure_mismatch', 'th-yuancun', 2022],
			['over_achievement', 'zc-licheng', 2021],
			['over_achievement', 'zc-licheng', 2021],
			['over_achievement', 'zc-licheng', 2021]
		]);
		expect(t.outliers[0].reason).toBe('原文执行率 98.10%，按原文金额计算为 98.08%（实际支出 12198.33 万元 ÷ 全年预算 12436.77 万元）');
		expect(t.outliers[0].reason_en).toBe(
			'printed execution rate 98.10%, but the printed amounts give 98.08% (actual spending 12198.33 × CNY 10k ÷ full-year budget 12436.77 × CNY 10k)'
		);
		const only2021 = await loadTrends(db, { ...defaultTrendsFilters(o), units: ['th-yuancun'], from: 2021, to: 2021 });
		expect(only2021.outliers).toEqual([]);
	});
});

// ---------------------------------------------------------------------------
// Movers on a constructed dataset: five units, execution rates set by hand.

function unit(id: string): UnitRow {
	return { unit_id: id, name: `测试街道${id}办事处`, short_name: `测试${id}`, name_en: null, district_code: '440106', kind: '街道', parent_unit_id: null };
}
function doc(unit_id: string, year: number): DocumentRow {
	return {
		doc_id: `${unit_id}-${year}`, unit_id, fiscal_year: year, year_assumed: false, year_basis: 'test', kind: 'self_evaluation_form', title: null,
		source_file: `sources/${unit_id}-${year}.txt`, source_url: null, sha256: '0', encoding: 'utf-8', lines_total: 1, lines_fact: 1, lines_prose: 0, lines_unparsed: 0
	};
}
function budget(unit_id: string, year: number, actual: number): BudgetRow {
	return {
		budget_id: `${unit_id}-${year}-b`, unit_id, fiscal_year: year, doc_id: `${unit_id}-${year}`, scope: 'total',
		initial_budget_wan: 10000, adjusted_budget_wan: 10000, actual_spend_wan: actual,
		reported_execution_rate: null, reported_adjustment_rate: null, task_id: null, source_line: 8
	};
}

describe('top movers between two years', () => {
	let db: QueryRunner;
	// execution 2021 → 2023: u1 90 → 99 (+9 pp), u2 95 → 96 (+1), u3 99 → 80 (−19), u4 97 → 97 (0), u5 98 → 93 (−5);
	// u6 has 2021 only and is not compared.
	const RATES: Record<string, [number, number | null]> = { u1: [0.9, 0.99], u2: [0.95, 0.96], u3: [0.99, 0.8], u4: [0.97, 0.97], u5: [0.98, 0.93], u6: [0.91, null] };
	beforeAll(async () => {
		const ids = Object.keys(RATES);
		const ds: Dataset = {
			districts: [{ district_code: '440106', name: '天河区', name_en: 'Tianhe', city: '广州市' }],
			units: ids.map(unit),
			documents: ids.flatMap((u) => [doc(u, 2021), ...(RATES[u][1] === null ? [] : [doc(u, 2023)])]),
			budgets: ids.flatMap((u) => [budget(u, 2021, 10000 * RATES[u][0]), ...(RATES[u][1] === null ? [] : [budget(u, 2023, 10000 * RATES[u][1]!)])]),
			budget_lines: [], tasks: [], indicators: [], scores: [], quality_flags: [], indicator_families: [], source_lines: []
		};
		const out = await mkdtemp(join(tmpdir(), 'gz-movers-'));
		await writeDataset(ds, out, { synthetic: true, generator: 'test' });
		db = await openDataset(out);
	});

	const movers = (p: { from: number; to: number; limit: number; metric?: string }) =>
		db.query<MoverRow>(QUERIES.trendsMovers, { metric: p.metric ?? 'execution', from: p.from, to: p.to, district: null, limit: p.limit });

	it('ranks risers and fallers by the change in percentage points; no change is neither', async () => {
		const rows = await movers({ from: 2021, to: 2023, limit: 10 });
		expect(rows.map((r) => [r.direction, r.rank, r.unit_id])).toEqual([
			['up', 1, 'u1'],
			['up', 2, 'u2'],
			['down', 1, 'u3'],
			['down', 2, 'u5']
		]);
		expect(rows[0].change).toBeCloseTo(0.09, 12);
		expect(rows[2]).toMatchObject({ from_value: 0.99, to_value: 0.8 });
		expect(rows[2].change).toBeCloseTo(-0.19, 12);
		expect(rows.every((r) => r.units_compared === 5)).toBe(true); // u6 lacks 2023
	});

	it('keeps $limit each way, reverses with the years, and is empty for one year or an empty metric', async () => {
		expect((await movers({ from: 2021, to: 2023, limit: 1 })).map((r) => r.unit_id)).toEqual(['u1', 'u3']);
		expect((await movers({ from: 2023, to: 2021, limit: 1 })).map((r) => [r.direction, r.unit_id])).toEqual([
			['up', 'u3'],
			['down', 'u1']
		]);
		expect(await movers({ from: 2021, to: 2021, limit: 10 })).toEqual([]);
		expect(await movers({ from: 2021, to: 2023, limit: 10, metric: 'attainment' })).toEqual([]); // no indicators
	});
});

// ---------------------------------------------------------------------------
// The explorer's short cuts (per-name counts, each name's first 200 rows) give
// what counting and sorting every row gives, on a synthetic dataset where
// names have hundreds of rows.

describe('the explorer’s per-name short cuts agree with the whole index', () => {
	let db: QueryRunner;
	beforeAll(async () => {
		const out = await mkdtemp(join(tmpdir(), 'gz-explorer-'));
		await writeDataset(generateSynthetic({ units: 300, years: 2, indicatorsPerUnitYear: 25 }), out, { synthetic: true, generator: 'test' });
		db = await openDataset(out);
		await prepareExplorer(db);
	});

	it('has names with more than 200 rows (the first-rows table is capped there)', async () => {
		const [r] = await db.query<{ n: number }>(`SELECT max(indicators) AS n FROM indicator_names`);
		expect(r.n).toBeGreaterThan(400);
	});

	for (const q of ['满意度', '及时率', '次数', '群众', '率', '']) {
		it(`first page of “${q}”: each name's first rows give the same 200 rows as sorting them all`, async () => {
			const sort = q ? 'relevance' : 'default';
			const fast = await loadExplorerRows(db, f({ q, sort }), 0, 200); // explorer_rows_by_name: true
			const all = await loadExplorerRows(db, f({ q, sort }), 0, 201); // offset + limit > 200: the whole index
			expect(fast.length).toBe(Math.min(200, all.length));
			expect(fast.map((r) => r.indicator_id)).toEqual(all.slice(0, 200).map((r) => r.indicator_id));
			const fam = await loadExplorerRows(db, f({ q, sort, family: 'satisfaction' }), 0, 200);
			const famAll = await loadExplorerRows(db, f({ q, sort, family: 'satisfaction' }), 0, 201);
			expect(fam.map((r) => r.indicator_id)).toEqual(famAll.slice(0, 200).map((r) => r.indicator_id));
		});

		it(`counts of “${q}” from per-name counts equal a count of the indicators`, async () => {
			const v = await loadExplorer(db, f({ q, status: 'met' }));
			const like = q ? `AND name IN (SELECT name FROM indicator_search('${q}'))` : '';
			const [truth] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM indicators WHERE status = 'met' ${like}`);
			expect(v.summary.total).toBe(truth.n);
			const bins = await db.query<{ bin: number; n: number }>(
				`SELECT CAST(least(floor(attainment * 10), 15) AS INTEGER) AS bin, count(*) AS n FROM indicators WHERE status = 'met' AND attainment IS NOT NULL ${like} GROUP BY bin ORDER BY bin`
			);
			expect(v.summary.histogram.filter((b) => b.n > 0)).toEqual(bins);
			// the same with a filter that forces counting the index (every year: the same rows)
			const years = await db.query<{ y: number }>(`SELECT DISTINCT fiscal_year AS y FROM indicators`);
			let sum = 0;
			for (const { y } of years) sum += (await loadExplorer(db, f({ q, status: 'met', year: y }))).summary.total;
			expect(sum).toBe(truth.n);
		});
	}
});
