// The acceptance values of the data pipeline issue, checked by hand against
// the five seed documents in data/sources/, asserted on the written Parquet
// through the shared SQL (metrics.sql views and macros).
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import type { RunResult } from '../../src/pipeline/run-pipeline.ts';
import { buildRegistered } from './helpers.ts';

let db: QueryRunner;
let run: RunResult;
let out: string;
beforeAll(async () => {
	({ db, run, out } = await buildRegistered());
});

const one = async <T = Record<string, unknown>>(sql: string) => (await db.query<T>(sql))[0];

describe('永和街道 2021 (seed 001, self-evaluation form)', () => {
	it('budget execution, scope total, with computed and printed rates', async () => {
		const b = await one<Record<string, number>>(`SELECT * FROM budgets WHERE unit_id = 'hp-yonghe' AND fiscal_year = 2021 AND scope = 'total'`);
		expect(b.initial_budget_wan).toBe(18847.8);
		expect(b.adjusted_budget_wan).toBe(19206.99);
		expect(b.actual_spend_wan).toBe(18570.21);
		expect(b.execution_rate).toBeCloseTo(0.96685, 5);
		expect(b.reported_execution_rate).toBe(0.9668);
		expect(b.adjustment_rate).toBeCloseTo(0.01906, 5);
		expect(b.reported_adjustment_rate).toBe(0.0191);
	});
	it('15 key indicators: exactly two not_met, 文体中心 met with unit_assumed, 工作效率等级 qualitative met', async () => {
		const rows = await db.query<{ name: string; status: string; target_op: string }>(
			`SELECT name, status, target_op FROM indicators WHERE doc_id = 'hp-yonghe-2021-selfeval' AND task_id IS NULL ORDER BY source_line`
		);
		expect(rows).toHaveLength(15);
		expect(rows.filter((r) => r.status === 'not_met').map((r) => r.name).sort()).toEqual(['来穗人员屋居住信息登记率', '社区公建配套场地增加数量'].sort());
		expect(rows.find((r) => r.name === '文体中心升级改造完成率')?.status).toBe('met');
		expect(rows.find((r) => r.name === '公共服务中心工作效率等级')).toMatchObject({ status: 'met', target_op: 'qualitative' });
		const flag = await one(`SELECT f.* FROM quality_flags f JOIN indicators i ON i.indicator_id = f.row_id WHERE i.name = '文体中心升级改造完成率' AND i.task_id IS NULL`);
		expect(flag).toMatchObject({ code: 'unit_assumed', severity: 'info', source_line: 23 });
	});
	it('4 tasks with their funds and 9, 6, 4, 9 linked indicators', async () => {
		const tasks = await db.query<{ name: string; amount_wan: number; n: number }>(
			`SELECT t.source_line, t.name, t.amount_wan, count(i.indicator_id) AS n FROM tasks t LEFT JOIN indicators i USING (task_id)
			 WHERE t.doc_id = 'hp-yonghe-2021-selfeval' GROUP BY ALL ORDER BY t.source_line`
		);
		expect(tasks.map((t) => [t.amount_wan, t.n])).toEqual([[879.73, 9], [1096.47, 6], [488.46, 4], [1282.81, 9]]);
		const lunch = await one(`SELECT i.actual_text, i.status, t.name AS task FROM indicators i JOIN tasks t USING (task_id) WHERE i.name = '爱心午餐人次'`);
		expect(lunch).toEqual({ actual_text: '193人', status: 'no_target', task: '公共配套设施建设计划' });
	});
});

