import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineLedger } from '../documents/line-ledger.ts';
import { splitLines } from '../documents/split-lines.ts';
import type { ParsedDocument, SourceLine } from '../types.ts';
import { pairIndicatorCells, parseSelfEvaluationForm, splitNames, splitValues, stripTags } from './self-evaluation-form.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seed = (name: string) => readFileSync(`${root}data/sources/${name}`, 'utf8');

/** Rows given as arrays of cells (joined by tabs) or as raw text. */
function lines(...rows: (string | string[])[]): SourceLine[] {
	return rows.map((r, i) => ({ number: i + 1, text: Array.isArray(r) ? r.join('\t') : r }));
}

function parse(src: SourceLine[] | string): { doc: ParsedDocument; ledger: LineLedger; src: SourceLine[] } {
	const ls = typeof src === 'string' ? splitLines(src) : src;
	const ledger = new LineLedger(ls);
	return { doc: parseSelfEvaluationForm(ls, ledger), ledger, src: ls };
}

const cls = (ledger: LineLedger, n: number) => ledger.verdict(n)?.class;

/** Every non-blank line was marked by the parser. */
function allMarked(ledger: LineLedger, src: SourceLine[]) {
	for (const l of src) if (!LineLedger.isBlank(l.text)) expect(ledger.has(l.number), `line ${l.number}: ${l.text.slice(0, 40)}`).toBe(true);
}

const TASK_HEADER = ['主要任务', '预期目标', '目标完成情况', '关键指标', '指标完成情况', '任务涉及资金'];
const KEY_HEADER = ['年度关键指标', '关键指标', '预期实现值', '指标完成情况', ''];

describe('header rows', () => {
	it('reads title, year, unit name; units and attachment labels are prose', () => {
		const { doc, ledger } = parse(lines(
			'附件2',
			'2022年度员村街道办事处部门整体支出绩效自评表',
			'单位：万元',
			['部门名称（汇总）', '', '广州市天河区人民政府员村街道办事处', '', '被评价年度', '2022年']
		));
		expect(doc.kind).toBe('self_evaluation_form');
		expect(doc.title).toBe('2022年度员村街道办事处部门整体支出绩效自评表');
		expect([doc.fiscal_year, doc.fiscal_year_line]).toEqual([2022, 2]);
		expect([doc.unit_name, doc.unit_name_line]).toEqual(['广州市天河区人民政府员村街道办事处', 4]);
		expect([1, 2, 3, 4].map((n) => cls(ledger, n))).toEqual(['prose', 'prose', 'prose', 'prose']);
		expect(doc.flags).toEqual([]);
	});

	it('takes the year from 被评价年度 when the title has none, and flags a contradiction', () => {
		const a = parse(lines('部门整体支出绩效自评表', ['部门名称', '某街道办事处', '被评价年度', '2022年'])).doc;
		expect([a.fiscal_year, a.fiscal_year_line]).toEqual([2022, 2]);
		const b = parse(lines('部门整体支出绩效自评表 (2021年度)', ['部门名称', '某街道办事处', '被评价年度', '2022年'])).doc;
		expect(b.fiscal_year).toBe(2021);
		expect(b.flags.map((f) => f.code)).toEqual(['year_mismatch']);
	});
});

