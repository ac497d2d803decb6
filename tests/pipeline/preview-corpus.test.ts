// Preview mode on the corpus of real documents from elsewhere (tests/fixtures/corpus,
// most cut off by their source): no exception, every line accounted for, the kind
// recognised or reported with a reason, budget figures under any label set.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import type { RunResult } from '../../src/pipeline/run-pipeline.ts';
import { QUERIES } from '../../src/lib/query/queries.ts';
import { buildPreview, ROOT } from './helpers.ts';

const CORPUS = join(ROOT, 'tests', 'fixtures', 'corpus');
let db: QueryRunner;
let run: RunResult;
beforeAll(async () => {
	({ db, run } = await buildPreview(CORPUS));
});

const budgetOf = async (prefix: string) =>
	db.query<Record<string, number | string | null>>(
		`SELECT b.scope, b.initial_budget_wan, b.adjusted_budget_wan, b.actual_spend_wan, b.reported_execution_rate
		 FROM budgets b JOIN documents d USING (doc_id) WHERE d.source_file LIKE '${prefix}%' ORDER BY b.scope`
	);

describe('preview mode on ../shared/corpus', () => {
	it('ingests all eight documents without an exception, every non-blank line accounted for', async () => {
		const files = (await readdir(CORPUS)).filter((f) => f.endsWith('.txt'));
		expect(run.outcomes.map((o) => o.file).sort()).toEqual(files.sort());
		for (const o of run.outcomes) {
			const text = await readFile(join(CORPUS, o.file), 'utf8');
			const nonBlank = text.split(/\r\n|\r|\n/).filter((l) => l.replace(/[\s\u3000\u00a0\ufeff]/g, '') !== '').length;
			expect(o.counts.total, o.file).toBe(nonBlank);
			expect(o.counts.fact + o.counts.prose + o.counts.unparsed, o.file).toBe(nonBlank);
			expect(o.unparsed.every((u) => u.reason.length > 0), o.file).toBe(true);
		}
	});

	it('recognises each kind or says why not', () => {
		const kinds = Object.fromEntries(run.outcomes.map((o) => [o.file.slice(0, 3), o.kind]));
		expect(kinds).toEqual({
			'001': 'project_self_evaluation', '003': 'self_evaluation_form', '004': 'project_targets', '006': 'self_evaluation_report',
			'010': 'self_evaluation_form', '013': 'project_targets', '014': 'self_evaluation_report', '016': 'self_evaluation_report'
		});
		const tangxi = run.outcomes.find((o) => o.file.startsWith('001'))!;
		expect(tangxi.kind_reason).toContain('项目支出绩效自评表');
		expect(tangxi.flags.some((f) => f.code === 'unknown_kind' || f.code === 'unsupported_kind')).toBe(false);
	});

	it('001 tangxi (项目支出绩效自评表, flattened on one line): the project, its funds from the 本年财政拨款 row, not the all-zero 年度资金总额 row', async () => {
		expect(await budgetOf('001')).toEqual([
			{ scope: 'project', initial_budget_wan: 90, adjusted_budget_wan: 89.974, actual_spend_wan: 89.974, reported_execution_rate: null }
		]);
		const tasks = await db.query<Record<string, unknown>>(
			`SELECT t.task_id, t.kind, t.name, t.goal_text, t.outcome_text, b.task_id AS budget_task FROM tasks t JOIN documents d USING (doc_id)
			 LEFT JOIN budgets b ON b.doc_id = t.doc_id AND b.scope = 'project' WHERE d.source_file LIKE '001%'`
		);
		expect(tasks).toHaveLength(1);
		expect(tasks[0]).toMatchObject({ kind: 'project', name: '委托业务项目' });
		expect(tasks[0].budget_task).toBe(tasks[0].task_id);
		expect(tasks[0].goal_text).toMatch(/^本项目共申请预算资金90万元。/);
		expect(tasks[0].outcome_text).toMatch(/^本项目共完成预算资金89.97万元。/);
		// The project's funds are not the town's own budget.
		expect(await db.query(`SELECT uy.budget_doc_id FROM unit_year uy JOIN documents d ON d.unit_id = uy.unit_id WHERE d.source_file LIKE '001%'`))
			.toEqual([{ budget_doc_id: null }]);
		const docs = await db.query<Record<string, unknown>>(`SELECT kind, fiscal_year, title FROM documents WHERE source_file LIKE '001%'`);
		expect(docs).toEqual([{ kind: 'project_self_evaluation', fiscal_year: 2022, title: '项目支出绩效自评表 (2022年度)' }]);
	});

	it('001 tangxi: the unit page shows the project funds under the project, not in the unit budget table', async () => {
		const [{ unit_id }] = await db.query<{ unit_id: string }>(`SELECT unit_id FROM documents WHERE source_file LIKE '001%'`);
		expect(await db.query(QUERIES.unitBudgets, { unit_id })).toEqual([]);
		const tasks = await db.query<Record<string, unknown>>(QUERIES.unitTasks, { unit_id });
		expect(tasks).toHaveLength(1);
		expect(tasks[0]).toMatchObject({ name: '委托业务项目', kind: 'project', project_spent_wan: 89.974, project_execution_rate: 1, project_budget_line: 1 });
	});

	it('001 tangxi: indicators with target and actual, levels carried down, bare actuals in the target unit', async () => {
		const rows = await db.query<Record<string, unknown>>(
			`SELECT i.level1, i.level2, i.name, i.target_text, i.target_op, i.target_value, i.target_unit, i.actual_text, i.actual_value, i.actual_unit, i.status, i.task_id IS NOT NULL AS has_task
			 FROM indicators i JOIN documents d USING (doc_id) WHERE d.source_file LIKE '001%' ORDER BY i.indicator_id`
		);
		// Nine complete rows; the tenth (满意度指标 / 公众满…) is cut off by the source and flagged.
		expect(rows).toHaveLength(9);
		expect(rows.every((r) => r.level1 !== null && r.level2 !== null && r.has_task)).toBe(true);
		const by = (name: string) => rows.find((r) => r.name === name);
		expect(by('基建工程委托业务项目数量')).toMatchObject({ level1: '产出指标', level2: '数量指标', target_text: '≥50个', target_op: '>=', target_value: 50, target_unit: '个', actual_text: '50', actual_value: 50, actual_unit: '个', status: 'met' });
		expect(by('委托业务报告合格率')).toMatchObject({ level2: '质量指标', target_text: '≥100百分比', target_value: 100, target_unit: '%', actual_value: 100, actual_unit: '%', status: 'met' });
		expect(by('项目总成本')).toMatchObject({ level1: '产出指标', level2: '成本指标', target_text: '≤90万元', target_op: '<=', target_value: 90, target_unit: '万元', actual_value: 90, actual_unit: '万元', status: 'met' });
		expect(by('经费支出合规性')).toMatchObject({ target_text: '严格执行相关制度规定', target_op: 'qualitative', actual_text: '达成预期指标', status: 'met' });
		expect(by('对推动基建项目“四项制度”健全和落实的持续性影响')).toMatchObject({ level1: '效益指标', level2: '可持续影响指标', target_text: '效果明显', status: 'met' });
		const flags = await db.query<{ code: string; message: string }>(
			`SELECT f.code, f.message FROM quality_flags f JOIN documents d USING (doc_id) WHERE d.source_file LIKE '001%' ORDER BY f.flag_id`
		);
		expect(flags.filter((f) => f.code === 'unit_from_target').map((f) => f.message.split(':')[0])).toEqual(['基建工程委托业务项目数量', '委托业务报告合格率', '项目总成本']);
		expect(flags.find((f) => f.code === 'truncated_indicator')?.message).toContain('公众满');
		expect(flags.some((f) => f.code === 'zero_total_row')).toBe(true);
		const scores = await db.query(`SELECT s.component, s.score, s.max_score FROM scores s JOIN documents d USING (doc_id) WHERE d.source_file LIKE '001%' ORDER BY s.score_id`);
		// Per block, the sum of the printed 得分 (8+8+8+8+8+10 and 10+10+10); the 满意度 block is cut off.
		expect(scores).toEqual([{ component: '产出指标', score: 50, max_score: 50 }, { component: '效益指标', score: 30, max_score: 30 }]);
	});

	it('010 guantang: one cell per line, 年初预算数 / 全年预算数 / 全年执行数 / 执行率', async () => {
		expect(await budgetOf('010')).toEqual([
			{ scope: 'total', initial_budget_wan: 861.1, adjusted_budget_wan: 2030.12, actual_spend_wan: 2030.12, reported_execution_rate: 1 }
		]);
	});

	it('010 guantang: the 基础数据表 before the form is its own block; the composition under the budget block disagrees with the total', async () => {
		const lines = await db.query<{ line: number; class: string; reason: string | null }>(
			`SELECT l.line, l.class, l.reason FROM source_lines l JOIN documents d USING (doc_id) WHERE d.source_file LIKE '010%' AND l.class <> 'blank' ORDER BY l.line`
		);
		// Lines 7–201 (the data sheet: 项目支出 874.20 / 308.17 / 1025.20 …) are prose of that block, none a fact.
		const sheet = lines.filter((l) => l.line >= 7 && l.line <= 201);
		expect(sheet.length).toBe(76);
		expect(sheet.every((l) => l.class === 'prose')).toBe(true);
		expect(sheet.find((l) => l.line === 83)?.reason).toContain('基础数据表');
		const flags = await db.query<{ code: string; source_line: number; message: string }>(
			`SELECT f.code, f.source_line, f.message FROM quality_flags f JOIN documents d USING (doc_id) WHERE d.source_file LIKE '010%'`
		);
		expect(flags.find((f) => f.code === 'data_sheet_not_read')).toMatchObject({ source_line: 7 });
		const mismatch = flags.filter((f) => f.code === 'sum_mismatch');
		expect(mismatch).toHaveLength(1);
		expect(mismatch[0].message).toContain('1,925.67');
		expect(mismatch[0].message).toContain('2,030.12');
		const composition = await db.query(
			`SELECT b.category, b.label, b.amount_wan FROM budget_lines b JOIN documents d USING (doc_id) WHERE d.source_file LIKE '010%' ORDER BY b.source_line`
		);
		expect(composition).toEqual([
			{ category: 'other', label: '按收入性质分', amount_wan: 2030.12 },
			{ category: 'other', label: '按支出性质分', amount_wan: 1925.67 },
			{ category: 'other', label: '其中: 一般公共预算', amount_wan: 1325.68 },
			{ category: 'basic_spending', label: '其中:基本支出', amount_wan: 900.47 },
			{ category: 'other', label: '政府性基金拨款', amount_wan: 118.82 },
			{ category: 'project_spending', label: '项目支出', amount_wan: 1025.2 },
			{ category: 'other_funds', label: '其他资金', amount_wan: 585.62 }
		]);
		const doc = await db.query(`SELECT d.title, d.lines_unparsed, u.name FROM documents d JOIN units u USING (unit_id) WHERE d.source_file LIKE '010%'`);
		expect(doc).toEqual([{ title: '2023年度部门整体支出绩效自评表', lines_unparsed: 0, name: '衡山县贯塘乡人民政府' }]);
	});

	it('003 tanghu: 预算数(A) 864.2 with the printed rate 1.00 and a NULL actual (the cell is empty)', async () => {
		expect(await budgetOf('003')).toEqual([
			{ scope: 'total', initial_budget_wan: null, adjusted_budget_wan: 864.2, actual_spend_wan: null, reported_execution_rate: 1 }
		]);
	});

	it('003 tanghu: the levelled indicator table of a pipe table with ragged, left-shifted rows (merged levels carried down)', async () => {
		const rows = await db.query<Record<string, unknown>>(
			`SELECT i.level1, i.level2, i.name, i.target_text, i.actual_text, i.target_op, i.target_value, i.target_unit, i.actual_value, i.status
			 FROM indicators i JOIN documents d USING (doc_id) WHERE d.source_file LIKE '003%' ORDER BY i.indicator_id`
		);
		expect(rows.map((r) => [r.level1, r.level2, r.name, r.target_text, r.actual_text, r.status])).toEqual([
			['产出指标', '数量指标', '办结信访案件', '168起', '168起', 'met'],
			['产出指标', '数量指标', '拆除活人墓、豪华墓', '32座', '32座', 'met'],
			// 日效性指标 as printed: the misspelt 时效指标.
			['产出指标', '时效指标', '解决群众问题时间', '2天以内', '2天以内', 'met'],
			['效益指标', '社会效益指标', '改善人居环境', '有效改善', '有效改善', 'met'],
			['效益指标', '社会效益指标', '提升出行效率', '有效提升', '有效提升', 'met'],
			['满意度指标', '服务对象满意度指标', '群众对政府工作满意度', '≧90%', '95%', 'met']
		]);
		expect(rows[2]).toMatchObject({ target_op: '<=', target_value: 2, target_unit: '天' });
		expect(rows[5]).toMatchObject({ target_op: '>=', target_value: 90, target_unit: '%', actual_value: 95 });
		expect(await db.query(`SELECT s.component, s.score, s.source_line FROM scores s JOIN documents d USING (doc_id) WHERE d.source_file LIKE '003%'`))
			.toEqual([{ component: 'total', score: 100, source_line: 14 }]);
	});

	it('004 mata: one indicator per row, target split over 指标性质 | 指标值 | 度量单位, amounts in 元', async () => {
		const tasks = await db.query(
			`SELECT t.name, t.amount_wan, (SELECT count(*) FROM indicators i WHERE i.task_id = t.task_id) AS n FROM tasks t JOIN documents d USING (doc_id) WHERE d.source_file LIKE '004%' ORDER BY t.source_line`
		);
		// 3,309,840.00 元 and 660,000.00 元; 8 and 5 indicator rows.
		expect(tasks).toEqual([{ name: '村组干部报酬', amount_wan: 330.984, n: 8 }, { name: '基层组织活动经费', amount_wan: 66, n: 5 }]);
		const ind = await db.query<Record<string, unknown>>(
			`SELECT i.level1, i.level2, i.name, i.target_text, i.target_op, i.target_value, i.target_unit FROM indicators i JOIN documents d USING (doc_id) WHERE d.source_file LIKE '004%' ORDER BY i.source_line`
		);
		expect(ind[0]).toEqual({ level1: '效益指标', level2: '社会效益指标', name: '维护社会稳定', target_text: '≥95%', target_op: '>=', target_value: 95, target_unit: '%' });
		expect(ind.at(-1)).toEqual({ level1: '产出指标', level2: '数量指标', name: '行政村数量', target_text: '=11个', target_op: '=', target_value: 11, target_unit: '个' });
		const codes = await db.query<{ code: string; message: string }>(`SELECT f.code, f.message FROM quality_flags f JOIN documents d USING (doc_id) WHERE d.source_file LIKE '004%'`);
		expect(codes.some((f) => f.code === 'unit_converted')).toBe(true);
		// The file is cut off after two projects: the printed total 8,827,620.53 元 does not add up, and says so.
		expect(codes.find((f) => f.code === 'sum_mismatch')?.message).toContain('882.7621');
		const [doc] = await db.query<{ name: string; lines_unparsed: number }>(`SELECT u.name, d.lines_unparsed FROM documents d JOIN units u USING (unit_id) WHERE d.source_file LIKE '004%'`);
		expect(doc).toEqual({ name: '井研县马踏镇人民政府', lines_unparsed: 0 });
	});

	it('infers units and years from the text and flags every inference', async () => {
		const docs = await db.query<{ source_file: string; fiscal_year: number | null; short_name: string }>(
			`SELECT d.source_file, d.fiscal_year, u.short_name FROM documents d JOIN units u USING (unit_id) ORDER BY d.source_file`
		);
		expect(docs.find((d) => d.source_file.startsWith('010'))).toMatchObject({ fiscal_year: 2023 });
		const inferred = await db.query(`SELECT DISTINCT code FROM quality_flags WHERE code IN ('unit_inferred', 'year_inferred', 'year_missing', 'unit_unknown') ORDER BY code`);
		expect(inferred.length).toBeGreaterThanOrEqual(2);
		expect(run.manifest.synthetic).toBe(false);
	});
});
