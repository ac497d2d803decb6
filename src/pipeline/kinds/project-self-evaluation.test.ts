// The 项目支出绩效自评表 parser on the same form in each text shape the table
// reader accepts: the facts must not depend on the shape. The form below is
// synthetic (written for this test in the national template's layout, as a
// Guangzhou street office would fill it); corpus/001 covers a real, flattened one.
import { describe, expect, it } from 'vitest';
import { LineLedger } from '../documents/line-ledger.ts';
import { splitLines } from '../documents/split-lines.ts';
import { parseProjectSelfEvaluation } from './project-self-evaluation.ts';

const TAB = `项目支出绩效自评表
（2023年度）
项目名称	社区长者饭堂运营补贴
主管部门	广州市天河区人民政府员村街道办事处	实施单位	广州市天河区员村街道综合事务中心
项目资金（万元）	年初预算数	全年预算数	全年执行数	分值	执行率	得分
	年度资金总额	120.00	118.50	110.20	10	93.00%	9.3
	其中：当年财政拨款	120.00	118.50	110.20	—	—	—
	上年结转资金				—	—	—
	其他资金				—	—	—
年度总体目标	预期目标	实际完成情况
	为辖内60岁以上长者提供助餐服务，全年服务不少于3万人次。	全年提供助餐服务3.2万人次，长者满意度96%。
绩效指标	一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分	偏差原因分析及改进措施
	产出指标	数量指标	助餐服务人次	≥3万人次	3.2万人次	20	20
			长者饭堂数量	=3个	3个	10	10
		质量指标	食品安全事故	0起	0起	10	10
		时效指标	补贴发放及时率	100%	95%	10	9.5	部分补贴因资料不全延后发放
	效益指标	社会效益指标	长者就餐便利程度	明显提升	明显提升	30	30
	满意度指标	服务对象满意度指标	长者满意度	≥90%	96%	10	10
总分	100	98.8`;
// One cell per line, blank lines between, as some PDF-to-text tools write it.
const ONE_PER_LINE = TAB.split('\n').flatMap((l) => l.split('\t').map((c) => c.trim()).filter(Boolean)).join('\n\n');
// The whole form on one line with spaces, after document metadata (as DOCX-to-text writes it).
const FLAT = `李四 wps 2024-01-05T08:00:00Z 2052-11.1.0 附件3 ${TAB.split('\n').flatMap((l) => l.split('\t').map((c) => c.trim()).filter(Boolean)).join(' ')}`;

function parse(text: string) {
	const lines = splitLines(text);
	const ledger = new LineLedger(lines);
	const doc = parseProjectSelfEvaluation(lines, ledger);
	ledger.finish('not recognised');
	return { doc, ledger };
}

describe.each([
	['tab-separated', TAB],
	['one cell per line', ONE_PER_LINE],
	['flattened onto one line', FLAT]
])('项目支出绩效自评表 as %s', (_shape, text) => {
	const { doc, ledger } = parse(text);

	it('reads the project, its units, year, goal and outcome', () => {
		expect(doc).toMatchObject({ kind: 'project_self_evaluation', fiscal_year: 2023, unit_name: '广州市天河区人民政府员村街道办事处' });
		expect(doc.tasks).toEqual([expect.objectContaining({
			key: 'p1', kind: 'project', name: '社区长者饭堂运营补贴', spending_unit_name: '广州市天河区员村街道综合事务中心', amount_wan: 118.5,
			goal_text: '为辖内60岁以上长者提供助餐服务，全年服务不少于3万人次。', outcome_text: '全年提供助餐服务3.2万人次，长者满意度96%。'
		})]);
	});

	it('books the funds as the project\'s (scope project, tied to the task)', () => {
		expect(doc.budgets).toEqual([expect.objectContaining({
			scope: 'project', task_key: 'p1', initial_budget_wan: 120, adjusted_budget_wan: 118.5, actual_spend_wan: 110.2, reported_execution_rate: 0.93
		})]);
	});

	it('reads every indicator with its levels, target and actual', () => {
		expect(doc.indicators.map((i) => [i.level1, i.level2, i.name, i.target_text, i.actual_text, i.task_key])).toEqual([
			['产出指标', '数量指标', '助餐服务人次', '≥3万人次', '3.2万人次', 'p1'],
			['产出指标', '数量指标', '长者饭堂数量', '=3个', '3个', 'p1'],
			['产出指标', '质量指标', '食品安全事故', '0起', '0起', 'p1'],
			['产出指标', '时效指标', '补贴发放及时率', '100%', '95%', 'p1'],
			['效益指标', '社会效益指标', '长者就餐便利程度', '明显提升', '明显提升', 'p1'],
			['满意度指标', '服务对象满意度指标', '长者满意度', '≥90%', '96%', 'p1']
		]);
		// 偏差原因分析及改进措施 is kept with its indicator, and only there.
		expect(doc.indicators.map((i) => i.deviation_text ?? null)).toEqual([null, null, null, '部分补贴因资料不全延后发放', null, null]);
	});

	it('records the total score and the sum of printed scores per block', () => {
		expect(doc.scores.map((s) => [s.component, s.score, s.max_score])).toEqual([
			['产出指标', 49.5, null], ['效益指标', 30, null], ['满意度指标', 10, null], ['total', 98.8, 100]
		]);
	});

	it('accounts for every line, none left unparsed, no warning', () => {
		const c = ledger.counts();
		expect(c.fact + c.prose + c.unparsed).toBe(c.total);
		expect(ledger.unparsedLines()).toEqual([]);
		expect(doc.flags.filter((f) => f.severity !== 'info')).toEqual([]);
	});
});

describe('项目支出绩效自评表: traps and gaps', () => {
	it('takes the funds from 其中:财政拨款 when 年度资金总额 is an unfilled row of zeros, and says so', () => {
		const { doc } = parse(TAB.replace('\t年度资金总额\t120.00\t118.50\t110.20\t10\t93.00%\t9.3', '\t年度资金总额\t0\t0\t0\t10\t0\t0'));
		expect(doc.budgets).toEqual([expect.objectContaining({ scope: 'project', initial_budget_wan: 120, adjusted_budget_wan: 118.5, actual_spend_wan: 110.2 })]);
		expect(doc.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['zero_total_row', 'project_funds_from_parts']));
	});

	it('converts funds printed in 元, flagged', () => {
		const { doc } = parse(TAB.replace('项目资金（万元）', '项目资金（元）').replace('120.00\t118.50\t110.20\t10\t93.00%\t9.3', '1200000\t1185000\t1102000\t10\t93.00%\t9.3'));
		expect(doc.budgets[0]).toMatchObject({ initial_budget_wan: 120, adjusted_budget_wan: 118.5, actual_spend_wan: 110.2 });
		expect(doc.flags.some((f) => f.code === 'unit_converted')).toBe(true);
	});

	it('reports a form without 项目名称 as an error instead of inventing a project', () => {
		const { doc } = parse(TAB.replace('项目名称\t社区长者饭堂运营补贴\n', ''));
		expect(doc.tasks).toEqual([]);
		expect(doc.flags).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', code: 'missing_value' })]));
		// The indicators are still read, without a project to hang on.
		expect(doc.indicators).toHaveLength(6);
		expect(doc.indicators.every((i) => i.task_key === null)).toBe(true);
	});

	it('never throws on any prefix of the form', () => {
		for (let cut = 0; cut < TAB.length; cut += 7) expect(() => parse(TAB.slice(0, cut))).not.toThrow();
	});
});
