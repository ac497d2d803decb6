import { describe, expect, it } from 'vitest';
import { assessIndicator, directionFromName, isBoundedRate } from './attainment.ts';

const codes = (a: ReturnType<typeof assessIndicator>) => a.flags.map((f) => f.code);

describe('seed 001 (永和街道 key indicators, hand-checked)', () => {
	it('qualitative 良好 → 良好 is met', () => {
		const a = assessIndicator('公共服务中心工作效率等级', '良好', '良好');
		expect(a).toMatchObject({ status: 'met', direction: 'qualitative', attainment: 1 });
		expect(a.target.op).toBe('qualitative');
	});
	it('≥80分/月 → 82分/月 is met', () => {
		const a = assessIndicator('城市管理精细化考评得分', '≥80分/月', '82分/月');
		expect(a).toMatchObject({ status: 'met', direction: 'higher_better' });
		expect(a.attainment).toBeCloseTo(1.025);
		expect(a.actual).toMatchObject({ value: 82, unit: '分/月' });
	});
	it('3处 → 2处 is not met (a bare number is a floor)', () => {
		const a = assessIndicator('社区公建配套场地增加数量', '3处', '2处');
		expect(a).toMatchObject({ status: 'not_met', direction: 'higher_better' });
		expect(a.attainment).toBeCloseTo(2 / 3);
	});
	it('100% → 1 is 100 %, met, with unit_assumed (rule 8)', () => {
		const a = assessIndicator('文体中心升级改造完成率', '100%', '1');
		expect(a).toMatchObject({ status: 'met', attainment: 1 });
		expect(a.actual).toMatchObject({ text: '1', value: 100, unit: '%' });
		expect(a.flags).toEqual([expect.objectContaining({ code: 'unit_assumed', severity: 'info' })]);
	});
	it('≥90% → 85% is not met', () => {
		const a = assessIndicator('来穗人员屋居住信息登记率', '≥90%', '85%');
		expect(a.status).toBe('not_met');
		expect(a.attainment).toBeCloseTo(85 / 90);
	});
	it('14人次 → 14人次, ≥12次 → 12次, ≥80% → 85% are met', () => {
		expect(assessIndicator('残疾人教育扶助人数', '14人次', '14人次')).toMatchObject({ status: 'met', attainment: 1 });
		expect(assessIndicator('基层党建主题党日活动开展次数', '≥12次', '12次')).toMatchObject({ status: 'met', attainment: 1 });
		const a = assessIndicator('居民幸福感满意度', '≥80%', '85%');
		expect(a.status).toBe('met');
		expect(codes(a)).toEqual([]);
	});
});

describe('seed 003 (荔城街道 report, hand-checked)', () => {
	it('reports short of target as not met', () => {
		expect(assessIndicator('外出招商活动次数', '4 次', '3 次')).toMatchObject({ status: 'not_met', attainment: 0.75 });
		expect(assessIndicator('在册涉毒管控人员帮教服务覆盖率', '100%', '70%')).toMatchObject({ status: 'not_met', attainment: 0.7 });
		expect(assessIndicator('开展社区活动次数', '220 次', '170 次').status).toBe('not_met');
	});
	it('10 万人次 → 112848 次: 人次 and 次 are one count, 万 expanded', () => {
		const a = assessIndicator('长者饭堂就餐人次', '10 万人次', '112848 次');
		expect(a).toMatchObject({ status: 'met', direction: 'higher_better' });
		expect(a.target).toMatchObject({ value: 100000, unit: '人次' });
		expect(a.attainment).toBeCloseTo(1.12848, 6);
		expect(codes(a)).toEqual([]);
	});
	it('发生率 0% → 0% is met, lower_better with a zero target', () => {
		expect(assessIndicator('重大社会治安事件发生率', '0%', '0%')).toMatchObject({
			status: 'met',
			direction: 'lower_better',
			attainment: 1
		});
	});
	it('reads the number out of an actual that repeats the name', () => {
		const a = assessIndicator('垃圾专车专运完成率', '70%', '隔离酒店生活垃圾专车专运完成率 100%');
		expect(a.status).toBe('met');
		expect(a.actual).toMatchObject({ value: 100, unit: '%' });
	});
	it('uses the target unit to find the actual in a sentence with two numbers', () => {
		const a = assessIndicator('引进注册资本 1000 万的企业数', '1 家', '引进注册资本 2000 万的企业数 1 家');
		expect(a).toMatchObject({ status: 'met', attainment: 1 });
		expect(a.actual).toMatchObject({ value: 1, unit: '家' });
	});
	it('1 次 → 5 次 is met and flagged over_target', () => {
		const a = assessIndicator('开展政策培训、业务培训', '1 次', '5 次');
		expect(a).toMatchObject({ status: 'met', attainment: 5 });
		expect(a.flags).toEqual([expect.objectContaining({ code: 'over_target', severity: 'info' })]);
	});
});

