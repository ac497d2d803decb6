// The outlier service (`outliers` in src/sql/metrics.sql): on the seeds,
// checked by hand against data/sources/; on a small constructed dataset, one
// case per rule and its boundary, the IQR fence included.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutlierRow as OutlierRowZh, ScatterRow as ScatterRowZh, StandoutRow as StandoutRowZh } from '../../src/lib/data/rows.ts';
import { openDataset } from '../../src/lib/query/node.ts';
import { QUERIES } from '../../src/lib/query/queries.ts';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import type { BudgetRow, Dataset, DocumentRow, IndicatorRow, QualityFlagRow, UnitRow } from '../../src/pipeline/types.ts';
import { checkRates } from '../../src/pipeline/validate/rate-checks.ts';
import { writeDataset } from '../../src/pipeline/write-dataset.ts';
import { buildRegistered } from './helpers.ts';

// the rows with their English sentence columns (reason_en, sentence_en, outlier_reason_en)
type OutlierRow = OutlierRowZh & { reason_en?: string | null };
type StandoutRow = StandoutRowZh & { sentence_en?: string | null };
type ScatterRow = ScatterRowZh & { outlier_reason_en?: string | null };

const ALL = `SELECT * FROM outliers ORDER BY kind, unit_id, fiscal_year, indicator_id, reason`;

/** The numbers of a sentence in order ('CNY 10k' is a unit, not a number): the English one must match the Chinese. */
const numbersIn = (sentence: string) => sentence.replaceAll('CNY 10k', '').match(/[+-]?\d+(?:\.\d+)?/g);