describe('员村街道 2022 (seed 002, self-evaluation form)', () => {
	it('budget figures and a rate_mismatch flag for the printed 98.10 %', async () => {
		const b = await one<Record<string, number>>(`SELECT * FROM budgets WHERE unit_id = 'th-yuancun' AND scope = 'total'`);
		expect([b.initial_budget_wan, b.adjusted_budget_wan, b.actual_spend_wan, b.reported_execution_rate]).toEqual([12066.53, 12436.77, 12198.33, 0.981]);
		expect(b.execution_rate).toBeCloseTo(0.9808, 4);
		const f = await one(`SELECT code, severity, source_line, message FROM quality_flags WHERE doc_id = 'th-yuancun-2022-selfeval' AND code = 'rate_mismatch'`);
		expect(f).toMatchObject({ severity: 'warning', source_line: 10 });
		expect(String((f as { message: string }).message)).toContain('98.08%');
	});
	it('3 tasks (664.29, 2,835.24, 35) with 8, 6 and 4 indicators', async () => {
		const tasks = await db.query<{ amount_wan: number; n: number }>(
			`SELECT t.source_line, t.amount_wan, count(i.indicator_id) AS n FROM tasks t LEFT JOIN indicators i USING (task_id)
			 WHERE t.doc_id = 'th-yuancun-2022-selfeval' GROUP BY ALL ORDER BY t.source_line`
		);
		expect(tasks.map((t) => [t.amount_wan, t.n])).toEqual([[664.29, 8], [2835.24, 6], [35, 4]]);
	});
});

describe('荔城街道 2021 (seed 003, self-evaluation report)', () => {
	it('budget execution per scope with printed rates', async () => {
		const rows = await db.query<Record<string, number | string>>(
			`SELECT scope, adjusted_budget_wan, actual_spend_wan, reported_execution_rate FROM budgets WHERE doc_id = 'zc-licheng-2021-report' AND adjusted_budget_wan IS NOT NULL ORDER BY scope`
		);
		expect(rows).toEqual([
			{ scope: 'fiscal_appropriation', adjusted_budget_wan: 82079.63, actual_spend_wan: 74789.68, reported_execution_rate: 0.911 },
			{ scope: 'other_funds', adjusted_budget_wan: 832.41, actual_spend_wan: 528.09, reported_execution_rate: 0.634 },
			{ scope: 'total', adjusted_budget_wan: 82912.04, actual_spend_wan: 75317.78, reported_execution_rate: 0.908 }
		]);
		const spend = await db.query(`SELECT scope, actual_spend_wan FROM budgets WHERE doc_id = 'zc-licheng-2021-report' AND adjusted_budget_wan IS NULL ORDER BY scope`);
		expect(spend).toEqual([
			{ scope: 'general_public_budget', actual_spend_wan: 31992.22 },
			{ scope: 'government_fund', actual_spend_wan: 42797.46 }
		]);
		expect(await db.query(`SELECT code FROM quality_flags WHERE doc_id = 'zc-licheng-2021-report' AND code = 'rate_mismatch'`)).toEqual([]);
	});
	it('scores: total 88.51, 管理效能 31.5 of 40, 履行职能 57.01 of 60', async () => {
		const s = await db.query(`SELECT component, score, max_score FROM scores WHERE doc_id = 'zc-licheng-2021-report' ORDER BY score DESC`);
		expect(s).toEqual([
			{ component: 'total', score: 88.51, max_score: 100 },
			{ component: '履行职能', score: 57.01, max_score: 60 },
			{ component: '管理效能', score: 31.5, max_score: 40 }
		]);
	});
	it('≥ 15 target/actual pairs; exactly three not_met; 长者饭堂 met at ≈ 1.128', async () => {
		const rows = await db.query<{ name: string; status: string; attainment: number }>(
			`SELECT name, status, attainment FROM indicators WHERE doc_id = 'zc-licheng-2021-report' AND target_text IS NOT NULL AND actual_text IS NOT NULL`
		);
		expect(rows.length).toBeGreaterThanOrEqual(15);
		expect(rows.filter((r) => r.status === 'not_met').map((r) => r.name).sort()).toEqual(
			['外出招商活动次数', '在册涉毒管控人员帮教服务覆盖率', '开展社区活动次数'].sort()
		);
		const meals = rows.find((r) => r.name === '长者饭堂就餐人次')!;
		expect(meals.status).toBe('met');
		expect(meals.attainment).toBeCloseTo(1.12848, 4);
	});
});