describe('seed 000 and 004 targets', () => {
	it('一年事故次数低于3次 is a strict lower_better target', () => {
		const a = assessIndicator('水利设施正常运行', '一年事故次数低于3次', '2次');
		expect(a).toMatchObject({ direction: 'lower_better', status: 'met', attainment: 1 });
		expect(assessIndicator('水利设施正常运行', '一年事故次数低于3次', '3次').status).toBe('not_met');
	});
	it('95% with a note is a bare floor', () => {
		const a = assessIndicator('送达垃圾当天处理完成率', '95% (考虑停电、设备故障等不可抗力因素)', '95% (考虑停电、设备故障等不可抗力因素)');
		expect(a).toMatchObject({ direction: 'higher_better', status: 'met' });
		expect(a.target).toMatchObject({ op: '=', explicitOp: false, value: 95 });
	});
	it('a target-only row is no_actual, with its direction', () => {
		for (const [name, t, direction] of [
			['举办活动次数', '≥48次', 'higher_better'],
			['开展城乡社区活动的村居个数', '=12个', 'exact'],
			['物业管理服务响应时长', '≦2个小时', 'lower_better'],
			['内街巷保洁时长', '16小时/天', 'higher_better'],
			['参加活动人次', '≥ 10000人次', 'higher_better'],
			['环卫保洁质量', '优良', 'qualitative']
		] as const) {
			expect(assessIndicator(name, t, null), t).toMatchObject({ status: 'no_actual', attainment: null, direction, actual: null });
		}
	});
	it('1010% for 工资福利发放率 is kept as printed and flagged suspicious_value', () => {
		const a = assessIndicator('工资福利发放率', '1010%', null);
		expect(a.target).toMatchObject({ text: '1010%', value: 1010, unit: '%' });
		expect(a.flags).toEqual([expect.objectContaining({ code: 'suspicious_value', severity: 'warning' })]);
		expect(a.flags[0].message).toContain('1010%');
	});
	it('a vague target is not comparable', () => {
		const a = assessIndicator('员工数', '按照区核定编外人员数量', '按照区核定编外人员数量');
		expect(a.target.op).toBeNull();
		expect(a.status).toBe('not_comparable');
	});
});

describe('seed 002 (actual only)', () => {
	it('an actual without a target is no_target', () => {
		const a = assessIndicator('办理备案', null, '办理备案宗数0.09万份');
		expect(a).toMatchObject({ status: 'no_target', attainment: null, direction: null });
		expect(a.actual).toMatchObject({ value: 900, unit: '份' });
		const q = assessIndicator('出租屋纳管率', null, '达标');
		expect(q).toMatchObject({ status: 'no_target' });
		expect(q.actual).toMatchObject({ kind: 'qualitative', op: 'qualitative' });
		expect(assessIndicator('出租屋纳管率', 'XX', '达标').status).toBe('no_target');
	});
});