describe('outliers on the seeds', () => {
	let db: QueryRunner;
	beforeAll(async () => {
		({ db } = await buildRegistered());
	});

	it('finds exactly the printed-rate mismatch of 员村 2022 and three over-achievements of 荔城 2021', async () => {
		const rows = await db.query<OutlierRow>(ALL);
		expect(rows.map((r) => [r.kind, r.short_name, r.fiscal_year, r.reason])).toEqual([
			// 员村 seed 002, line 10–13: 12,198.33 ÷ 12,436.77 = 98.0828 %, printed 预算完成率 98.10 %
			['figure_mismatch', '员村街道', 2022, '原文执行率 98.10%，按原文金额计算为 98.08%（实际支出 12198.33 万元 ÷ 全年预算 12436.77 万元）'],
			// 荔城 seed 003, line 99: 开展政策培训、业务培训 年度指标值 1 次，实际完成 5 次 → 500 %
			['over_achievement', '荔城街道', 2021, '指标“开展政策培训、业务培训”完成值为目标的 500%（目标 1 次，完成 5 次），目标可能偏低'],
			// line 103: 来穗人员融合活动开展次数 55 次 → 67 次 = 121.8 %
			['over_achievement', '荔城街道', 2021, '指标“来穗人员融合活动开展次数”完成值为目标的 122%（目标 55 次，完成 67 次），目标可能偏低'],
			// line 101/103: 垃圾专车专运完成率 70 % → 100 % = 142.9 %
			['over_achievement', '荔城街道', 2021, '指标“垃圾专车专运完成率”完成值为目标的 143%（目标 70%，完成 隔离酒店生活垃圾专车专运完成率 100%），目标可能偏低']
		]);
		const mismatch = rows[0];
		expect(mismatch).toMatchObject({ unit_id: 'th-yuancun', doc_id: 'th-yuancun-2022-selfeval', source_line: 10, indicator_id: null, value: 0.981 });
		expect(mismatch.threshold).toBeCloseTo(12198.33 / 12436.77, 12);
		const over = rows.slice(1);
		expect(over.map((r) => [r.indicator_name, r.source_line])).toEqual([
			['开展政策培训、业务培训', 99],
			['来穗人员融合活动开展次数', 103],
			['垃圾专车专运完成率', 103] // the actual value sits on line 103, the name on 101
		]);
		expect(over[0].value).toBeCloseTo(5, 12);
		expect(over[1].value).toBeCloseTo(67 / 55, 12);
		expect(over[2].value).toBeCloseTo(100 / 70, 12);
		expect(over.every((r) => r.threshold === 1.2 && r.doc_id === 'zc-licheng-2021-report' && r.indicator_id !== null)).toBe(true);
	});

	it('each reason comes in English too (reason_en), with the same numbers', async () => {
		const rows = await db.query<OutlierRow>(ALL);
		expect(rows.map((r) => r.reason_en)).toEqual([
			'printed execution rate 98.10%, but the printed amounts give 98.08% (actual spending 12198.33 × CNY 10k ÷ full-year budget 12436.77 × CNY 10k)',
			'indicator “开展政策培训、业务培训” reached 500% of its target (target 1 次, actual 5 次): the target may be set too low',
			'indicator “来穗人员融合活动开展次数” reached 122% of its target (target 55 次, actual 67 次): the target may be set too low',
			'indicator “垃圾专车专运完成率” reached 143% of its target (target 70%, actual 隔离酒店生活垃圾专车专运完成率 100%): the target may be set too low'
		]);
		for (const r of rows) expect(numbersIn(r.reason_en!)).toEqual(numbersIn(r.reason));
	});

	it('no large adjustment: 永和 (19,206.99 − 18,847.80) ÷ 18,847.80 = 1.91 %, 员村 3.07 %, 荔城 prints no initial budget', async () => {
		const uy = await db.query<{ unit_id: string; adjustment_rate: number | null }>(
			`SELECT unit_id, adjustment_rate FROM unit_year WHERE execution_rate IS NOT NULL ORDER BY unit_id`
		);
		expect(uy[0].adjustment_rate).toBeCloseTo((19206.99 - 18847.8) / 18847.8, 12);
		expect(uy[1].adjustment_rate).toBeCloseTo((12436.77 - 12066.53) / 12066.53, 12);
		expect(uy[2].adjustment_rate).toBeNull();
		expect(await db.query(`SELECT * FROM outliers WHERE kind = 'large_adjustment'`)).toEqual([]);
	});

	it('no low execution: 96.68 %, 98.08 %, 90.84 % are all ≥ 90 %, and no year has the 4 units a fence needs', async () => {
		expect(await db.query(`SELECT * FROM outliers WHERE kind = 'low_execution'`)).toEqual([]);
	});

	it('永和’s 大件生活垃圾清运吨数同比增加比例 (≥10 %, actual 12 %) sits exactly on 120 %: not above it', async () => {
		const [i] = await db.query<{ attainment: number; status: string }>(`SELECT attainment, status FROM indicators WHERE name = '大件生活垃圾清运吨数同比增加比例' AND unit_id = 'hp-yonghe'`);
		expect(i).toEqual({ attainment: 1.2, status: 'met' });
	});

	it('the overview’s standouts for 2022 show the mismatch under its page label', async () => {
		const rows = await db.query<StandoutRow>(QUERIES.overviewStandouts, { year: 2022, district: null });
		expect(rows.filter((r) => r.kind === 'rate_mismatch').map((r) => [r.short_name, r.sentence, r.source_line])).toEqual([
			['员村街道', '原文执行率 98.10%，按原文金额计算为 98.08%（实际支出 12198.33 万元 ÷ 全年预算 12436.77 万元）', 10]
		]);
		const y2021 = await db.query<StandoutRow>(QUERIES.overviewStandouts, { year: 2021, district: null });
		// five unmet (永和 2, 荔城 3) before the three targets that look too low
		expect(y2021.map((r) => r.kind)).toEqual([...Array(5).fill('not_met'), 'over_achievement', 'over_achievement', 'over_achievement']);
		expect(y2021[5].sentence).toContain('开展政策培训、业务培训'); // 500 %: the largest first
		// English siblings (sentence_en), the same numbers: the unmet ones are written by the query itself
		expect(rows.find((r) => r.kind === 'rate_mismatch')!.sentence_en).toBe(
			'printed execution rate 98.10%, but the printed amounts give 98.08% (actual spending 12198.33 × CNY 10k ÷ full-year budget 12436.77 × CNY 10k)'
		);
		for (const r of y2021) {
			expect(r.sentence_en, r.sentence).toMatch(r.kind === 'not_met' ? /^indicator “.+” not met: target .+, actual .+$/ : /^indicator “.+” reached /);
			expect(numbersIn(r.sentence_en!), r.sentence).toEqual(numbersIn(r.sentence));
		}
	});
});