describe('budget block', () => {
	it('reads label/value pairs in cells (seed 001 shape)', () => {
		const { doc, ledger } = parse(lines(
			['部门资金情况', '整体支出年度预算数', '19,206.99', '整体支出年初预算数', '18,847.80'],
			['', '实际支出数', '18,570.21', '年度调整额', '359.19'],
			['', '其中: 一般公共预算', '18,211.58', '', ''],
			['', '预算完成率', '96.68%', '预算调整率', '1.91%']
		));
		expect(doc.budgets).toHaveLength(2);
		expect(doc.budgets[0]).toMatchObject({
			scope: 'total', adjusted_budget_wan: 19206.99, initial_budget_wan: 18847.8, actual_spend_wan: 18570.21,
			reported_execution_rate: 0.9668, reported_execution_rate_decimals: 2, reported_adjustment_rate: 0.0191,
			reported_adjustment_rate_decimals: 2, source_line: 1
		});
		expect(doc.budgets[1]).toMatchObject({
			scope: 'general_public_budget', actual_spend_wan: 18211.58, adjusted_budget_wan: null, initial_budget_wan: null,
			reported_execution_rate: null, source_line: 3
		});
		expect([1, 2, 3, 4].map((n) => cls(ledger, n))).toEqual(['fact', 'fact', 'fact', 'fact']);
		expect(doc.flags).toEqual([]);
	});

	it('reads the seed 002 labels (部门调整预算收入, 部门年初预算收入, 年度预算调整数) and keeps 98.10% with 2 decimals', () => {
		const { doc } = parse(lines(
			['部门资金情况', '部门调整预算收入', '12436.77', '部门年初预算收入', '12066.53', ''],
			['', '实际支出数', '12198.33', '年度预算调整数', '370.24', ''],
			['', '预算完成率', '98.10%', '预算调整率', '3.07%', '']
		));
		expect(doc.budgets[0]).toMatchObject({
			scope: 'total', adjusted_budget_wan: 12436.77, initial_budget_wan: 12066.53, actual_spend_wan: 12198.33,
			reported_execution_rate: 0.981, reported_execution_rate_decimals: 2, reported_adjustment_rate: 0.0307
		});
		expect(doc.flags).toEqual([]);
	});

	it('raises sum_mismatch when 年度调整额 is not adjusted − initial', () => {
		const { doc } = parse(lines(
			['部门资金情况', '整体支出年度预算数', '19,206.99', '整体支出年初预算数', '18,847.80'],
			['', '实际支出数', '18,570.21', '年度调整额', '400.00']
		));
		expect(doc.flags).toHaveLength(1);
		expect(doc.flags[0]).toMatchObject({ code: 'sum_mismatch', severity: 'warning', source_line: 2, table_name: 'budgets' });
		expect(doc.flags[0].message).toContain('359.19');
	});

	it('reads the pipe variant of budget rows (web mirrors)', () => {
		const { doc } = parse(lines(
			'| 部门资金情况 | 整体支出年度预算数 | 19,206.99 | 整体支出年初预算数 | 18,847.80 |',
			'| | 其中：政府性基金 | 120.5 | | |'
		));
		expect(doc.budgets.map((b) => [b.scope, b.adjusted_budget_wan, b.initial_budget_wan, b.actual_spend_wan])).toEqual([
			['total', 19206.99, 18847.8, null],
			['government_fund', null, null, 120.5]
		]);
	});

	it('keeps rows whose figures cannot be read as unparsed with the reason, partial failures as flags', () => {
		const { doc, ledger } = parse(lines(
			['部门资金情况', '整体支出年度预算数', '1,2,3', '整体支出年初预算数', 'Į'],
			['', '实际支出数', '18,570.21', '年度调整额', '35.9.1'],
			['', '某某情况', '说明文字']
		));
		expect(cls(ledger, 1)).toBe('unparsed');
		expect(ledger.verdict(1)?.reason).toContain('1,2,3');
		expect(cls(ledger, 2)).toBe('fact');
		expect(doc.flags.find((f) => f.code === 'unreadable_value')?.message).toContain('年度调整额');
		expect(cls(ledger, 3)).toBe('unparsed');
		expect(doc.budgets[0]).toMatchObject({ actual_spend_wan: 18570.21, adjusted_budget_wan: null, source_line: 2 });
	});

	it('flags a figure printed twice with different values, keeping the first', () => {
		const { doc } = parse(lines(
			['部门资金情况', '实际支出数', '100.00'],
			['', '实际支出数', '101.00']
		));
		expect(doc.budgets[0].actual_spend_wan).toBe(100);
		expect(doc.flags.map((f) => f.code)).toEqual(['inconsistent_repeat']);
	});
});

