import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineLedger } from '../documents/line-ledger.ts';
import { splitLines } from '../documents/split-lines.ts';
import { isSpendingUnitName, parseIndicatorList, parseProjectTargets, projectHeader } from './project-targets.ts';

const SEED = resolve(import.meta.dirname, '../../../data/sources/004_71a78aaa1661d207.txt');
const seedText = readFileSync(SEED, 'utf8');

const rows = (...r: (string | string[])[]) => r.map((x) => (Array.isArray(x) ? x.join('\t') : x)).join('\n');

function parse(text: string) {
	const lines = splitLines(text);
	const ledger = new LineLedger(lines);
	const doc = parseProjectTargets(lines, ledger);
	return { doc, ledger, lines };
}

const sum = (xs: (number | null | undefined)[]) => Math.round(xs.reduce<number>((s, x) => s + (x ?? 0), 0) * 100) / 100;

const HEADER = ['项目名称(资金使用单位)', '总计', '财政拨款', '财政专户拨款', '其他资金', '绩效目标', '绩效指标'];
const IND = '1、1-产出指标; 11-数量指标; 发放人数; 实施周期指标值:10人; 年度指标值:10人。2、3-满意度指标; 31-服务对象满意度; 群众满意度; 实施周期指标值:≥90%; 年度指标值:≥90%。';
const project = (name: string, amount: string, goal = '保障运转。', ind = IND) => [name, amount, amount, '', '', goal, ind];