// ---------------------------------------------------------------------------
// A constructed dataset: one case per rule, each next to its boundary.

const UNITS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'];

function unit(id: string): UnitRow {
	return { unit_id: id, name: `测试街道${id}办事处`, short_name: `测试${id}`, name_en: null, district_code: '440106', kind: '街道', parent_unit_id: null };
}

function doc(unit_id: string, year: number): DocumentRow {
	return {
		doc_id: `${unit_id}-${year}`, unit_id, fiscal_year: year, year_assumed: false, year_basis: 'test', kind: 'self_evaluation_form', title: null,
		source_file: `sources/${unit_id}-${year}.txt`, source_url: null, sha256: '0', encoding: 'utf-8', lines_total: 1, lines_fact: 1, lines_prose: 0, lines_unparsed: 0
	};
}

/** Scope total on line 8; printed rates as given (null = not printed). */
function budget(unit_id: string, year: number, initial: number, adjusted: number, actual: number, printed: { exec?: number; adj?: number } = {}): BudgetRow {
	return {
		budget_id: `${unit_id}-${year}-b1`, unit_id, fiscal_year: year, doc_id: `${unit_id}-${year}`, scope: 'total',
		initial_budget_wan: initial, adjusted_budget_wan: adjusted, actual_spend_wan: actual,
		reported_execution_rate: printed.exec ?? null, reported_adjustment_rate: printed.adj ?? null, task_id: null, source_line: 8
	};
}

let seq = 0;
function indicator(unit_id: string, year: number, name: string, target: number, actual: number, status: IndicatorRow['status'], direction: IndicatorRow['direction'] = 'higher_better'): IndicatorRow {
	seq++;
	return {
		indicator_id: `${unit_id}-${year}-i${seq}`, doc_id: `${unit_id}-${year}`, unit_id, fiscal_year: year, task_id: null, level1: null, level2: null, name,
		target_text: `≥${target}次`, period_target_text: null, target_op: '>=', target_value: target, target_value_high: null, target_unit: '次',
		actual_text: `${actual}次`, actual_value: actual, actual_unit: '次', direction, attainment: actual / target, status, family: null,
		source_line: 20 + seq, actual_source_line: null
	};
}