describe('年度关键指标 block', () => {
	it('reads aligned rows and a row shifted one cell left', () => {
		const { doc, ledger } = parse(lines(
			KEY_HEADER,
			['', '公共服务中心工作效率等级', '良好', '良好', ''],
			['', '文体中心升级改造完成率', '100%', '1', ''],
			['居民幸福感满意度', '≥80%', '85%', '', ''],
			'| | 来穗人员屋居住信息登记率 | ≥90% | 85% | |'
		));
		expect(doc.indicators.map((i) => [i.name, i.target_text, i.actual_text, i.source_line, i.task_key])).toEqual([
			['公共服务中心工作效率等级', '良好', '良好', 2, null],
			['文体中心升级改造完成率', '100%', '1', 3, null],
			['居民幸福感满意度', '≥80%', '85%', 4, null],
			['来穗人员屋居住信息登记率', '≥90%', '85%', 5, null]
		]);
		expect(doc.indicators.every((i) => i.level1 === null && i.level2 === null)).toBe(true);
		expect(cls(ledger, 1)).toBe('prose');
		expect([2, 3, 4, 5].map((n) => cls(ledger, n))).toEqual(['fact', 'fact', 'fact', 'fact']);
	});

	it('places the value of a shifted two-cell row by its column', () => {
		const { doc } = parse(lines(
			KEY_HEADER,
			['甲满意度', '≥80%', '', '', ''],
			['乙满意度', '', '85%', '', '']
		));
		expect(doc.indicators.map((i) => [i.name, i.target_text, i.actual_text])).toEqual([['甲满意度', '≥80%', null], ['乙满意度', null, '85%']]);
		expect(parse(lines(['甲满意度', '≥80%'])).ledger.verdict(1)?.class).toBe('unparsed');
	});

	it('reads any number of indicators, and rows it cannot place are unparsed with a reason', () => {
		const rows: string[][] = [KEY_HEADER];
		for (let i = 1; i <= 23; i++) rows.push(['', `指标${i}完成率`, `≥${i}%`, `${i + 1}%`, '']);
		rows.push(['甲', '乙', '丙', '丁', '戊']);
		rows.push(['', '只有名称的指标', '', '', '']);
		const { doc, ledger } = parse(lines(...rows));
		expect(doc.indicators).toHaveLength(24);
		expect(doc.indicators[22]).toMatchObject({ name: '指标23完成率', target_text: '≥23%', actual_text: '24%' });
		expect(cls(ledger, 25)).toBe('unparsed');
		expect(ledger.verdict(25)?.reason).toContain('5 cells');
		expect(doc.indicators[23]).toMatchObject({ name: '只有名称的指标', target_text: null, actual_text: null });
		expect(doc.flags.map((f) => f.code)).toEqual(['missing_value']);
	});
});

describe('indicator cells of a task', () => {
	it('splits values without breaking one value apart', () => {
		expect(splitValues('2处 92% 3家 12次 14人 193人 92% 300 5次')).toEqual(['2处', '92%', '3家', '12次', '14人', '193人', '92%', '300', '5次']);
		expect(splitValues('≥ 90% 100 % 3, 986. 34 第7名')).toEqual(['≥ 90%', '100 %', '3, 986. 34', '第7名']);
		expect(splitNames('“四标四实” 入户走访核实率 城市精细化管理（含 人行道保洁）')).toEqual(['“四标四实”', '入户走访核实率', '城市精细化管理（含 人行道保洁）']);
	});

	it('pairs names and values in order when the counts agree', () => {
		const p = pairIndicatorCells('社区公建配套场地增加数量 群众满意度 爱心午餐人次', '2处 92% 193人');
		expect(p.problem).toBeNull();
		expect(p.pairs).toEqual([
			{ name: '社区公建配套场地增加数量', value: '2处', target: null },
			{ name: '群众满意度', value: '92%', target: null },
			{ name: '爱心午餐人次', value: '193人', target: null }
		]);
	});

	it('gives the whole value cell to a single name (a value with spaces inside)', () => {
		const p = pairIndicatorCells('道路机械化清扫', '7米以上道路 机扫率达到100%以上');
		expect(p).toEqual({ pairs: [{ name: '道路机械化清扫', value: '7米以上道路 机扫率达到100%以上', target: null }], problem: null });
	});

	it('pairs what it can and reports the rest when the counts differ', () => {
		const more = pairIndicatorCells('甲完成率 乙完成率 丙完成率', '100% 90%');
		expect(more.pairs.map((x) => [x.name, x.value])).toEqual([['甲完成率', '100%'], ['乙完成率', '90%'], ['丙完成率', null]]);
		expect(more.problem).toContain('3 indicator names but 2 values');
		const fewer = pairIndicatorCells('甲完成率 乙完成率', '100% 90% 80%');
		expect(fewer.pairs).toHaveLength(2);
		expect(fewer.problem).toContain('unpaired values: 80%');
	});

	it('reads one value under space-separated words as one name with a space, flagged as ambiguous', () => {
		const p = pairIndicatorCells('街消毒站病媒生物防治专职 人员', '达标');
		expect(p.pairs).toEqual([{ name: '街消毒站病媒生物防治专职 人员', value: '达标', target: null }]);
		expect(p.problem).toContain('ambiguous');
		const q = pairIndicatorCells('重点项目完工率 居民满意度', '100%');
		expect(q.pairs.map((x) => [x.name, x.value])).toEqual([['重点项目完工率', '100%'], ['居民满意度', null]]);
		expect(q.problem).toContain('ambiguous');
	});

	it('strips HTML tags and nothing else', () => {
		expect(stripTags('<p>一、甲。</p> <p>二、乙 <b>丙</b></p>')).toBe('一、甲。 二、乙 丙');
		expect(stripTags('<p>a</p><p>b</p>')).toBe('a b');
		expect(stripTags('x < 3 且 y > 2')).toBe('x < 3 且 y > 2');
	});
});