describe('荔城街道 target declaration (seed 000, fiscal year 2022 per the registry)', () => {
	it('budget composition', async () => {
		const l = await db.query<{ category: string; amount_wan: number }>(`SELECT category, amount_wan FROM budget_lines WHERE doc_id = 'zc-licheng-2022-target'`);
		const by = Object.fromEntries(l.map((x) => [x.category, x.amount_wan]));
		expect(by).toMatchObject({ basic_spending: 4191.35, project_spending: 30030.05, fiscal_appropriation: 34221.4 });
		expect(await one(`SELECT fiscal_year, year_assumed FROM documents WHERE doc_id = 'zc-licheng-2022-target'`)).toEqual({ fiscal_year: 2022, year_assumed: false });
	});
	it('7 key tasks summing to 23,957.69 (exact DECIMAL sum)', async () => {
		const t = await one(`SELECT count(*) AS n, CAST(sum(amount_wan) AS VARCHAR) AS total FROM tasks WHERE doc_id = 'zc-licheng-2022-target' AND kind = 'key_task'`);
		expect(t).toEqual({ n: 7, total: '23957.6900' });
	});
	it('32 indicators, all no_actual, every one with level1 and level2', async () => {
		const i = await one(`SELECT count(*) AS n, count(*) FILTER (WHERE status = 'no_actual') AS no_actual,
			count(level1) AS l1, count(level2) AS l2 FROM indicators WHERE doc_id = 'zc-licheng-2022-target'`);
		expect(i).toEqual({ n: 32, no_actual: 32, l1: 32, l2: 32 });
		const moved = await db.query(`SELECT name, level1, level2 FROM indicators WHERE doc_id = 'zc-licheng-2022-target' AND name IN ('灾害的有效可控率', '群众安全感', '群防志愿队工作补贴发放及时率(%)') ORDER BY source_line`);
		expect(moved).toEqual([
			{ name: '群防志愿队工作补贴发放及时率(%)', level1: '产出指标', level2: '质量指标' },
			{ name: '灾害的有效可控率', level1: '效益指标', level2: '可持续影响指标' },
			{ name: '群众安全感', level1: '效益指标', level2: '可持续影响指标' }
		]);
	});
});

describe('金花街道 project table (seed 004)', () => {
	it('49 projects under three spending units with their totals, no sum_mismatch', async () => {
		const g = await db.query(
			`SELECT spending_unit_id, count(*) AS n, CAST(sum(amount_wan) AS VARCHAR) AS total FROM tasks WHERE doc_id = 'lw-jinhua-2022-projects' GROUP BY ALL ORDER BY n DESC`
		);
		expect(g).toEqual([
			{ spending_unit_id: 'lw-jinhua', n: 40, total: '3111.7700' },
			{ spending_unit_id: 'lw-jinhua-affairs', n: 5, total: '657.4300' },
			{ spending_unit_id: 'lw-jinhua-party-service', n: 4, total: '217.1400' }
		]);
		expect(await one(`SELECT CAST(sum(amount_wan) AS VARCHAR) AS t FROM tasks WHERE doc_id = 'lw-jinhua-2022-projects'`)).toEqual({ t: '3986.3400' });
		expect(await one(`SELECT amount_wan FROM budget_lines WHERE doc_id = 'lw-jinhua-2022-projects' AND category = 'total' AND spending_unit_id IS NULL`)).toEqual({ amount_wan: 3986.34 });
		expect(await db.query(`SELECT * FROM quality_flags WHERE doc_id = 'lw-jinhua-2022-projects' AND code = 'sum_mismatch'`)).toEqual([]);
	});
	it('at least 190 indicators; the 1010% target kept verbatim and flagged suspicious_value', async () => {
		expect(Number((await one<{ n: number }>(`SELECT count(*) AS n FROM indicators WHERE doc_id = 'lw-jinhua-2022-projects'`)).n)).toBeGreaterThanOrEqual(190);
		const f = await one(`SELECT i.target_text, f.severity, f.source_line FROM indicators i JOIN quality_flags f ON f.row_id = i.indicator_id WHERE f.code = 'suspicious_value'`);
		expect(f).toEqual({ target_text: '1010%', severity: 'warning', source_line: 64 });
	});
	it('the assumed year is published as year_assumed with its basis', async () => {
		const d = await one<{ year_assumed: boolean; year_basis: string }>(`SELECT year_assumed, year_basis FROM documents WHERE doc_id = 'lw-jinhua-2022-projects'`);
		expect(d.year_assumed).toBe(true);
		expect(d.year_basis).toContain('推定');
	});
});

