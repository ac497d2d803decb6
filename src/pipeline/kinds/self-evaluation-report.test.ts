import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineLedger } from '../documents/line-ledger.ts';
import { splitLines } from '../documents/split-lines.ts';
import type { ParsedDocument, SourceLine } from '../types.ts';
import { paragraphs, parseSelfEvaluationReport, sentences } from './self-evaluation-report.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seed = (name: string) => readFileSync(`${root}data/sources/${name}`, 'utf8');

/** Lines of a document; '' is a blank line as the PDF extraction leaves them. */
const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ number: i + 1, text }));

function parse(src: SourceLine[] | string): { doc: ParsedDocument; ledger: LineLedger; src: SourceLine[] } {
	const ls = typeof src === 'string' ? splitLines(src) : src;
	const ledger = new LineLedger(ls);
	return { doc: parseSelfEvaluationReport(ls, ledger), ledger, src: ls };
}

const cls = (ledger: LineLedger, n: number) => ledger.verdict(n)?.class;

function allMarked(ledger: LineLedger, src: SourceLine[]) {
	for (const l of src) if (!LineLedger.isBlank(l.text)) expect(ledger.has(l.number), `line ${l.number}: ${l.text.slice(0, 40)}`).toBe(true);
}

const TITLE = '广州市增城区人民政府荔城街道办事处 2021 年部门整体支出绩效自评报告';

describe('paragraphs and sentences', () => {
	it('joins the fragments of a paragraph across blank lines, keeping headings and numbered items apart', () => {
		const ps = paragraphs(lines(
			TITLE, '', '一、基本情况', '', '1. 主要职责', '', '(1) 宣传贯彻落实', '', '政策法规。',
			'', '服务人次约 15.4', '', '万人次。', '', '累计接种 18.8 万人次', '', '(2) 基层换届工作顺利完成。'
		), 1);
		expect(ps.map((p) => [p.kind, p.text, p.frags.map((f) => f.line)])).toEqual([
			['title', TITLE, [1]],
			['heading', '一、基本情况', [3]],
			['heading', '1. 主要职责', [5]],
			['text', '(1) 宣传贯彻落实政策法规。', [7, 9]],
			['text', '服务人次约 15.4万人次。', [11, 13]],
			['text', '累计接种 18.8 万人次', [15]],
			['text', '(2) 基层换届工作顺利完成。', [17]]
		]);
	});

	it('splits sentences at 。 and ；, not inside brackets', () => {
		expect(sentences('甲（乙；丙）丁；戊。己').map((s) => s.text)).toEqual(['甲（乙；丙）丁', '戊', '己']);
	});
});

describe('header', () => {
	it('reads title, unit name and year from the title line', () => {
		const { doc, ledger } = parse(lines('', TITLE, '', '一、基本情况'));
		expect(doc.kind).toBe('self_evaluation_report');
		expect(doc.title).toBe(TITLE);
		expect([doc.unit_name, doc.unit_name_line, doc.fiscal_year, doc.fiscal_year_line]).toEqual(['广州市增城区人民政府荔城街道办事处', 2, 2021, 2]);
		expect([cls(ledger, 2), cls(ledger, 4)]).toEqual(['prose', 'prose']);
	});

	it('reads a title with the year first', () => {
		const { doc } = parse(lines('2021年度霞山区爱国街道办事处整体支出绩效自评报告'));
		expect([doc.unit_name, doc.fiscal_year]).toEqual(['霞山区爱国街道办事处', 2021]);
	});
});