describe('主要任务 block', () => {
	it('reads a task row with its indicators in one cell each (seed 001 shape)', () => {
		const { doc, ledger } = parse(lines(
			TASK_HEADER,
			['公共配套设施建设计划', '提升永和公建配套', '街道通过实施…项目', '社区公建配套场地增加数量 群众满意度 爱心午餐人次', '2处 92% 193人', '879.73'],
			['产业转型升级计划', '<p>激活资源</p>', '<p>已基本完成</p>', '召开经济座谈会场次 促进资源对接次数', '4次 300家', '1,096.47']
		));
		expect(doc.tasks).toEqual([
			{ key: 't1', kind: 'key_task', name: '公共配套设施建设计划', amount_wan: 879.73, goal_text: '提升永和公建配套', outcome_text: '街道通过实施…项目', source_line: 2 },
			{ key: 't2', kind: 'key_task', name: '产业转型升级计划', amount_wan: 1096.47, goal_text: '激活资源', outcome_text: '已基本完成', source_line: 3 }
		]);
		expect(doc.indicators.map((i) => [i.task_key, i.name, i.target_text, i.actual_text, i.source_line])).toEqual([
			['t1', '社区公建配套场地增加数量', null, '2处', 2],
			['t1', '群众满意度', null, '92%', 2],
			['t1', '爱心午餐人次', null, '193人', 2],
			['t2', '召开经济座谈会场次', null, '4次', 3],
			['t2', '促进资源对接次数', null, '300家', 3]
		]);
		expect([1, 2, 3].map((n) => cls(ledger, n))).toEqual(['prose', 'fact', 'fact']);
		expect(doc.flags).toEqual([]);
	});

	it('reads continuation rows with three leading empty cells (seed 002 shape), also as pipes', () => {
		const { doc, ledger } = parse(lines(
			TASK_HEADER,
			['出租屋管理专项经费', '加强出租屋管理', '提高出租屋管理水平', '办理备案', '办理备案宗数0.09万份', '664.29'],
			['', '', '', '居住证受理', '居住证受理宗数2.3万张', ''],
			'',
			'| | | | 出租屋纳管率 | 达标 | |',
			['综合养老服务中心（颐康中心）运营经费', '<p>颐康中心</p>', '<p>员村街</p>', '服务保障率', '1', '35']
		));
		expect(doc.tasks.map((t) => [t.key, t.name, t.amount_wan])).toEqual([['t1', '出租屋管理专项经费', 664.29], ['t2', '综合养老服务中心（颐康中心）运营经费', 35]]);
		expect(doc.indicators.map((i) => [i.task_key, i.name, i.actual_text, i.source_line])).toEqual([
			['t1', '办理备案', '办理备案宗数0.09万份', 2],
			['t1', '居住证受理', '居住证受理宗数2.3万张', 3],
			['t1', '出租屋纳管率', '达标', 5],
			['t2', '服务保障率', '1', 6]
		]);
		expect([2, 3, 5, 6].map((n) => cls(ledger, n))).toEqual(['fact', 'fact', 'fact', 'fact']);
	});

	it('raises indicator_pairing on the task when the counts differ, dropping nothing', () => {
		const { doc } = parse(lines(
			TASK_HEADER,
			['创建平安美丽永和计划', '目标', '完成', '市容市貌整治工作完成率 环境卫生排名 巡逻频次', '100% 第7名', '1,282.81']
		));
		expect(doc.indicators.map((i) => [i.name, i.actual_text])).toEqual([
			['市容市貌整治工作完成率', '100%'], ['环境卫生排名', '第7名'], ['巡逻频次', null]
		]);
		expect(doc.flags).toHaveLength(1);
		expect(doc.flags[0]).toMatchObject({ code: 'indicator_pairing', severity: 'warning', source_line: 2, ref: 'task:t1', table_name: 'indicators' });
	});

	it('flags a missing or unreadable amount, and keeps rows it cannot place as unparsed', () => {
		const { doc, ledger } = parse(lines(
			TASK_HEADER,
			['', '', '', '孤儿指标', '5次', ''],
			['甲计划', '目标', '完成', '甲完成率', '100%', ''],
			['乙计划', '目标', '完成', '乙完成率', '100%', '约五百万'],
			'一行没有分栏的文字',
			['合计', '', '', '', '', '999']
		));
		expect(cls(ledger, 2)).toBe('unparsed');
		expect(ledger.verdict(2)?.reason).toContain('before any task');
		expect(doc.tasks.map((t) => t.amount_wan)).toEqual([null, null]);
		expect(doc.flags.map((f) => f.code)).toEqual(['missing_value', 'unreadable_value', 'sum_mismatch']);
		expect(cls(ledger, 5)).toBe('unparsed');
		expect(cls(ledger, 6)).toBe('prose');
	});
});

