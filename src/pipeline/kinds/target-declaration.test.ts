import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineLedger } from '../documents/line-ledger.ts';
import { splitLines } from '../documents/split-lines.ts';
import { blockLabel, budgetCategory, indicatorHeader, parseTargetDeclaration, taskHeader } from './target-declaration.ts';

const SEED = resolve(import.meta.dirname, '../../../data/sources/000_bb748f2cf32351ef.txt');
const seedText = readFileSync(SEED, 'utf8');

/** Rows of cells → document text (tab-separated, as PDF extraction prints it). */
const rows = (...r: (string | string[])[]) => r.map((x) => (Array.isArray(x) ? x.join('\t') : x)).join('\n');

function parse(text: string) {
	const lines = splitLines(text);
	const ledger = new LineLedger(lines);
	const doc = parseTargetDeclaration(lines, ledger);
	return { doc, ledger, lines };
}

const sum = (xs: (number | null)[]) => Math.round(xs.reduce<number>((s, x) => s + (x ?? 0), 0) * 100) / 100;

// A small form in the seed's shape, used by the line-level tests.
const HEAD = [
	'部门整体预算绩效目标申报表',
	['部门名称', '广州市天河区人民政府员村街道办事处', '', '', ''],
	['基本信息', '财政供养人员数', '61', '下属二级单位数', '2']
];
const IND_HEAD = ['', '一级指标', '二级指标', '三级指标', '实施周期指标值', '年度指标值'];
const TASK_HEAD = ['', '名称', '主要实施内容', '拟投入的资金（万元）', '期望达到的目标（概述）'];