describe('budget sentences', () => {
	const SENTENCE = '广州市增城区人民政府荔城街道办事处 2021 年全年预算数 82,912.04 万元,全年执行数 75,317.78 万元，预算完成率 90.8%。其中财政拨款全年预算数 82,079.63 万元，全年执行数 74,789.68 万元，完成率 91.1%；其他资金全年预算数 832.41 万元，全年执行数 528.09 万元，完成率 63.4%。';

	it('reads one BudgetFact per scope', () => {
		const { doc, ledger } = parse(lines('（三）部门整体收支情况。', '', SENTENCE));
		expect(doc.budgets.map((b) => [b.scope, b.adjusted_budget_wan, b.actual_spend_wan, b.reported_execution_rate, b.reported_execution_rate_decimals, b.initial_budget_wan, b.source_line])).toEqual([
			['total', 82912.04, 75317.78, 0.908, 1, null, 3],
			['fiscal_appropriation', 82079.63, 74789.68, 0.911, 1, null, 3],
			['other_funds', 832.41, 528.09, 0.634, 1, null, 3]
		]);
		expect([cls(ledger, 1), cls(ledger, 3)]).toEqual(['prose', 'fact']);
		expect(doc.flags).toEqual([]);
	});

	it('reads 一般公共预算支出 and 政府性基金预算支出 as actual spending of their scopes', () => {
		const { doc } = parse(lines('根据财政预算绩效管理要求，组织部门整体支出绩效自评（含下属单位 5 个），涉及一般公共预算支出 31,992.22 万元，政府性基金预算支出 42,797.46 万元。从评价情况来看，预算编制大致达到了预期。'));
		expect(doc.budgets.map((b) => [b.scope, b.actual_spend_wan, b.adjusted_budget_wan, b.source_line])).toEqual([
			['general_public_budget', 31992.22, null, 1],
			['government_fund', 42797.46, null, 1]
		]);
	});

	it('does not duplicate a repeated figure; a repeat that disagrees is flagged', () => {
		const same = parse(lines(SENTENCE, '', '全年预算数 82,912.04 万元，执行数 75,317.78 万元，完成预算的 90.8%。'));
		expect(same.doc.budgets).toHaveLength(3);
		expect(cls(same.ledger, 3)).toBe('fact');
		// 完成预算的 90.8% is read as the rate (budget-labels.ts) and agrees: nothing to flag.
		expect(same.doc.flags).toEqual([]);
		const other = parse(lines(SENTENCE, '', '全年预算数 82,912.04 万元，执行数 75,000.00 万元。'));
		expect(other.doc.budgets).toHaveLength(3);
		expect(other.doc.budgets[0].actual_spend_wan).toBe(75317.78);
		expect(other.doc.flags).toEqual([expect.objectContaining({ code: 'inconsistent_repeat', severity: 'warning', source_line: 3 })]);
	});

	it('leaves incidental figures of the narrative alone', () => {
		const { doc, ledger } = parse(lines(
			'完成 978 家企业创业补贴申请工作，发放各项补贴约 370 万元。',
			'整治撂荒地 5 宗，复耕完成率 100%。项目预算数 100 万元，执行数 90 万元。',
			'员村街财政资金支出坚持全盘考虑，着力提高预算执行率和执行绩效。'
		));
		expect(doc.budgets).toEqual([]);
		expect([1, 2, 3].map((n) => cls(ledger, n))).toEqual(['prose', 'prose', 'prose']);
	});

	it('marks a budget sentence it cannot read as unparsed', () => {
		const { doc, ledger } = parse(lines('2024年度财政拨款收入合计2024.05万元,财政拨款支出合计2024.05万元,预算执行率100%。'));
		expect(doc.budgets).toEqual([]);
		expect(cls(ledger, 1)).toBe('unparsed');
		expect(ledger.verdict(1)?.reason).toContain('budget sentence');
	});
});

describe('scores', () => {
	it('reads the total and its components', () => {
		const { doc, ledger } = parse(lines('部门绩效自评得分 88.51 分，其中管理效能分值 40 分，自评得分 31.5 分；履行职能分值 60 分，自评得分 57.01 分。'));
		expect(doc.scores).toEqual([
			{ component: 'total', score: 88.51, max_score: 100, source_line: 1 },
			{ component: '管理效能', score: 31.5, max_score: 40, source_line: 1 },
			{ component: '履行职能', score: 57.01, max_score: 60, source_line: 1 }
		]);
		expect(cls(ledger, 1)).toBe('fact');
		expect(doc.flags).toEqual([]);
	});

	it('leaves the total maximum null when the component maxima do not sum to 100, and checks the sum of scores', () => {
		const { doc } = parse(lines('部门绩效自评得分 80 分，其中管理效能分值 30 分，自评得分 25 分；履行职能分值 60 分，自评得分 50 分。'));
		expect(doc.scores[0]).toEqual({ component: 'total', score: 80, max_score: null, source_line: 1 });
		expect(doc.flags.map((f) => f.code)).toEqual(['sum_mismatch']);
	});
});