describe('prose sections', () => {
	it('marks goals, 重点项目绩效情况, 部门整体绩效, 存在问题, 改进措施 and notes as prose', () => {
		const { doc, ledger, src } = parse(lines(
			['年度目标', '部门整体支出的预期目标', '', '部门整体支出的目标完成情况', ''],
			['', '员村街财政资金支出坚持全盘考虑，预算执行率接近 100%', '', '<p>（一）坚持党建引领</p>', ''],
			['重点项目绩效情况', '加强出租屋管理，代征税2100.52万元'],
			['部门整体绩效', '（一）坚持党建引领。'],
			['存在问题', '党建工作的创新不足'],
			['改进措施或下一步计划', '高度重视'],
			'注：1. 每个部门至少开展一个重点项目绩效评价。',
			'2. 各预算主管部门统一报送。'
		));
		expect(src.map((l) => cls(ledger, l.number))).toEqual(Array(8).fill('prose'));
		expect(doc.budgets).toEqual([]);
		expect(doc.indicators).toEqual([]);
	});
});

describe('seed 001 (永和街道 2021)', () => {
	const { doc, ledger, src } = parse(seed('001_5db012f121f01c6e.txt'));

	it('reads the header', () => {
		expect(doc.title).toBe('黄埔区广州开发区部门整体支出绩效自评表 (2021年度)');
		expect([doc.fiscal_year, doc.fiscal_year_line]).toEqual([2021, 3]);
		expect([doc.unit_name, doc.unit_name_line]).toEqual(['广州市黄埔区人民政府永和街道办事处', 7]);
	});

	it('reads the budget block', () => {
		expect(doc.budgets).toEqual([
			expect.objectContaining({
				scope: 'total', initial_budget_wan: 18847.8, adjusted_budget_wan: 19206.99, actual_spend_wan: 18570.21,
				reported_execution_rate: 0.9668, reported_execution_rate_decimals: 2, reported_adjustment_rate: 0.0191, source_line: 8
			}),
			expect.objectContaining({ scope: 'general_public_budget', actual_spend_wan: 18211.58, initial_budget_wan: null, adjusted_budget_wan: null, source_line: 10 })
		]);
	});

	it('reads the 15 key indicators', () => {
		const key = doc.indicators.filter((i) => i.task_key === null);
		expect(key).toHaveLength(15);
		const get = (name: string) => key.find((i) => i.name === name);
		expect(get('社区公建配套场地增加数量')).toMatchObject({ target_text: '3处', actual_text: '2处', source_line: 22 });
		expect(get('来穗人员屋居住信息登记率')).toMatchObject({ target_text: '≥90%', actual_text: '85%' });
		expect(get('文体中心升级改造完成率')).toMatchObject({ target_text: '100%', actual_text: '1' });
		expect(get('公共服务中心工作效率等级')).toMatchObject({ target_text: '良好', actual_text: '良好' });
		expect(get('居民幸福感满意度')).toMatchObject({ target_text: '≥80%', actual_text: '85%', source_line: 29 });
	});

	it('reads the 4 tasks and their 9, 6, 4 and 9 indicators', () => {
		expect(doc.tasks.map((t) => [t.name, t.amount_wan, t.kind])).toEqual([
			['公共配套设施建设计划', 879.73, 'key_task'],
			['产业转型升级计划', 1096.47, 'key_task'],
			['城乡社区管理及环境整治计划', 488.46, 'key_task'],
			['创建平安美丽永和计划', 1282.81, 'key_task']
		]);
		expect(doc.tasks.every((t) => t.goal_text && t.outcome_text)).toBe(true);
		const of = (key: string) => doc.indicators.filter((i) => i.task_key === key);
		expect(['t1', 't2', 't3', 't4'].map((k) => of(k).length)).toEqual([9, 6, 4, 9]);
		expect(of('t1').find((i) => i.name === '爱心午餐人次')?.actual_text).toBe('193人');
		expect(of('t4').map((i) => i.actual_text).join(' ')).toBe('100% 第7名 100% 0人 91% 0次 100% 95% 100%');
		expect(of('t1').every((i) => i.target_text === null)).toBe(true);
	});

	it('marks every line, with no unparsed line and no flag', () => {
		allMarked(ledger, src);
		expect(ledger.unparsedLines()).toEqual([]);
		expect(doc.flags).toEqual([]);
		expect(ledger.counts()).toEqual({ total: 32, fact: 23, prose: 9, unparsed: 0 });
	});
});