describe('parseProjectTargets: seed 004 (金花街道)', () => {
	const { doc, ledger, lines } = parse(seedText);
	const projects = doc.tasks.filter((t) => t.kind === 'project');
	const group = (u: string) => projects.filter((t) => t.spending_unit_name === u);
	const OFFICE = '广州市荔湾区人民政府金花街道办事处';
	const AFFAIRS = '广州市荔湾区金花街道综合事务中心';
	const PARTY = '广州市荔湾区金花街道党群服务中心';

	it('reads the document head', () => {
		expect(doc.kind).toBe('project_targets');
		expect(doc.title).toBe('项目支出绩效目标表(含转移支付项目)');
		expect(doc.unit_name).toBe(OFFICE);
		expect(doc.unit_name_line).toBe(3);
		expect(doc.fiscal_year).toBeNull();
	});

	it('reads 49 projects under three spending units with their group and document totals', () => {
		expect(projects).toHaveLength(49);
		expect([group(OFFICE).length, sum(group(OFFICE).map((t) => t.amount_wan))]).toEqual([40, 3111.77]);
		expect([group(AFFAIRS).length, sum(group(AFFAIRS).map((t) => t.amount_wan))]).toEqual([5, 657.43]);
		expect([group(PARTY).length, sum(group(PARTY).map((t) => t.amount_wan))]).toEqual([4, 217.14]);
		expect(doc.budget_lines).toEqual([
			{ category: 'total', label: '合计', amount_wan: 3986.34, source_line: 5, spending_unit_name: null },
			{ category: 'total', label: OFFICE, amount_wan: 3111.77, source_line: 6, spending_unit_name: OFFICE },
			{ category: 'total', label: AFFAIRS, amount_wan: 657.43, source_line: 65, spending_unit_name: AFFAIRS },
			{ category: 'total', label: PARTY, amount_wan: 217.14, source_line: 73, spending_unit_name: PARTY }
		]);
		expect(sum(projects.map((t) => t.amount_wan))).toBe(3986.34);
	});

	it('reads each project: joined name, amount, goal as printed', () => {
		expect(projects[0]).toMatchObject({ key: 'p1', name: '街消毒站病媒生物防治专职人员补贴', amount_wan: 16.56, goal_text: '站专职人员福利,提升职工幸福感。', source_line: 7 });
		expect(projects[1]).toMatchObject({ name: '办公场地租赁费', amount_wan: 60.8, goal_text: null });
		expect(projects.find((t) => t.source_line === 61)?.name).toBe('镇(街)党建工作指导员工资补助经费(荔湾区)');
		expect(projects.find((t) => t.source_line === 77)).toMatchObject({ name: '(荔湾区)文化站免费开放经费', spending_unit_name: PARTY, amount_wan: 6.5 });
		expect(new Set(projects.map((t) => t.key)).size).toBe(49);
	});

	it('reads at least 190 indicators from the encoded lists', () => {
		expect(doc.indicators.length).toBeGreaterThanOrEqual(190);
		const keys = new Set(projects.map((t) => t.key));
		for (const i of doc.indicators) {
			expect(keys.has(i.task_key!)).toBe(true);
			expect(i.level1, i.name).not.toBeNull();
			expect(i.level2, i.name).not.toBeNull();
			expect(i.actual_text).toBeNull();
		}
		const at = (line: number) => doc.indicators.filter((i) => i.source_line === line);
		expect(at(7)[0]).toMatchObject({ task_key: 'p1', level1: '产出指标', level2: '质量指标', name: '补贴发放率', period_target_text: '100%', target_text: '100%' });
		expect(at(7)[2]).toMatchObject({ level1: '效益指标', level2: '社会效益指标', name: '消毒员幸福指数', target_text: '优良' });
		expect(at(64)[0]).toMatchObject({ name: '工资福利发放率', period_target_text: '100%', target_text: '1010%' });
		expect(at(22)[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '开展帮扶调研工作次数', period_target_text: '3次', target_text: '3次' });
		expect(at(47).map((i) => [i.name, i.period_target_text])).toEqual([
			['党员慰问人数', '240人'],
			['在职党员回社区服务场次', '≥24场'],
			['资金拨付使用率', '100%'],
			['服务党员满意度', '>95%']
		]);
		expect(at(54)[2].name).toBe('通过举办各类文化活动, 拉近了政府与居民之间的距离');
		expect(at(24)[1]).toMatchObject({ name: '物业管理服务响应时长', target_text: '≦2个小时' });
	});

	it('keeps the names’ meaning on code contradictions and flags them', () => {
		const m = doc.flags.filter((f) => f.code === 'level_code_mismatch');
		expect(m.map((f) => f.source_line)).toEqual([7, 18]);
		expect(m.every((f) => f.severity === 'warning')).toBe(true);
		const ind = (ref: string) => doc.indicators[Number(ref.split(':')[1])];
		expect(ind(m[0].ref!)).toMatchObject({ name: '职工满意度指标', level1: '满意度指标', level2: '质量指标' });
		expect(ind(m[1].ref!)).toMatchObject({ name: '群众满意度', level1: '效益指标', level2: '服务对象满意度指标' });
	});

	it('keeps items missing their 年度指标值 with a truncated_indicator warning', () => {
		const t = doc.flags.filter((f) => f.code === 'truncated_indicator');
		expect(t.map((f) => f.source_line)).toEqual([10, 44, 50]);
		const i10 = doc.indicators.find((i) => i.source_line === 10 && i.name === '社区居民幸福指数');
		expect(i10).toMatchObject({ period_target_text: '提高', target_text: null });
	});

	it('notes stray extraction marks in amount cells and keeps going', () => {
		const noise = doc.flags.filter((f) => f.code === 'extraction_noise');
		expect(noise.map((f) => [f.source_line, f.severity])).toEqual([
			[5, 'info'],
			[6, 'info'],
			[10, 'info']
		]);
		expect(noise[0].message).toContain('"Į"');
		expect(doc.flags.filter((f) => f.code === 'amount_mismatch')).toEqual([]);
	});

	it('accounts for every non-blank line: headers prose, rows facts, nothing unparsed', () => {
		expect(ledger.unparsedLines()).toEqual([]);
		ledger.finish('unclaimed');
		const c = ledger.counts();
		expect(c.total).toBe(lines.filter((l) => l.text.trim() !== '').length);
		expect(c.unparsed).toBe(0);
		for (const n of [1, 3, 4, 12, 14, 71]) expect(ledger.verdict(n)?.class, `line ${n}`).toBe('prose');
		for (const n of [5, 6, 7, 65, 73, 77]) expect(ledger.verdict(n)?.class, `line ${n}`).toBe('fact');
	});
});