describe('indicator clauses', () => {
	it('reads every "X年度指标值为 T，实际完成 A" clause, without the heading before it', () => {
		const { doc, ledger } = parse(lines('1.产业创新发展，推动经济高质量发展。开展政策培训、业务培训年度指标值为 1 次，实际完成 5 次；外出招商活动次数年度指标值为 4 次，实际完成 3 次；引进注册资本 1000 万的企业数年度指标值为 1 家，实际完成引进注册资本 2000 万的企业数 1 家。'));
		expect(doc.indicators.map((i) => [i.name, i.target_text, i.actual_text, i.source_line, i.actual_source_line, i.task_key])).toEqual([
			['开展政策培训、业务培训', '1 次', '5 次', 1, null, null],
			['外出招商活动次数', '4 次', '3 次', 1, null, null],
			['引进注册资本 1000 万的企业数', '1 家', '引进注册资本 2000 万的企业数 1 家', 1, null, null]
		]);
		expect(cls(ledger, 1)).toBe('fact');
	});

	it('joins a clause broken across lines; source_line is where the name starts, actual_source_line where the value sits', () => {
		const { doc, ledger } = parse(lines(
			'2.城乡管理治理上水平。垃圾专车专运完成率年度指标',
			'',
			'值为 70%，实际完成隔离酒店生活垃圾专车专运完成率 100%；城乡环境卫生干净度年度指标值为 90%，实际完成 98.93%；长者饭堂就餐人次年度指标',
			'',
			'值为 10 万人次，实际完成',
			'',
			'112848 次。'
		));
		expect(doc.indicators.map((i) => [i.name, i.target_text, i.actual_text, i.source_line, i.actual_source_line])).toEqual([
			['垃圾专车专运完成率', '70%', '隔离酒店生活垃圾专车专运完成率 100%', 1, 3],
			['城乡环境卫生干净度', '90%', '98.93%', 3, null],
			['长者饭堂就餐人次', '10 万人次', '112848 次', 3, 7]
		]);
		expect([1, 3, 5, 7].map((n) => cls(ledger, n))).toEqual(['fact', 'fact', 'fact', 'fact']);
	});

	it('reads a clause with a target only; a clause it cannot read is unparsed with the reason', () => {
		const { doc, ledger } = parse(lines('服务企业数年度指标值为 203 家。', '', '年度指标值为 5 次，实际完成 6 次。'));
		expect(doc.indicators).toEqual([expect.objectContaining({ name: '服务企业数', target_text: '203 家', actual_text: null })]);
		expect(doc.flags.map((f) => f.code)).toEqual(['no_actual']);
		expect(cls(ledger, 3)).toBe('unparsed');
		expect(ledger.verdict(3)?.reason).toContain('without a name');
	});
});

describe('seed 003 (荔城街道 2021)', () => {
	const { doc, ledger, src } = parse(seed('003_a0655f5b282921e2.txt'));

	it('reads the header', () => {
		expect(doc.title).toBe(TITLE);
		expect([doc.unit_name, doc.unit_name_line, doc.fiscal_year, doc.fiscal_year_line]).toEqual(['广州市增城区人民政府荔城街道办事处', 3, 2021, 3]);
	});

	it('reads the budget execution per scope, once each', () => {
		const by = Object.fromEntries(doc.budgets.map((b) => [b.scope, b]));
		expect(doc.budgets.map((b) => b.scope)).toEqual(['total', 'fiscal_appropriation', 'other_funds', 'general_public_budget', 'government_fund']);
		expect(by.total).toMatchObject({ adjusted_budget_wan: 82912.04, actual_spend_wan: 75317.78, reported_execution_rate: 0.908, source_line: 85 });
		expect(by.fiscal_appropriation).toMatchObject({ adjusted_budget_wan: 82079.63, actual_spend_wan: 74789.68, reported_execution_rate: 0.911 });
		expect(by.other_funds).toMatchObject({ adjusted_budget_wan: 832.41, actual_spend_wan: 528.09, reported_execution_rate: 0.634 });
		expect(by.general_public_budget).toMatchObject({ actual_spend_wan: 31992.22, source_line: 89 });
		expect(by.government_fund).toMatchObject({ actual_spend_wan: 42797.46, source_line: 89 });
		expect(doc.flags.filter((f) => f.code === 'inconsistent_repeat')).toEqual([]);
	});

	it('reads the scores', () => {
		expect(doc.scores).toEqual([
			{ component: 'total', score: 88.51, max_score: 100, source_line: 95 },
			{ component: '管理效能', score: 31.5, max_score: 40, source_line: 95 },
			{ component: '履行职能', score: 57.01, max_score: 60, source_line: 95 }
		]);
	});

	it('reads the 16 indicator clauses', () => {
		expect(doc.indicators).toHaveLength(16);
		const get = (name: string) => doc.indicators.find((i) => i.name === name);
		expect(get('外出招商活动次数')).toMatchObject({ target_text: '4 次', actual_text: '3 次', source_line: 99 });
		expect(get('在册涉毒管控人员帮教服务覆盖率')).toMatchObject({ target_text: '100%', actual_text: '70%', source_line: 103 });
		expect(get('开展社区活动次数')).toMatchObject({ target_text: '220 次', actual_text: '170 次', source_line: 105 });
		expect(get('长者饭堂就餐人次')).toMatchObject({ target_text: '10 万人次', actual_text: '112848 次' });
		expect(get('引进注册资本 1000 万的企业数')).toMatchObject({ target_text: '1 家', actual_text: '引进注册资本 2000 万的企业数 1 家' });
		expect(get('垃圾专车专运完成率')).toMatchObject({ target_text: '70%', source_line: 101, actual_source_line: 103 });
		expect(doc.indicators.every((i) => i.task_key === null && !/^\d/.test(i.name) && !i.name.includes('。'))).toBe(true);
	});

	it('marks the fact lines and leaves everything else prose', () => {
		allMarked(ledger, src);
		const facts = src.filter((l) => cls(ledger, l.number) === 'fact').map((l) => l.number);
		expect(facts).toEqual([85, 89, 95, 99, 101, 103, 105]);
		expect(ledger.unparsedLines()).toEqual([]);
	});
});