describe('parseTargetDeclaration: seed 000 (荔城街道)', () => {
	const { doc, ledger, lines } = parse(seedText);

	it('reads the document head: title, unit, staff count, no year', () => {
		expect(doc.kind).toBe('target_declaration');
		expect(doc.title).toBe('部门整体预算绩效目标申报表');
		expect(doc.unit_name).toBe('广州市增城区人民政府荔城街道办事处');
		expect(doc.unit_name_line).toBe(5);
		expect(doc.fiscal_year).toBeNull();
		expect(doc.staff_count).toBe(88);
	});

	it('reads the budget composition into budget_lines', () => {
		const got = Object.fromEntries(doc.budget_lines.map((b) => [b.category, [b.label, b.amount_wan, b.source_line]]));
		expect(got).toEqual({
			basic_spending: ['基本支出', 4191.35, 8],
			project_spending: ['项目支出', 30030.05, 9],
			fiscal_appropriation: ['财政拨款', 34221.4, 8],
			other_funds: ['其他资金', 0, 9],
			special_funds: ['财政专项资金', 0, 11],
			other_development: ['其他事业发展性支出', 0, 12],
			district_level: ['区本级使用资金', 34221.4, 11],
			transfer: ['拟用于对下转移支付资金', 0, 12]
		});
		expect(doc.budget_lines).toHaveLength(8);
	});

	it('reads the 7 key tasks with amounts summing to 23,957.69 and goal_text = 期望达到的目标 only', () => {
		expect(doc.tasks.map((t) => [t.name, t.amount_wan, t.source_line])).toEqual([
			['公共服务事务', 5392.85, 15],
			['公共卫生服务', 1042.01, 16],
			['乡村振兴工作', 1824.32, 18],
			['城乡建设一体化', 1868.07, 19],
			['城乡环境卫生保洁', 12305.1, 20],
			['水环境处理工作', 376.98, 21],
			['建设平安荔城', 1148.36, 22]
		]);
		expect(sum(doc.tasks.map((t) => t.amount_wan))).toBe(23957.69);
		expect(doc.tasks.every((t) => t.kind === 'key_task')).toBe(true);
		expect(new Set(doc.tasks.map((t) => t.key)).size).toBe(7);
		expect(doc.tasks[3].goal_text).toBe('完成项目建设并验收结算。');
		expect(doc.tasks[0].goal_text).toMatch(/^履行税（费）款征收/);
		for (const t of doc.tasks) expect(t.goal_text).not.toMatch(/协税工作|城乡基础设施建设等施工内容|主要实施内容/);
	});

	it('reads 32 indicators, every one with both levels recovered', () => {
		expect(doc.indicators).toHaveLength(32);
		for (const i of doc.indicators) {
			expect(i.level1, i.name).not.toBeNull();
			expect(i.level2, i.name).not.toBeNull();
			expect(i.actual_text).toBeNull();
			expect(i.task_key ?? null).toBeNull();
		}
		const by = (name: string) => doc.indicators.find((i) => i.name === name)!;
		expect(by('综治视联网调度次数')).toMatchObject({ level1: '产出指标', level2: '数量指标', period_target_text: '12次', target_text: '12次', source_line: 24 });
		// line 31 prints 产出指标 mid-block; the block's first rows only print 数量指标
		expect(by('群防志愿队工作补贴发放及时率(%)')).toMatchObject({ level1: '产出指标', level2: '质量指标' });
		// line 51 prints 可持续影响指标 in the first column and shifts the row left
		expect(by('灾害的有效可控率')).toMatchObject({ level1: '效益指标', level2: '可持续影响指标', period_target_text: '有效可控率50%以上', target_text: '有效可控率50%以上', source_line: 51 });
		expect(by('提升乡村绿化美化水平')).toMatchObject({ level1: '效益指标', level2: '可持续影响指标', target_text: '5年' });
		expect(by('群众安全感')).toMatchObject({ level1: '效益指标', level2: '可持续影响指标', period_target_text: '94%', target_text: '94%' });
		expect(by('政法工作满意度')).toMatchObject({ level1: '满意度指标', level2: '服务对象满意度指标', target_text: '89%' });
		expect(by('新冠肺炎疫情接种率')).toMatchObject({
			level1: '效益指标',
			level2: '生态效益指标',
			target_text: '计划接种50000人(2022年接种任务数还没下达)',
			period_target_text: '大于90%'
		});
		expect(by('送达垃圾当天处理完成率')).toMatchObject({ level2: '时效指标', target_text: '95% (考虑停电、设备故障等不可抗力因素)' });
		const levels = (l1: string) => doc.indicators.filter((i) => i.level1 === l1).length;
		expect([levels('产出指标'), levels('效益指标'), levels('满意度指标')]).toEqual([13, 16, 3]);
	});

	it('accounts for every non-blank line: facts, prose, nothing unparsed', () => {
		expect(ledger.unparsedLines()).toEqual([]);
		ledger.finish('unclaimed');
		const c = ledger.counts();
		expect(c.unparsed).toBe(0);
		expect(c.total).toBe(lines.filter((l) => l.text.trim() !== '').length);
		expect(ledger.verdict(6)?.class).toBe('fact'); // 基本信息 … 88
		expect(ledger.verdict(13)?.class).toBe('prose'); // 总体绩效目标 paragraph
		expect(ledger.verdict(7)?.class).toBe('prose'); // budget headings
		expect(ledger.verdict(23)?.class).toBe('prose'); // indicator header
		expect(ledger.verdict(51)?.class).toBe('fact');
		expect(doc.flags).toEqual([]);
	});
});