describe('parseIndicatorList', () => {
	it('reads a well-formed list', () => {
		const items = parseIndicatorList('1、1-产出指标; 12-质量指标; 补贴发放率; 实施周期指标值:100%; 年度指标值:100%。2、2-效益指标; 22-社会效益; 幸福指数; 实施周期指标值:优良; 年度指标值:优良。');
		expect(items.map((i) => [i.number, i.level1, i.level2, i.name, i.period_target_text, i.target_text, i.truncated])).toEqual([
			[1, '产出指标', '质量指标', '补贴发放率', '100%', '100%', null],
			[2, '效益指标', '社会效益指标', '幸福指数', '优良', '优良', null]
		]);
	});

	it('accepts ; ； : ： , as interchangeable separators', () => {
		const items = parseIndicatorList('1、1-产出指标: 11-数量指标: 开展帮扶调研工作次数: 实施周期指标值:3次: 年度指标值:3次。2、1-产出指标，13-时效指标；发放及时率，实施周期指标值：100%，年度指标值：100%；');
		expect(items.map((i) => [i.level2, i.name, i.period_target_text, i.target_text])).toEqual([
			['数量指标', '开展帮扶调研工作次数', '3次', '3次'],
			['时效指标', '发放及时率', '100%', '100%']
		]);
	});

	it('removes PDF wrap spaces inside words and item numbers', () => {
		const items = parseIndicatorList('1、1-产出指标; 11-数量指标; 在职党 员回社区服务场次; 实施周期指标 值:240人; 年度指标值:240人。3 、2-效益指标; 22-社会效益; 资金拨付使用率; 实施周期指标 值:100%; 年度指标值:100%。');
		expect(items.map((i) => [i.number, i.name, i.period_target_text, i.target_text])).toEqual([
			[1, '在职党员回社区服务场次', '240人', '240人'],
			[3, '资金拨付使用率', '100%', '100%']
		]);
	});

	it('keeps what is known of items cut off at the end of the cell', () => {
		const items = parseIndicatorList('1、1-产出指标; 11-数量指标; 员工数; 实施周期指标值:4; 年度指标值:4。2、2-效益指标; 22-社会效益; 巡查覆盖率; 实施周期指标值。3、3-满意度指标; 31-服务对象满意度; 满意度; 实施周期指标值:≥95%。4、3-满�');
		expect(items).toHaveLength(4);
		expect(items[1]).toMatchObject({ name: '巡查覆盖率', period_target_text: null, target_text: null });
		expect(items[1].truncated).toMatch(/实施周期指标值/);
		expect(items[2]).toMatchObject({ name: '满意度', period_target_text: '≥95%', target_text: null });
		expect(items[2].truncated).toMatch(/年度指标值/);
		expect(items[3]).toMatchObject({ name: null, level1: '满意度指标' });
		expect(items[3].truncated).toMatch(/cut off/);
		expect(items[0].truncated).toBeNull();
	});

	it('resolves names missing 指标 and flags codes contradicting the names', () => {
		const [a, b, c] = parseIndicatorList('1、2-效益指标; 31-服务对象满意度; 群众满意度; 实施周期指标值:≥80%; 年度指标值:≥80%。2、3-满意度指标; 12-质量指标; 职工满意度指标; 实施周期指标值:≥95%; 年度指标值:≥95%。3、2-效益指标; 21-社会效益; 资金使用率; 实施周期指标值:100%; 年度指标值:100%。');
		expect([a.level1, a.level2, a.mismatches.length]).toEqual(['效益指标', '服务对象满意度指标', 1]);
		expect([b.level1, b.level2, b.mismatches.length]).toEqual(['满意度指标', '质量指标', 1]);
		expect([c.level1, c.level2]).toEqual(['效益指标', '社会效益指标']);
		expect(c.mismatches[0]).toMatch(/code 21 is 经济效益指标/);
	});

	it('keeps commas inside names and splits an item number glued to a value', () => {
		const items = parseIndicatorList('1、2-效益指标; 22-社会效益; 通过举办活动, 拉近距离; 实施周期指标值: 拉近距离; 年度指标值:3。2、1-产出指标; 11-数量指标; 次数; 年度指标值:33、1-产出指标; 13-时效指标; 及时率; 实施周期指标值:100%; 年度指标值:100%');
		expect(items.map((i) => [i.number, i.name, i.period_target_text, i.target_text])).toEqual([
			[1, '通过举办活动, 拉近距离', '拉近距离', '3'],
			[2, '次数', null, '3'],
			[3, '及时率', '100%', '100%']
		]);
	});

	it('reads levels printed without codes and never throws on garbage', () => {
		const [r] = parseIndicatorList('1、1-产出指标; 11-数量指标; 巡查次数; 年度指标值:10次; 实施周期指标值:30次。');
		expect([r.period_target_text, r.target_text]).toEqual(['30次', '10次']);
		const [a] = parseIndicatorList('1、产出指标; 数量指标; 巡查次数; 实施周期指标值:12次; 年度指标值:12次。');
		expect([a.level1, a.level2, a.name, a.target_text]).toEqual(['产出指标', '数量指标', '巡查次数', '12次']);
		const [b] = parseIndicatorList('1、1-产出指标; 服务对象满意度; 实施周期指标值:90%; 年度指标值:90%');
		expect([b.level1, b.level2, b.name]).toEqual(['产出指标', null, '服务对象满意度']);
		expect(parseIndicatorList('')).toEqual([]);
		expect(parseIndicatorList('无')).toEqual([]);
		fc.assert(fc.property(fc.string({ unit: fc.constantFrom('1', '2', '、', '-', ';', ':', '产出指标', '数量指标', '实施周期指标值', '年度指标值', ' ', '。', 'x') }), (s) => {
			for (const i of parseIndicatorList(s)) expect(typeof i.raw).toBe('string');
		}), { numRuns: 500 });
	});
});