describe('robustness', () => {
	it('reads what a truncated file holds', () => {
		const text = seed('003_a0655f5b282921e2.txt');
		const { doc, ledger, src } = parse(text.slice(0, text.indexOf('实际完成 70%')));
		expect(doc.budgets).toHaveLength(5);
		expect(doc.scores).toHaveLength(3);
		// The last clause lost its 实际完成: read as a target-only indicator.
		expect(doc.indicators).toHaveLength(9);
		expect(doc.indicators[8]).toMatchObject({ name: '在册涉毒管控人员帮教服务覆盖率', actual_text: null });
		allMarked(ledger, src);
	});

	it('never throws and marks every non-blank line, whatever the input', () => {
		const piece = fc.oneof(
			fc.constantFrom('', '年度指标值为', '，实际完成', '全年预算数', '82,912.04 万元', '，', '。', '；', '预算完成率', '90.8%', '自评得分', '88.51 分',
				'其中', '财政拨款', '分值', '1.', '（一）', '一般公共预算支出', '\t', '（', '）'),
			fc.string({ maxLength: 6 })
		);
		const line = fc.array(piece, { maxLength: 8 }).map((ps) => ps.join(''));
		fc.assert(
			fc.property(fc.array(line, { maxLength: 30 }), (texts) => {
				const src = texts.map((text, i) => ({ number: i + 1, text }));
				const ledger = new LineLedger(src);
				const doc = parseSelfEvaluationReport(src, ledger);
				expect(doc.flags.filter((f) => f.code === 'parser_error')).toEqual([]);
				allMarked(ledger, src);
				for (const i of doc.indicators) expect(src.some((l) => l.number === i.source_line)).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('parses the other reports of the corpus without throwing', () => {
		const dir = `${root}tests/fixtures/corpus/`;
		for (const f of ['006_guangdong_zhanjiang_xuwen_xiaqiao_town_2024_selfeval_report.txt', '014_guangdong_zhanjiang_xiashan_aiguo_street_2021_overall_selfeval_report.txt', '016_hunan_yueyang_yueyanglou_wangyuelu_street_2021_overall_selfeval_report_mirror.txt']) {
			const { doc, ledger, src } = parse(readFileSync(dir + f, 'utf8'));
			expect(doc.flags.filter((x) => x.code === 'parser_error')).toEqual([]);
			allMarked(ledger, src);
		}
	});
});

describe('budget sentences in other wordings', () => {
	it('年初预算 / 全年调整预算 / 全年执行 with a space before 万元', () => {
		const { doc } = parse('某镇2023年度部门整体支出绩效自评报告\n2023年度年初预算 1,657.57 万元，全年调整预算 1,820.30 万元，全年执行 1,790.12 万元，预算执行率 98.34%。');
		expect(doc.budgets).toEqual([expect.objectContaining({ scope: 'total', initial_budget_wan: 1657.57, adjusted_budget_wan: 1820.3, actual_spend_wan: 1790.12, reported_execution_rate: 0.9834, source_line: 2 })]);
	});
	it('全年(调整)预算数 and 全年实际支出', () => {
		const { doc } = parse('某街道2022年度部门整体支出绩效自评报告\n全年(调整)预算数 2,000.00 万元，全年实际支出 1,950.50 万元。');
		expect(doc.budgets).toEqual([expect.objectContaining({ adjusted_budget_wan: 2000, actual_spend_wan: 1950.5 })]);
	});
});