describe('nothing is lost', () => {
	it('every non-blank line of every document is fact, prose or unparsed', async () => {
		const { readFile } = await import('node:fs/promises');
		const { join } = await import('node:path');
		const docs = await db.query<{ source_file: string; lines_total: number; lines_fact: number; lines_prose: number; lines_unparsed: number }>(`SELECT * FROM documents`);
		expect(docs).toHaveLength(5);
		for (const d of docs) {
			const text = await readFile(join(import.meta.dirname, '../../data', d.source_file), 'utf8');
			const nonBlank = text.split(/\r\n|\r|\n/).filter((l) => l.replace(/[\s\u3000\u00a0\ufeff]/g, '') !== '').length;
			expect(d.lines_total, d.source_file).toBe(nonBlank);
			expect(d.lines_fact + d.lines_prose + d.lines_unparsed, d.source_file).toBe(d.lines_total);
		}
		expect(run.outcomes.every((o) => o.error === null)).toBe(true);
	});
	it('unit_year and district_year views roll up from summed money', async () => {
		const uy = await db.query(`SELECT unit_id, fiscal_year, round(execution_rate, 5) AS r, indicators_not_met FROM unit_year WHERE execution_rate IS NOT NULL ORDER BY unit_id, fiscal_year`);
		expect(uy).toEqual([
			{ unit_id: 'hp-yonghe', fiscal_year: 2021, r: 0.96685, indicators_not_met: 2 },
			{ unit_id: 'th-yuancun', fiscal_year: 2022, r: 0.98083, indicators_not_met: 0 },
			{ unit_id: 'zc-licheng', fiscal_year: 2021, r: 0.90841, indicators_not_met: 3 }
		]);
		const dy = await one<{ execution_rate: number }>(`SELECT execution_rate FROM district_year WHERE district_code = '440118' AND fiscal_year = 2021`);
		expect(dy.execution_rate).toBeCloseTo(75317.78 / 82912.04, 10);
	});
});

describe('indicator families (every name checked by hand in src/pipeline/values/indicator-family.test.ts)', () => {
	it('published: indicators.family, the indicator_families table, both described in the manifest', async () => {
		const { readFile } = await import('node:fs/promises');
		const { join } = await import('node:path');
		const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
		expect(manifest.dataset_version).toBe('1.3.0');
		const family = manifest.tables.find((t: { name: string }) => t.name === 'indicators').columns.find((c: { name: string }) => c.name === 'family');
		expect(family).toMatchObject({ type: 'VARCHAR' });
		expect(family.description_zh).toContain('指标族');
		expect(family.description_en).toContain('NULL when none applies');
		expect(manifest.tables.find((t: { name: string }) => t.name === 'indicator_families')).toMatchObject({ rows: 8 });
		expect(manifest.views.map((v: { name: string }) => v.name)).toContain('outliers');
		const labels = await db.query(`SELECT i.name, f.name_zh FROM indicators i JOIN indicator_families f ON f.id = i.family WHERE i.name IN ('群众满意度', '补贴发放及时率') GROUP BY ALL ORDER BY i.name`);
		expect(labels).toEqual([
			{ name: '群众满意度', name_zh: '满意度' },
			{ name: '补贴发放及时率', name_zh: '及时率与发放率' }
		]);
	});
	it('the ingest report states the share with a family and the count per family', async () => {
		const { readFile } = await import('node:fs/promises');
		const { join } = await import('node:path');
		const report = await readFile(join(out, 'ingest-report.md'), 'utf8');
		expect(report).toContain('188 of 308 indicators (61.0%) fall into one of the 8 families');
		for (const row of [
			'| satisfaction | 满意度 | 54 | 34 |',
			'| case_incident | 案件与事故 | 8 | 7 |',
			'| timeliness_payout | 及时率与发放率 | 49 | 24 |',
			'| completion | 完成率 | 19 | 16 |',
			'| coverage | 覆盖率 | 13 | 12 |',
			'| pass_rate | 合格率与达标率 | 7 | 5 |',
			'| registration | 登记建档率 | 6 | 6 |',
			'| activity_count | 活动开展次数 | 32 | 30 |',
			'| — | no family | 120 | 102 |'
		]) {
			expect(report).toContain(row);
		}
		expect(report).toMatch(/Names without a family: 员工数 \(6\);/);
	});
});