describe('parseProjectTargets: line by line', () => {
	it('recognises the header and spending units by name', () => {
		expect(projectHeader(HEADER)).toMatchObject({ name: 0, total: 1, fiscal: 2, special: 3, other: 4, goal: 5, indicators: 6 });
		expect(isSpendingUnitName('广州市荔湾区金花街道综合事务 中心')).toBe(true);
		expect(isSpendingUnitName('广州市荔湾区人民政府金花街道 办事处')).toBe(true);
		expect(isSpendingUnitName('家庭综合服务中心经费')).toBe(false);
		expect(isSpendingUnitName('社区服务中心')).toBe(false);
		expect(isSpendingUnitName('荔湾区金花街道党群服务中心')).toBe(true);
	});

	it('groups projects by the unit rows wherever they appear; projects before any unit have no group', () => {
		const { doc } = parse(
			rows(
				HEADER,
				project('先行项目', '1.00'),
				['广州市天河区员村街道 办事处', '30. 00', '30. 00', '', '', '', ''],
				project('项目甲', '10.00'),
				project('项目乙', '20.00'),
				['广州市天河区员村街道党群服务 中心', '5.5', '5.5', '', '', '', ''],
				project('家庭综合服务中心', '5.50')
			)
		);
		expect(doc.tasks.map((t) => [t.name, t.spending_unit_name, t.amount_wan])).toEqual([
			['先行项目', null, 1],
			['项目甲', '广州市天河区员村街道办事处', 10],
			['项目乙', '广州市天河区员村街道办事处', 20],
			['家庭综合服务中心', '广州市天河区员村街道党群服务中心', 5.5]
		]);
		expect(doc.budget_lines.map((b) => [b.spending_unit_name, b.amount_wan])).toEqual([
			['广州市天河区员村街道办事处', 30],
			['广州市天河区员村街道党群服务中心', 5.5]
		]);
		expect(doc.indicators).toHaveLength(8);
		expect(doc.indicators.filter((i) => i.task_key === 'p4').map((i) => i.name)).toEqual(['发放人数', '群众满意度']);
	});

	it('tells stray marks from real amounts and flags totals that disagree', () => {
		const { doc } = parse(
			rows(
				HEADER,
				['合计', '100.00', '90.00', '10.00', 'Į', '', ''],
				['项目甲', '50.00', '40.00', '10.00', '', '目标', IND],
				['项目乙', '30.00', '30.00', '7', '', '目标', IND],
				['项目丙', '20.00', '15.00', '', '', '目标', IND]
			)
		);
		expect(doc.flags.filter((f) => f.code === 'extraction_noise').map((f) => f.source_line)).toEqual([2, 4]);
		const mismatch = doc.flags.filter((f) => f.code === 'amount_mismatch');
		expect(mismatch.map((f) => [f.source_line, f.severity, f.ref])).toEqual([[5, 'warning', 'task:p3']]);
		expect(doc.tasks.map((t) => t.amount_wan)).toEqual([50, 30, 20]);
	});

	it('continues a wrapped name and a wrapped indicator cell on the next row', () => {
		const { doc, ledger } = parse(
			rows(
				HEADER,
				['安全监察防火安全生产等工', '5. 00', '5. 00', '', '', '确保落实消防', '1、1-产出指标; 11-数量指标; 检查次数; 实施周期指标值:12; 年度指标值:12。2、2-效益指标; 22-社会效益; 事故'],
				['作经费', '', '', '', '', '', ''],
				['', '', '', '', '', '安全检查。', '发生率; 实施周期指标值:0; 年度指标值:0。']
			)
		);
		expect(doc.tasks).toMatchObject([{ name: '安全监察防火安全生产等工作经费', amount_wan: 5, goal_text: '确保落实消防安全检查。' }]);
		expect(doc.indicators.map((i) => [i.name, i.target_text, i.source_line])).toEqual([
			['检查次数', '12', 2],
			['事故发生率', '0', 2]
		]);
		expect(ledger.verdict(3)?.class).toBe('fact');
		expect(ledger.verdict(4)?.class).toBe('fact');
	});

	it('treats repeated page headers, titles and footers as prose', () => {
		const { doc, ledger } = parse(
			rows(
				'2023年项目支出绩效目标表',
				'部门名称:广州市天河区员村街道办事处',
				HEADER,
				project('项目甲', '1.00'),
				'第 1 页, 共 2 页',
				'',
				'2023年项目支出绩效目标表',
				'部门名称:广州市天河区员村街道办事处',
				HEADER,
				project('项目乙', '2.00')
			)
		);
		expect(doc.fiscal_year).toBe(2023);
		expect(doc.unit_name).toBe('广州市天河区员村街道办事处');
		for (const n of [1, 2, 3, 5, 7, 8, 9]) expect(ledger.verdict(n)?.class, `line ${n}`).toBe('prose');
		expect(doc.tasks.map((t) => t.name)).toEqual(['项目甲', '项目乙']);
	});

	it('gives reasons for rows it cannot read', () => {
		const { ledger } = parse(rows(HEADER, ['', '12.00', '12.00', '', '', '', ''], ['', '', '', '', '', '孤立的目标', '']));
		expect(ledger.verdict(2)?.reason).toMatch(/without a project name/);
		expect(ledger.verdict(3)?.reason).toMatch(/no project name/);
		const { ledger: l2 } = parse(rows(HEADER, ['合计', 'Į', '', '', '', '', '']));
		expect(l2.verdict(2)).toEqual({ class: 'unparsed', reason: 'total row: 总计 cell "Į" is not a number' });
	});
});