describe('seed 002 (员村街道 2022)', () => {
	const { doc, ledger, src } = parse(seed('002_9dad41ea0f0f2e66.txt'));

	it('reads the header and budget block', () => {
		expect(doc.title).toBe('2022年度员村街道办事处部门整体支出绩效自评表');
		expect([doc.fiscal_year, doc.unit_name]).toEqual([2022, '广州市天河区人民政府员村街道办事处']);
		expect(doc.budgets[0]).toMatchObject({
			scope: 'total', adjusted_budget_wan: 12436.77, initial_budget_wan: 12066.53, actual_spend_wan: 12198.33,
			reported_execution_rate: 0.981, reported_execution_rate_decimals: 2, reported_adjustment_rate: 0.0307, source_line: 10
		});
		expect(doc.budgets[1]).toMatchObject({ scope: 'general_public_budget', actual_spend_wan: 11253.52 });
	});

	it('reads 3 tasks with 8, 6 and 4 indicators, and no key-indicator block', () => {
		expect(doc.tasks.map((t) => [t.name, t.amount_wan])).toEqual([
			['出租屋管理专项经费', 664.29], ['环卫保洁专项经费', 2835.24], ['综合养老服务中心（颐康中心）运营经费', 35]
		]);
		expect(['t1', 't2', 't3'].map((k) => doc.indicators.filter((i) => i.task_key === k).length)).toEqual([8, 6, 4]);
		expect(doc.indicators.filter((i) => i.task_key === null)).toHaveLength(0);
		expect(doc.tasks[1].goal_text).not.toMatch(/<\/?p>/);
		expect(doc.tasks[1].goal_text).toMatch(/^《关于对环卫车辆设备运维经费进行二次分配的通知》/);
		expect(doc.indicators.find((i) => i.name === '服务对象满意率')).toMatchObject({ actual_text: '≥90%', target_text: null, source_line: 35 });
	});

	it('marks every line, with no unparsed line and no flag', () => {
		allMarked(ledger, src);
		expect(ledger.unparsedLines()).toEqual([]);
		expect(doc.flags).toEqual([]);
	});
});