function constructed(): Dataset {
	// 2021, six units: execution 99, 98.5, 98, 97, 96, 92 %. Sorted 0.92 0.96 0.97 0.98 0.985 0.99;
	// quantile_cont (linear): Q1 at 1.25 = 0.9625, median at 2.5 = 0.975, Q3 at 3.75 = 0.98375;
	// IQR 0.02125; lower fence 0.975 − 1.5 × 0.02125 = 0.943125. u6 (92 %) is above 90 % but below the fence.
	const y2021 = [0.99, 0.985, 0.98, 0.97, 0.96, 0.92].map((r, k) => budget(UNITS[k], 2021, 10000, 10000, 10000 * r));
	// Same execution rates, other money: u1 adjusted +42.10 % and u2 −35 %; u3 exactly +30 % (not above);
	// u4 prints 97.10 % for 9,700 ÷ 10,000 = 97.00 %; u5 prints an adjustment rate of 5.00 % for (10,307 − 10,000) ÷ 10,000 = 3.07 %.
	y2021[0] = budget('u1', 2021, 10000, 14210, 14067.9);
	y2021[1] = budget('u2', 2021, 10000, 6500, 6402.5);
	y2021[2] = budget('u3', 2021, 10000, 13000, 12740);
	y2021[3] = budget('u4', 2021, 10000, 10000, 9700, { exec: 0.971 });
	y2021[4] = budget('u5', 2021, 10000, 10307, 9894.72, { adj: 0.05 });
	// 2022, two units: too few for a fence; u1 at 85 % is below 90 %.
	const y2022 = [budget('u1', 2022, 10000, 10000, 8500), budget('u2', 2022, 10000, 10000, 9500)];
	// 2023, four units: 99, 98, 97, 50 %. Q1 at 0.75 = 0.5 + 0.75 × 0.47 = 0.8525, median 0.975, Q3 at 2.25 = 0.9825;
	// IQR 0.13; fence 0.975 − 0.195 = 0.78, below 90 %: u4 (50 %) is below both; threshold stays 90 %.
	const y2023 = [0.99, 0.98, 0.97, 0.5].map((r, k) => budget(UNITS[k], 2023, 10000, 10000, 10000 * r));
	const budgets = [...y2021, ...y2022, ...y2023];

	seq = 0;
	const indicators = [
		indicator('u1', 2021, '开展社区活动次数', 20, 27, 'met'), // 135 %
		indicator('u1', 2021, '组织消防演练场次', 10, 12, 'met'), // exactly 120 %: not above
		indicator('u2', 2021, '走访企业次数', 250, 301, 'met'), // 120.4 %: above, printed with a decimal
		indicator('u2', 2021, '巡查宗数', 10, 20, 'not_comparable'), // 200 % but not a met comparison
		indicator('u3', 2021, '群众投诉次数', 10, 4, 'met', 'lower_better') // met, but lower is better
	];
	indicators[4].attainment = 2.5; // a lower-is-better attainment never counts as over-achievement, whatever it says

	const flags: QualityFlagRow[] = checkRates(
		budgets.map((b) => ({
			budget_id: b.budget_id, source_line: b.source_line, scope: b.scope,
			execution_rate: b.actual_spend_wan! / b.adjusted_budget_wan!,
			adjustment_rate: (b.adjusted_budget_wan! - b.initial_budget_wan!) / b.initial_budget_wan!,
			reported_execution_rate: b.reported_execution_rate, reported_adjustment_rate: b.reported_adjustment_rate,
			execution_decimals: 2, adjustment_decimals: 2
		}))
	).map((f, k) => {
		const b = budgets.find((x) => x.budget_id === f.row_id)!;
		return { flag_id: `f${k}`, doc_id: b.doc_id, source_file: `sources/${b.doc_id}.txt`, source_line: f.source_line, severity: f.severity, code: f.code, message: f.message, table_name: f.table_name ?? null, row_id: f.row_id };
	});

	const keys = [...new Set(budgets.map((b) => `${b.unit_id}|${b.fiscal_year}`))];
	return {
		districts: [{ district_code: '440106', name: '天河区', name_en: 'Tianhe', city: '广州市' }],
		units: UNITS.map(unit),
		documents: keys.map((k) => doc(k.split('|')[0], Number(k.split('|')[1]))),
		budgets, budget_lines: [], tasks: [], indicators, scores: [], quality_flags: flags, indicator_families: [], source_lines: []
	};
}