describe('parseTargetDeclaration: line by line', () => {
	it('recognises blocks by their labels, not their lines', () => {
		expect(blockLabel('部门名称')).toBe('unit');
		expect(blockLabel('基本信息')).toBe('info');
		expect(blockLabel('预算整体情况')).toBe('budget');
		expect(blockLabel('总体绩效目标')).toBe('goal');
		expect(blockLabel('年度重点工作任务')).toBe('tasks');
		expect(blockLabel('绩效指标')).toBe('indicators');
		expect(blockLabel('可持续影响指标')).toBeNull();
		expect(taskHeader(TASK_HEAD)).toMatchObject({ name: 1, content: 2, amount: 3, goal: 4 });
		expect(indicatorHeader(IND_HEAD)).toMatchObject({ l1: 1, l2: 2, name: 3, period: 4, target: 5 });
		expect(indicatorHeader(['', '名称', '主要实施内容'])).toBeNull();
		expect(budgetCategory('其中：财政拨款')).toBe('fiscal_appropriation');
		expect(budgetCategory('拟用于对下转移支付资金')).toBe('transfer');
		expect(budgetCategory('某某支出')).toBe('other');
	});

	it('reads a year only when the text states it', () => {
		const { doc } = parse(rows('2023年部门整体预算绩效目标申报表', ...HEAD.slice(1)));
		expect(doc.fiscal_year).toBe(2023);
		expect(doc.fiscal_year_line).toBe(1);
		expect(doc.staff_count).toBe(61);
		expect(doc.unit_name).toBe('广州市天河区人民政府员村街道办事处');
		// a year inside an indicator value is no statement of the fiscal year
		const { doc: d2 } = parse(rows(...HEAD, IND_HEAD, ['', '产出指标', '数量指标', '站点数量', '2023年全覆盖', '17个']));
		expect(d2.fiscal_year).toBeNull();
	});

	it('reads 部门名称:xxx printed in one cell, with a broken name', () => {
		const { doc } = parse(rows('部门名称：广州市天河区人民政府员村 街道办事处'));
		expect(doc.unit_name).toBe('广州市天河区人民政府员村街道办事处');
	});

	it('carries a blank level down and takes the 一级 from a 二级 parent', () => {
		const { doc } = parse(
			rows(
				...HEAD,
				IND_HEAD,
				['', '', '时效指标', '办结及时率', '100%', '100%'],
				['', '', '', '回访及时率', '95%', '95%'],
				['绩效指标', '效益指标', '经济效益指标', '带动就业人数', '50人', '50人'],
				['', '', '', '新增税收', '10万元', '10万元']
			)
		);
		expect(doc.indicators.map((i) => [i.name, i.level1, i.level2])).toEqual([
			['办结及时率', '产出指标', '时效指标'],
			['回访及时率', '产出指标', '时效指标'],
			['带动就业人数', '效益指标', '经济效益指标'],
			['新增税收', '效益指标', '经济效益指标']
		]);
	});

	it('recovers a level printed in the wrong column and rows shifted left', () => {
		const { doc, ledger } = parse(
			rows(
				...HEAD,
				IND_HEAD,
				['', '效益指标', '社会效益指标', '受益人数', '1000人', '1000人'],
				['服务对象满意度指标', '居民满意度', '90%', '92%', '', ''],
				['', '办事满意度', '88%', '89%', '', ''],
				['', '', '投诉满意度', '80%', '85%', ''],
				['', '', '', '回访满意度', '70%', '75%']
			)
		);
		expect(doc.indicators.map((i) => [i.name, i.level1, i.level2, i.period_target_text, i.target_text])).toEqual([
			['受益人数', '效益指标', '社会效益指标', '1000人', '1000人'],
			['居民满意度', '满意度指标', '服务对象满意度指标', '90%', '92%'],
			['办事满意度', '满意度指标', '服务对象满意度指标', '88%', '89%'],
			['投诉满意度', '满意度指标', '服务对象满意度指标', '80%', '85%'],
			['回访满意度', '满意度指标', '服务对象满意度指标', '70%', '75%']
		]);
		expect(ledger.unparsedLines()).toEqual([]);
	});

	it('resolves 成本指标 as 一级 when a 二级 follows it, and as 二级 under 产出指标', () => {
		const { doc } = parse(
			rows(
				...HEAD,
				IND_HEAD,
				['', '产出指标', '成本指标', '单位成本', '≤100元', '≤100元'],
				['', '成本指标', '经济成本指标', '人均成本', '≤5万元', '≤5万元']
			)
		);
		expect(doc.indicators.map((i) => [i.level1, i.level2])).toEqual([
			['产出指标', '成本指标'],
			['成本指标', '经济成本指标']
		]);
	});

	it('keeps a 三级 name that looks like a level name when it sits in the name column', () => {
		const { doc } = parse(rows(...HEAD, IND_HEAD, ['', '满意度指标', '', '服务对象满意度', '≥90%', '≥90%']));
		expect(doc.indicators).toHaveLength(1);
		expect(doc.indicators[0]).toMatchObject({ name: '服务对象满意度', level1: '满意度指标', target_text: '≥90%' });
	});

	it('joins names broken by the PDF and continuation rows', () => {
		const { doc, ledger } = parse(
			rows(
				...HEAD,
				IND_HEAD,
				['', '产出指标', '数量指标', '病媒生物防治专职 人员培训次数', '4次', '4次'],
				['', '', '', '网格员账号活跃', '95% (考虑', '95%'],
				['', '', '', '', '停电因素)', ''],
				['', '', '', '度(%)', '', '']
			)
		);
		expect(doc.indicators.map((i) => [i.name, i.period_target_text, i.target_text])).toEqual([
			['病媒生物防治专职人员培训次数', '4次', '4次'],
			['网格员账号活跃度(%)', '95% (考虑停电因素)', '95%']
		]);
		expect(ledger.verdict(7)?.class).toBe('fact');
		expect(ledger.verdict(8)?.class).toBe('fact');
	});

	it('treats page headers, footers and a repeated title as prose and keeps the levels across the break', () => {
		const { doc, ledger } = parse(
			rows(
				...HEAD,
				IND_HEAD,
				['', '产出指标', '质量指标', '验收合格率', '100%', '100%'],
				'第 1 页, 共 2 页',
				'',
				'部门整体预算绩效目标申报表',
				IND_HEAD,
				['', '', '', '发放准确率', '100%', '100%']
			)
		);
		expect(doc.indicators.map((i) => [i.name, i.level1, i.level2])).toEqual([
			['验收合格率', '产出指标', '质量指标'],
			['发放准确率', '产出指标', '质量指标']
		]);
		expect(ledger.verdict(6)).toEqual({ class: 'prose', reason: 'page footer' });
		expect(ledger.verdict(8)?.class).toBe('prose');
		expect(doc.title).toBe('部门整体预算绩效目标申报表');
	});

	it('reads key tasks under the header and after 年度重点工作任务, with wrapped goals', () => {
		const { doc, ledger } = parse(
			rows(
				...HEAD,
				['总体绩效目标', '<p>目标1：提升服务。</p>', '', '', ''],
				TASK_HEAD,
				['', '社区治理', '1. 网格化；2. 综治', '1,200.50', '提升治理水平；'],
				['', '', '', '', '群众满意度提高。'],
				['年度重点工作任务', '城市管理', '市容整治', '300', '市容整洁', ''],
				['', '民生保障', '低保审核', '', '应保尽保', '']
			)
		);
		expect(doc.tasks.map((t) => [t.name, t.amount_wan, t.goal_text])).toEqual([
			['社区治理', 1200.5, '提升治理水平；群众满意度提高。'],
			['城市管理', 300, '市容整洁'],
			['民生保障', null, '应保尽保']
		]);
		expect(ledger.verdict(4)?.class).toBe('prose');
		expect(ledger.verdict(7)?.class).toBe('fact');
		expect(doc.flags.find((f) => f.source_line === 9)?.code).toBe('missing_amount');
	});

	it('survives garbage cells: reasons for unreadable amounts, facts for the rest', () => {
		const { doc, ledger } = parse(
			rows(
				...HEAD,
				['预算整体情况', '部门预算支出', '预算金额（万元）', '收入来源', '预算金额（万元）'],
				['', '基本支出', 'Į', '财政拨款', '1,000.00'],
				['', '项目支出', '1,2,3', '', ''],
				TASK_HEAD,
				['', '社区治理', '网格化', '7Į', '提升治理水平']
			)
		);
		expect(doc.budget_lines).toEqual([{ category: 'fiscal_appropriation', label: '财政拨款', amount_wan: 1000, source_line: 5 }]);
		expect(ledger.verdict(5)?.class).toBe('fact');
		expect(doc.flags.some((f) => f.source_line === 5 && f.message.includes('amount cell "Į"') && f.message.includes('is not a number'))).toBe(true);
		expect(ledger.verdict(6)).toEqual({ class: 'unparsed', reason: 'amount cell "1,2,3" next to "项目支出" is not a number' });
		expect(doc.tasks).toMatchObject([{ name: '社区治理', amount_wan: null, goal_text: '提升治理水平' }]);
		expect(doc.flags.find((f) => f.source_line === 8)).toMatchObject({ code: 'unreadable_amount', severity: 'warning' });
	});

	it('drops stray marks in level and value cells of indicator rows', () => {
		const { doc, ledger } = parse(
			rows(
				...HEAD,
				IND_HEAD,
				['', 'Į', '数量指标', '巡查次数', '12次', '12次'],
				['', '', '', '整治点位', '5处', '5处', '7Į'],
				['', '', '', '巡河率', '95%', '100%']
			)
		);
		expect(doc.indicators.map((i) => [i.name, i.level1, i.level2, i.period_target_text, i.target_text])).toEqual([
			['巡查次数', '产出指标', '数量指标', '12次', '12次'],
			['整治点位', '产出指标', '数量指标', '5处', '5处'],
			['巡河率', '产出指标', '数量指标', '95%', '100%']
		]);
		expect(doc.flags.filter((f) => f.code === 'extraction_noise').map((f) => f.source_line)).toEqual([5, 6]);
		expect(ledger.unparsedLines()).toEqual([]);
	});

	it('marks rows outside any block as unparsed with a reason', () => {
		const { ledger } = parse(rows('部门整体预算绩效目标申报表', ['部门名称', 'X街道办事处'], ['', '奇怪', '的', '行']));
		// inside the unit block an unknown row is prose (basic information), never an exception
		expect(ledger.has(3)).toBe(true);
		const { ledger: l2 } = parse(rows('附件2', ['奇怪', '的', '行'], '某某街道2023年部门预算说明'));
		expect(l2.verdict(1)?.class).toBe('prose');
		expect(l2.verdict(2)?.class).toBe('unparsed');
		expect(l2.verdict(2)?.reason).toMatch(/before the form/);
		expect(l2.verdict(3)?.class).toBe('unparsed');
		// the block labels a row carries in its first column, not a position, open a block
		const { doc, ledger: l3 } = parse(rows(['预算整体情况', '基本支出', '100', '财政拨款', '100'], ['', '奇怪', '的', '行']));
		expect(doc.budget_lines.map((b) => b.category)).toEqual(['basic_spending', 'fiscal_appropriation']);
		expect(l3.verdict(2)?.class).toBe('unparsed');
		expect(doc.fiscal_year).toBeNull();
	});

	it('reads the form through web mirrors that use | instead of tabs', () => {
		const { doc } = parse(
			rows(
				'| 部门名称 | 广州市天河区人民政府员村街道办事处 | | | |',
				'| | 一级指标 | 二级指标 | 三级指标 | 实施周期指标值 | 年度指标值 |',
				'| | 产出指标 | 数量指标 | 巡查次数 | 12次 | 12次 |',
				'| | | | 整治点位 | 5处 | 5处 |'
			)
		);
		expect(doc.unit_name).toBe('广州市天河区人民政府员村街道办事处');
		expect(doc.indicators.map((i) => [i.name, i.level1, i.level2, i.target_text])).toEqual([
			['巡查次数', '产出指标', '数量指标', '12次'],
			['整治点位', '产出指标', '数量指标', '5处']
		]);
	});
});