describe('parseProjectTargets: robustness', () => {
	it('reads the same table with other rows and other numbers of rows', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }),
				(groups) => {
					const names = ['广州市荔湾区金花街道办事处', '广州市荔湾区金花街道综合事务中心', '广州市荔湾区金花街道党群服务中心'];
					const body: string[][] = [];
					let total = 0;
					let expectedIndicators = 0;
					groups.forEach((g, k) => {
						const gt = g.reduce((s, [a]) => s + a, 0);
						total += gt;
						body.push([names[k], (gt / 100).toFixed(2), (gt / 100).toFixed(2), '', '', '', '']);
						g.forEach(([a, n], j) => {
							const items = Array.from({ length: n }, (_, i) => `${i + 1}、1-产出指标; 11-数量指标; 指标${i}; 实施周期指标值:${i}次; 年度指标值:${i}次。`).join('');
							expectedIndicators += n;
							body.push(project(`项目${k}-${j}`, (a / 100).toFixed(2), '目标', items));
						});
					});
					const { doc, ledger } = parse(rows('项目支出绩效目标表', HEADER, ['合计', (total / 100).toFixed(2), (total / 100).toFixed(2), '', '', '', ''], ...body));
					expect(doc.tasks).toHaveLength(groups.flat().length);
					expect(doc.indicators).toHaveLength(expectedIndicators);
					groups.forEach((g, k) => {
						expect(sum(doc.tasks.filter((t) => t.spending_unit_name === names[k]).map((t) => t.amount_wan))).toBe(sum(g.map(([a]) => a / 100)));
					});
					expect(doc.budget_lines.find((b) => b.spending_unit_name === null)?.amount_wan).toBe(total / 100);
					expect(ledger.unparsedLines()).toEqual([]);
				}
			),
			{ numRuns: 100 }
		);
	});

	it('handles a file cut mid-row: unparsed with a reason before the amount, truncated_indicator inside the list', () => {
		const cutEarly = parse(rows(HEADER, project('项目甲', '1.00'), '项目乙'));
		expect(cutEarly.doc.tasks).toHaveLength(1);
		expect(cutEarly.ledger.verdict(3)?.class).toBe('unparsed');
		expect(cutEarly.ledger.verdict(3)?.reason).toMatch(/cut off/);

		const cutInList = parse(rows(HEADER, ['项目乙', '2.00', '2.00', '', '', '目标', '1、1-产出指标; 11-数量指标; 次数; 实施周期指标值:1; 年度指标值:1。2、3-满']));
		expect(cutInList.doc.tasks).toHaveLength(1);
		expect(cutInList.doc.indicators).toHaveLength(1);
		expect(cutInList.doc.flags.map((f) => f.code)).toContain('truncated_indicator');
	});

	it('never throws on the seed cut at any point', () => {
		for (let at = 0; at <= seedText.length; at += 11) {
			const { doc, ledger } = parse(seedText.slice(0, at));
			expect(doc.flags.some((f) => f.code === 'parser_error')).toBe(false);
			for (const u of ledger.unparsedLines()) expect(u.reason).not.toBe('');
		}
	});

	it('never throws on arbitrary text', () => {
		const cell = fc.oneof(fc.string(), fc.constantFrom('', '合计', '项目名称(资金使用单位)', '总计', '绩效指标', '广州市X街道办事处', '1、1-产出指标; 年度指标值', '3, 986. 34', 'Į', '7', '第 1 页'));
		fc.assert(
			fc.property(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 30 }), (table) => {
				const { doc, ledger } = parse(table.map((r) => r.join('\t')).join('\n'));
				expect(doc.flags.some((f) => f.code === 'parser_error')).toBe(false);
				for (const u of ledger.unparsedLines()) expect(u.reason).not.toBe('');
			}),
			{ numRuns: 300 }
		);
	});
});