describe('outliers on a constructed dataset: one case per rule', () => {
	let db: QueryRunner;
	let plain: QueryRunner;
	let rows: OutlierRow[];
	const find = (kind: string, unit_id: string, year: number) => rows.filter((r) => r.kind === kind && r.unit_id === unit_id && r.fiscal_year === year);

	beforeAll(async () => {
		const out = await mkdtemp(join(tmpdir(), 'gz-outliers-'));
		await writeDataset(constructed(), out, { synthetic: true, generator: 'outliers.test.ts' });
		db = await openDataset(out);
		plain = await openDataset(out, { materialize: false });
		rows = await db.query<OutlierRow>(ALL);
	});

	it('the materialized view gives the rows of its definition', async () => {
		expect(rows).toEqual(await plain.query(ALL));
	});

	it('low execution below the year’s IQR fence though above 90 % (2021, u6 at 92 %)', () => {
		const [o] = find('low_execution', 'u6', 2021);
		expect(o.value).toBeCloseTo(0.92, 12);
		expect(o.threshold).toBeCloseTo(0.943125, 12);
		expect(o.reason).toBe('执行率 92.00%，低于当年各单位中位数 97.50% 减 1.5 倍四分位距（下限 94.31%）');
		expect(o).toMatchObject({ doc_id: 'u6-2021', source_line: 8, indicator_id: null });
		// the other five of 2021 (≥ 96 %) are above the fence
		expect(rows.filter((r) => r.kind === 'low_execution' && r.fiscal_year === 2021).map((r) => r.unit_id)).toEqual(['u6']);
	});

	it('low execution below 90 % with too few units for a fence (2022, u1 at 85 %)', () => {
		const [o] = find('low_execution', 'u1', 2022);
		expect(o).toMatchObject({ threshold: 0.9, reason: '执行率 85.00%，低于 90%' });
		expect(o.value).toBeCloseTo(0.85, 12);
		expect(find('low_execution', 'u2', 2022)).toEqual([]);
	});

	it('low execution below both bars (2023, u4 at 50 %, fence 78 %): the sentence names both, the threshold is 90 %', () => {
		expect(rows.filter((r) => r.kind === 'low_execution' && r.fiscal_year === 2023).map((r) => r.unit_id)).toEqual(['u4']);
		const [o] = find('low_execution', 'u4', 2023);
		expect(o.threshold).toBe(0.9);
		expect(o.reason).toBe('执行率 50.00%，低于 90%，也低于当年各单位中位数 97.50% 减 1.5 倍四分位距（下限 78.00%）');
	});

	it('large adjustments beyond ±30 % with their sign; exactly 30 % is not one', () => {
		expect(find('large_adjustment', 'u1', 2021).map((r) => r.reason)).toEqual(['预算调整率 +42.10%，超过 ±30%（年初预算 10000 万元，全年预算 14210 万元）']);
		expect(find('large_adjustment', 'u2', 2021).map((r) => r.reason)).toEqual(['预算调整率 -35.00%，超过 ±30%（年初预算 10000 万元，全年预算 6500 万元）']);
		expect(find('large_adjustment', 'u1', 2021)[0]).toMatchObject({ threshold: 0.3, doc_id: 'u1-2021', source_line: 8 });
		expect(find('large_adjustment', 'u1', 2021)[0].value).toBeCloseTo(0.421, 12);
		expect(find('large_adjustment', 'u3', 2021)).toEqual([]);
		expect(rows.filter((r) => r.kind === 'large_adjustment')).toHaveLength(2);
	});

	it('over-achievement above 1.2 on met higher-is-better indicators only', () => {
		const over = rows.filter((r) => r.kind === 'over_achievement');
		expect(over.map((r) => [r.unit_id, r.indicator_name, r.reason])).toEqual([
			['u1', '开展社区活动次数', '指标“开展社区活动次数”完成值为目标的 135%（目标 ≥20次，完成 27次），目标可能偏低'],
			['u2', '走访企业次数', '指标“走访企业次数”完成值为目标的 120.4%（目标 ≥250次，完成 301次），目标可能偏低']
		]);
		expect(over[0]).toMatchObject({ indicator_id: 'u1-2021-i1', threshold: 1.2, doc_id: 'u1-2021', source_line: 21 });
		expect(over[0].value).toBeCloseTo(1.35, 12);
	});

	it('printed rates that disagree with the computed ones, execution and adjustment each in its own words', () => {
		const [exec] = find('figure_mismatch', 'u4', 2021);
		expect(exec.reason).toBe('原文执行率 97.10%，按原文金额计算为 97.00%（实际支出 9700 万元 ÷ 全年预算 10000 万元）');
		expect(exec).toMatchObject({ value: 0.971, doc_id: 'u4-2021', source_line: 8 });
		expect(exec.threshold).toBeCloseTo(0.97, 12);
		const [adj] = find('figure_mismatch', 'u5', 2021);
		expect(adj.reason).toBe('原文预算调整率 5.00%，按原文金额计算为 3.07%（全年预算 10307 万元，年初预算 10000 万元）');
		expect(adj.value).toBe(0.05);
		expect(adj.threshold).toBeCloseTo(0.0307, 12);
		expect(rows.filter((r) => r.kind === 'figure_mismatch')).toHaveLength(2);
	});

	it('English reasons (reason_en): the same numbers as the Chinese, one per rule', () => {
		expect(find('low_execution', 'u6', 2021)[0].reason_en).toBe('execution rate 92.00%, below the year’s median 97.50% minus 1.5 IQR (fence 94.31%)');
		expect(find('low_execution', 'u1', 2022)[0].reason_en).toBe('execution rate 85.00%, below 90%');
		expect(find('low_execution', 'u4', 2023)[0].reason_en).toBe('execution rate 50.00%, below 90% and below the year’s median 97.50% minus 1.5 IQR (fence 78.00%)');
		expect(find('large_adjustment', 'u2', 2021)[0].reason_en).toBe('budget adjustment rate -35.00%, beyond ±30% (initial budget 10000 × CNY 10k, full-year budget 6500 × CNY 10k)');
		expect(find('over_achievement', 'u2', 2021)[0].reason_en).toBe('indicator “走访企业次数” reached 120.4% of its target (target ≥250次, actual 301次): the target may be set too low');
		expect(find('figure_mismatch', 'u5', 2021)[0].reason_en).toBe(
			'printed budget adjustment rate 5.00%, but the printed amounts give 3.07% (full-year budget 10307 × CNY 10k, initial budget 10000 × CNY 10k)'
		);
		expect(rows.every((r) => r.reason_en && !/[\u4e00-\u9fff]/.test(r.reason_en.replace(/“[^”]*”|target [^,]*, actual [^)]*/g, '')))).toBe(true);
		for (const r of rows) expect(numbersIn(r.reason_en!), r.reason).toEqual(numbersIn(r.reason));
	});

	it('execution_outliers keeps its columns and agrees with the low_execution rows', async () => {
		const legacy = await db.query<{ unit_id: string; fiscal_year: number; below_90: boolean; below_fence: boolean; reason: string }>(
			`SELECT unit_id, fiscal_year, below_90, below_fence, reason FROM execution_outliers ORDER BY fiscal_year, unit_id`
		);
		expect(legacy.map((r) => [r.unit_id, r.fiscal_year, r.below_90, r.below_fence])).toEqual([
			['u6', 2021, false, true],
			['u1', 2022, true, false],
			['u4', 2023, true, true]
		]);
		const low = rows.filter((r) => r.kind === 'low_execution').sort((a, b) => a.fiscal_year! - b.fiscal_year!);
		expect(low.map((r) => r.reason)).toEqual(legacy.map((r) => r.reason));
		const legacyEn = await db.query<{ reason_en: string }>(`SELECT reason_en FROM execution_outliers ORDER BY fiscal_year, unit_id`);
		expect(low.map((r) => r.reason_en)).toEqual(legacyEn.map((r) => r.reason_en));
	});

	it('the overview reads the view: standouts list each kind under its label, the scatter marks low execution', async () => {
		const s = await db.query<StandoutRow>(QUERIES.overviewStandouts, { year: 2021, district: null });
		expect(s.map((r) => [r.kind, r.short_name])).toEqual([
			['low_execution', '测试u6'],
			['large_adjustment', '测试u1'], // +42.10 % before −35 %: the largest first
			['large_adjustment', '测试u2'],
			['rate_mismatch', '测试u5'], // 5.00 % vs 3.07 %: the larger gap first
			['rate_mismatch', '测试u4'],
			['over_achievement', '测试u1'],
			['over_achievement', '测试u2']
		]);
		const scatter = await db.query<ScatterRow>(QUERIES.overviewBudgetScatter, { year: 2021, district: null });
		expect(scatter.filter((r) => r.is_outlier).map((r) => [r.unit_id, r.outlier_reason])).toEqual([
			['u6', '执行率 92.00%，低于当年各单位中位数 97.50% 减 1.5 倍四分位距（下限 94.31%）']
		]);
		expect(scatter.filter((r) => r.is_outlier).map((r) => r.outlier_reason_en)).toEqual([
			'execution rate 92.00%, below the year’s median 97.50% minus 1.5 IQR (fence 94.31%)'
		]);
		// every standout sentence has its English sibling, with the same numbers
		for (const r of s) expect(numbersIn(r.sentence_en!), r.sentence).toEqual(numbersIn(r.sentence));
	});
});