describe('parseTargetDeclaration: robustness', () => {
	it('reads the same form with other rows and other numbers of rows', () => {
		const l2s = ['数量指标', '质量指标', '时效指标', '社会效益指标', '可持续影响指标', '服务对象满意度指标'];
		const l1s = ['产出指标', '产出指标', '产出指标', '效益指标', '效益指标', '满意度指标'];
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.stringMatching(/^[\u4e00-\u9fa5]{2,8}$/), fc.integer({ min: 0, max: 99999 })), { maxLength: 8 }),
				fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.boolean()), { maxLength: 6 }),
				(tasks, blocks) => {
					const text = rows(
						...HEAD,
						TASK_HEAD,
						...tasks.map(([n, a], k) => ['', `任务${n}`, '内容', (a / 100).toFixed(2), `目标${k}`]),
						IND_HEAD,
						...blocks.flatMap(([l2, count, printL1], b) =>
							Array.from({ length: count }, (_, k) => ['', k === 0 && printL1 ? l1s[l2] : '', k === 0 ? l2s[l2] : '', `指标${b}-${k}`, `${k}%`, `${k}%`])
						),
						'第 1 页, 共 1 页'
					);
					const { doc, ledger } = parse(text);
					expect(doc.tasks).toHaveLength(tasks.length);
					expect(sum(doc.tasks.map((t) => t.amount_wan))).toBe(sum(tasks.map(([, a]) => a / 100)));
					const expected = blocks.reduce((s, [, c]) => s + c, 0);
					expect(doc.indicators).toHaveLength(expected);
					expect(doc.indicators.every((i) => i.level1 !== null && i.level2 !== null)).toBe(true);
					expect(ledger.unparsedLines()).toEqual([]);
				}
			),
			{ numRuns: 100 }
		);
	});

	it('handles a truncated table (file cut mid-row) with unparsed lines and reasons', () => {
		const cutIndicator = parse(rows(...HEAD, IND_HEAD, ['', '产出指标', '数量指标', '巡查次数', '12次', '12次'], ['', '', '', '巡河率', '巡河']));
		expect(cutIndicator.doc.indicators).toHaveLength(1);
		expect(cutIndicator.ledger.verdict(6)?.class).toBe('unparsed');
		expect(cutIndicator.ledger.verdict(6)?.reason).toMatch(/cut off/);

		const cutTask = parse(rows(...HEAD, TASK_HEAD, ['', '建设平安荔城', '1. 综治中心实体化运作；2. 维']));
		expect(cutTask.doc.tasks).toHaveLength(0);
		expect(cutTask.ledger.verdict(5)?.reason).toMatch(/cut off/);

		const nameOnly = parse(rows(...HEAD, IND_HEAD, ['', '产出指标', '数量指标', '巡查次数', '12次', '12次'], ['', '', '', '巡河']));
		expect(nameOnly.doc.indicators.map((i) => i.name)).toEqual(['巡查次数']);
		expect(nameOnly.ledger.verdict(6)?.class).toBe('unparsed');
	});

	it('never throws on the seed cut at any point, and gives every unparsed line a reason', () => {
		for (let at = 0; at <= seedText.length; at += 7) {
			const { doc, ledger } = parse(seedText.slice(0, at));
			expect(doc.kind).toBe('target_declaration');
			for (const u of ledger.unparsedLines()) expect(u.reason).not.toBe('');
			expect(doc.flags.some((f) => f.code === 'parser_error')).toBe(false);
		}
	});

	it('never throws on arbitrary text', () => {
		const cell = fc.oneof(
			fc.string(),
			fc.constantFrom('', '绩效指标', '产出指标', '数量指标', '成本指标', '满意度指标', '名称', '一级指标', '三级指标', '年度指标值', '预算整体情况', '部门名称', '1,234.5', 'Į', '第 1 页', '|')
		);
		fc.assert(
			fc.property(fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 30 }), (table) => {
				const { doc, ledger } = parse(table.map((r) => r.join('\t')).join('\n'));
				expect(doc.flags.some((f) => f.code === 'parser_error')).toBe(false);
				for (const u of ledger.unparsedLines()) expect(u.reason).not.toBe('');
			}),
			{ numRuns: 300 }
		);
	});
});