describe('status rules (domain.md §4)', () => {
	it('no actual text or a placeholder actual: no_actual', () => {
		expect(assessIndicator('完成率', '100%', null)).toMatchObject({ status: 'no_actual', attainment: null });
		expect(assessIndicator('完成率', '100%', '—')).toMatchObject({ status: 'no_actual', attainment: null });
		expect(assessIndicator('完成率', null, null).status).toBe('no_actual');
	});
	it('higher_better: strict for >', () => {
		expect(assessIndicator('满意度', '>95%', '95%').status).toBe('not_met');
		expect(assessIndicator('满意度', '>95%', '96%').status).toBe('met');
		expect(assessIndicator('满意度', '≥95%', '95%').status).toBe('met');
	});
	it('higher_better with a zero target', () => {
		expect(assessIndicator('新增数量', '0个', '3个')).toMatchObject({ status: 'met', attainment: 1 });
	});
	it('lower_better: attainment 1 − overshoot, never below 0', () => {
		const a = assessIndicator('差错率', '≤2%', '3%');
		expect(a).toMatchObject({ status: 'not_met', direction: 'lower_better', attainment: 0.5 });
		expect(assessIndicator('差错率', '≤2%', '9%').attainment).toBe(0);
		expect(assessIndicator('差错率', '≤2%', '1%')).toMatchObject({ status: 'met', attainment: 1 });
		expect(assessIndicator('投诉次数', '0次', '2次')).toMatchObject({ status: 'not_met', direction: 'lower_better', attainment: 0 });
	});
	it('a real small percent is not rescaled (rule 8 only for bare ratios)', () => {
		const a = assessIndicator('差错率', '≤1%', '0.5%');
		expect(a.actual).toMatchObject({ value: 0.5, unit: '%' });
		expect(codes(a)).toEqual([]);
		// Against a ≤ 1 % target a bare 0.5 is read as 0.5 %, not as a ratio.
		expect(assessIndicator('差错率', '≤1%', '0.5').actual).toMatchObject({ value: 0.5, unit: '%' });
		// A bare 0.95 against 90 % is a ratio.
		const b = assessIndicator('覆盖率', '≥90%', '0.95');
		expect(b).toMatchObject({ status: 'met' });
		expect(b.actual?.value).toBe(95);
		expect(codes(b)).toEqual(['unit_assumed']);
	});
	it('an actual without a unit takes the target unit', () => {
		const a = assessIndicator('走访企业次数', '200次', '300');
		expect(a.actual).toMatchObject({ value: 300, unit: '次' });
		expect(a.status).toBe('met');
		expect(assessIndicator('满意度', '90%', '92').actual).toMatchObject({ value: 92, unit: '%' });
	});
	it('units that differ after folding are not comparable', () => {
		expect(assessIndicator('服务人数', '100人', '100次').status).toBe('not_comparable');
		expect(assessIndicator('完成率', '100%', '5次').status).toBe('not_comparable');
		expect(assessIndicator('活动场次', '5场次', '6次').status).toBe('met');
	});
	it('exact: met only when equal', () => {
		expect(assessIndicator('村居个数', '=12个', '12个')).toMatchObject({ status: 'met', direction: 'exact', attainment: 1 });
		const a = assessIndicator('村居个数', '=12个', '9个');
		expect(a.status).toBe('not_met');
		expect(a.attainment).toBeCloseTo(0.75);
		expect(assessIndicator('村居个数', '=12个', '15个').status).toBe('not_met');
	});
	it('range: met inside', () => {
		expect(assessIndicator('满意度', '90%-95%', '92%')).toMatchObject({ status: 'met', direction: 'exact', attainment: 1 });
		expect(assessIndicator('满意度', '90%-95%', '97%').status).toBe('not_met');
		expect(assessIndicator('巡查次数', '3至5次', '2次').status).toBe('not_met');
	});
	it('qualitative: achieving, partly met and other words', () => {
		expect(assessIndicator('质量', '优良', '优')).toMatchObject({ status: 'met', attainment: 1 });
		expect(assessIndicator('水平', '提高', '明显提升')).toMatchObject({ status: 'met', attainment: 1 });
		expect(assessIndicator('目标', '达标', '完成')).toMatchObject({ status: 'met' });
		expect(assessIndicator('距离', '拉近距离', '拉近距离')).toMatchObject({ status: 'met' });
		expect(assessIndicator('目标', '达标', '基本完成')).toMatchObject({ status: 'not_met', attainment: 0.7 });
		expect(assessIndicator('质量', '优良', '较好')).toMatchObject({ status: 'not_met', attainment: 0.7 });
		expect(assessIndicator('质量', '合格', '不合格')).toMatchObject({ status: 'not_met', attainment: 0 });
		expect(assessIndicator('目标', '达标', '未达标')).toMatchObject({ status: 'not_met', attainment: 0 });
		// A word that says nothing about achievement: not met, without an attainment figure.
		expect(assessIndicator('目标', '达标', '持续推进')).toMatchObject({ status: 'not_met', attainment: null });
		// Text that is not even qualitative cannot be judged.
		expect(assessIndicator('目标', '达标', '推进中').status).toBe('not_comparable');
	});
	it('a number against a word, or a word against a number, is not comparable', () => {
		expect(assessIndicator('质量', '优良', '95%').status).toBe('not_comparable');
		expect(assessIndicator('完成率', '100%', '已完成').status).toBe('not_comparable');
	});
});

describe('direction from the name (no comparator written)', () => {
	it('finds lower_better names', () => {
		for (const n of ['重大社会治安事件发生率', '群众投诉次数', '安全事故起数', '差错率', '预算超支金额', '电信诈骗警情数', '发案数', '减少违建面积']) {
			expect(directionFromName(n), n).toBe('lower_better');
		}
	});
	it('a rate of decrease, or the handling of something bad, is higher_better', () => {
		for (const n of ['电信网络诈骗警情同比下降率(%)', '水、旱、风灾害损失降低率', '投诉处理及时率', '投诉办结率', '事故处置率', '社区活动次数']) {
			expect(directionFromName(n), n).toBe('higher_better');
		}
		const a = assessIndicator('涉赌警情同比下降率(%)', '5%', '8.5%');
		expect(a).toMatchObject({ direction: 'higher_better', status: 'met' });
	});
	it('a written comparator wins over the name', () => {
		expect(assessIndicator('事故发生率', '≥0%', '1%').direction).toBe('higher_better');
	});
});

describe('isBoundedRate (suspicious_value)', () => {
	it('knows shares that cannot exceed 100 %', () => {
		for (const n of ['工资福利发放率', '完成率', '覆盖率', '合格率', '补贴发放及时率', '到位率', '居民满意度', '网格员账号活跃度(%)', '满意率', '满意度指标']) {
			expect(isBoundedRate(n), n).toBe(true);
		}
	});
	it('leaves growth and comparison rates, and physical 度, alone', () => {
		for (const n of ['同比增长率', '大件生活垃圾清运吨数同比增加比例', '增长率', '温度', '工作力度', '人居环境整治受益人群数量']) {
			expect(isBoundedRate(n), n).toBe(false);
		}
	});
	it('flags an actual above 100 % too, but not a growth rate', () => {
		expect(codes(assessIndicator('覆盖率', '100%', '120%'))).toEqual(['suspicious_value']);
		expect(codes(assessIndicator('同比增长率', '10%', '110%'))).toEqual(['over_target']);
	});
});