describe('robustness', () => {
	it('reads what a truncated file holds', () => {
		const text = seed('001_5db012f121f01c6e.txt');
		const cut = text.slice(0, text.indexOf('产业转型升级计划') + 40);
		const { doc, ledger, src } = parse(cut);
		expect(doc.budgets[0].adjusted_budget_wan).toBe(19206.99);
		expect(doc.indicators.filter((i) => i.task_key === null)).toHaveLength(15);
		expect(doc.tasks.map((t) => [t.name, t.amount_wan])).toEqual([['公共配套设施建设计划', 879.73], ['产业转型升级计划', null]]);
		expect(doc.flags.map((f) => f.code)).toEqual(['missing_value']);
		allMarked(ledger, src);

		const early = parse(text.slice(0, text.indexOf('18,570.21') + 3));
		expect(early.doc.budgets[0]).toMatchObject({ adjusted_budget_wan: 19206.99, initial_budget_wan: 18847.8, actual_spend_wan: null });
		expect(early.ledger.has(9)).toBe(true);
	});

	it('reads a whole pipe-table (web mirror) version of seed 001 the same way', () => {
		const text = seed('001_5db012f121f01c6e.txt')
			.split('\n')
			.map((l) => (l.includes('\t') ? `| ${l.split('\t').join(' | ')} |` : l))
			.join('\n');
		const a = parse(seed('001_5db012f121f01c6e.txt')).doc;
		const b = parse(text).doc;
		expect(b.budgets).toEqual(a.budgets);
		expect(b.tasks).toEqual(a.tasks);
		expect(b.indicators).toEqual(a.indicators);
	});

	it('never throws and marks every non-blank line, whatever the input', () => {
		const cell = fc.oneof(
			fc.constantFrom('', '部门资金情况', '实际支出数', '预算完成率', '96.68%', '1,2,3', '主要任务', '关键指标', '预期实现值', '指标完成情况',
				'任务涉及资金', '预期目标', '存在问题', '注：', '<p>', '</p>', '其中：一般公共预算', '年度关键指标', '2处 92%', '甲 乙 丙', '|'),
			fc.string({ maxLength: 8 })
		);
		const row = fc.oneof(fc.array(cell, { maxLength: 7 }).map((cs) => cs.join('\t')), fc.array(cell, { maxLength: 7 }).map((cs) => `| ${cs.join(' | ')} |`), fc.string());
		fc.assert(
			fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
				const src = rows.map((text, i) => ({ number: i + 1, text }));
				const ledger = new LineLedger(src);
				const doc = parseSelfEvaluationForm(src, ledger);
				expect(doc.flags.filter((f) => f.code === 'parser_error')).toEqual([]);
				allMarked(ledger, src);
				for (const i of doc.indicators) if (i.task_key) expect(doc.tasks.some((t) => t.key === i.task_key)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('parses the other templates of the corpus without throwing, reporting lines it cannot read', () => {
		const dir = `${root}tests/fixtures/corpus/`;
		for (const f of ['003_hubei_tongcheng_tanghu_town_2020_overall_selfeval_form.txt', '010_hunan_hengshan_guantang_township_2023_overall_selfeval_form.txt']) {
			const { doc, ledger, src } = parse(readFileSync(dir + f, 'utf8'));
			expect(doc.flags.filter((x) => x.code === 'parser_error')).toEqual([]);
			allMarked(ledger, src);
			for (const u of ledger.unparsedLines()) expect(u.reason.length).toBeGreaterThan(0);
		}
	});
});
