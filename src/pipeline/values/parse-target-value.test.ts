import { describe, expect, it } from 'vitest';
import { chineseNumeral, readValue } from './parse-target-value.ts';

/** The fields that matter, for compact expectations. */
const r = (text: string | null | undefined, hint?: { unit?: string | null }) => {
	const v = readValue(text, hint);
	return { kind: v.kind, op: v.op, value: v.value, high: v.high, unit: v.unit, explicitOp: v.explicitOp };
};
const num = (op: string, value: number, unit: string | null, explicitOp = op !== '=') => ({
	kind: 'number',
	op,
	value,
	high: null,
	unit,
	explicitOp
});

describe('readValue: comparators (domain.md §3.2)', () => {
	it('reads seed 000 targets', () => {
		expect(r('不低于90%')).toEqual(num('>=', 90, '%'));
		expect(r('巡河率95%以上')).toEqual(num('>=', 95, '%'));
		expect(r('保持95%以上')).toEqual(num('>=', 95, '%'));
		expect(r('有效可控率50%以上')).toEqual(num('>=', 50, '%'));
		expect(r('全人群接种数>180000人')).toEqual(num('>', 180000, '人'));
		expect(r('一年事故次数低于3次')).toEqual(num('<', 3, '次'));
		expect(r('大于90%')).toEqual(num('>', 90, '%'));
	});
	it('reads seed 004 targets', () => {
		expect(r('≥48次')).toEqual(num('>=', 48, '次'));
		expect(r('=12个')).toEqual(num('=', 12, '个', true));
		expect(r('≦2个小时')).toEqual(num('<=', 2, '小时'));
		expect(r('举办具有区域影响力的行业活动不少于1场')).toEqual(num('>=', 1, '场'));
		expect(r('≥ 10000人次')).toEqual(num('>=', 10000, '人次'));
		expect(r('>95%')).toEqual(num('>', 95, '%'));
		expect(r('达到100%')).toEqual(num('>=', 100, '%'));
	});
	it('matches the longest phrase first', () => {
		expect(r('不低于3次').op).toBe('>=');
		expect(r('低于3次').op).toBe('<');
		expect(r('不超过5天')).toEqual(num('<=', 5, '天'));
		expect(r('超过5天').op).toBe('>');
		expect(r('不高于2%').op).toBe('<=');
		expect(r('高于2%').op).toBe('>');
		expect(r('大于等于95%').op).toBe('>=');
		expect(r('不少于10人').op).toBe('>=');
		expect(r('少于10人').op).toBe('<');
		expect(r('不多于10人').op).toBe('<=');
		expect(r('至少2场').op).toBe('>=');
		expect(r('不满3次').op).toBe('<');
	});
	it('reads trailing and framing comparators', () => {
		expect(r('5个工作日以内')).toEqual(num('<=', 5, '工作日'));
		expect(r('3%以下')).toEqual(num('<=', 3, '%'));
		expect(r('控制在5%以内')).toEqual(num('<=', 5, '%'));
		expect(r('完成率为100%')).toEqual(num('=', 100, '%', true));
	});
	it('normalizes width, ≧/≦ and OCR spaces', () => {
		expect(r('＞＝95％')).toEqual(num('>=', 95, '%'));
		expect(r('≧90%')).toEqual(num('>=', 90, '%'));
		expect(r('<=1%')).toEqual(num('<=', 1, '%'));
		expect(r('≥ 90 %')).toEqual(num('>=', 90, '%'));
		expect(r('3, 986. 34')).toEqual(num('=', 3986.34, null));
		expect(r('１２次')).toEqual(num('=', 12, '次'));
	});
	it('treats a bare number as = without a written comparator', () => {
		expect(r('95% (考虑停电、设备故障等不可抗力因素)')).toEqual(num('=', 95, '%'));
		expect(r('12次')).toEqual(num('=', 12, '次'));
		expect(r('1')).toEqual(num('=', 1, null));
	});
});

describe('readValue: numbers and units (domain.md §3.3–3.4)', () => {
	it('expands 万 before a unit', () => {
		expect(r('10 万人次')).toEqual(num('=', 100000, '人次'));
		expect(r('2.3万张')).toEqual(num('=', 23000, '张'));
		expect(r('办理备案宗数0.09万份')).toEqual(num('=', 900, '份'));
		expect(r('累计接种 18.8 万人次')).toEqual(num('=', 188000, '人次'));
	});
	it('keeps 万元 as the money unit and converts 元 and 亿元', () => {
		expect(r('≤50万元')).toEqual(num('<=', 50, '万元'));
		expect(r('5000元')).toEqual(num('=', 0.5, '万元'));
		expect(r('1.2亿元')).toEqual(num('=', 12000, '万元'));
	});
	it('drops thousands separators', () => {
		expect(r('4,191.35万元')).toEqual(num('=', 4191.35, '万元'));
		expect(r('1,200人')).toEqual(num('=', 1200, '人'));
	});
	it('reads small Chinese numerals when a unit follows', () => {
		expect(r('两场')).toEqual(num('=', 2, '场'));
		expect(r('三次')).toEqual(num('=', 3, '次'));
		expect(r('不少于十二个')).toEqual(num('>=', 12, '个'));
		expect(r('百分之九十五')).toEqual(num('=', 95, '%'));
		expect(r('百分之百')).toEqual(num('=', 100, '%'));
		// Words that contain a numeral but are not counts.
		expect(r('十分满意').kind).toBe('qualitative');
		expect(r('统一规范').kind).toBe('qualitative');
	});
	it('takes the first number when text surrounds it', () => {
		expect(r('举办来穗人员融合活动2场')).toEqual(num('=', 2, '场'));
		expect(r('荔城街村民约5万人、荔城街居民约15万人')).toEqual(num('=', 50000, '人'));
		expect(r('计划接种50000人（2022年接种任务数还没下达）')).toEqual(num('=', 50000, '人'));
	});
	it('skips a number that qualifies a noun when another number is there', () => {
		expect(r('引进注册资本 2000 万的企业数 1 家')).toEqual(num('=', 1, '家'));
		expect(r('7米以上道路机扫率达到100%以上')).toEqual(num('>=', 100, '%'));
		expect(r('60岁以上老人服务覆盖率100%')).toEqual(num('=', 100, '%'));
		// Alone, it is the value.
		expect(r('5个工作日以内完成')).toEqual(num('<=', 5, '工作日'));
		expect(r('注册资本2000万的企业')).toEqual(num('=', 20000000, null));
	});
	it('prefers the first number in the hinted unit', () => {
		expect(r('引进注册资本 2000 万的企业数 1 家', { unit: '家' })).toEqual(num('=', 1, '家'));
		expect(r('隔离酒店生活垃圾专车专运完成率 100%', { unit: '%' })).toEqual(num('=', 100, '%'));
		// 人次 and 次 are one count, so 次 satisfies a 人次 hint.
		expect(r('服务12个社区共3000次', { unit: '人次' })).toEqual(num('=', 3000, '次'));
		// No number in the hinted unit: the first number.
		expect(r('5次', { unit: '%' })).toEqual(num('=', 5, '次'));
		expect(r('5次', { unit: null })).toEqual(num('=', 5, '次'));
	});
	it('reads time, score, area and per-period units', () => {
		expect(r('5年')).toEqual(num('=', 5, '年'));
		expect(r('16小时/天')).toEqual(num('=', 16, '小时/天'));
		expect(r('≥80分/月')).toEqual(num('>=', 80, '分/月'));
		expect(r('≥80分')).toEqual(num('>=', 80, '分'));
		expect(r('3个月')).toEqual(num('=', 3, '月'));
		expect(r('3日')).toEqual(num('=', 3, '天'));
		expect(r('拆除面积约3955.3平方米')).toEqual(num('=', 3955.3, '平方米'));
		expect(r('3.5万平方米')).toEqual(num('=', 35000, '平方米'));
		expect(r('401.76公里')).toEqual(num('=', 401.76, '公里'));
	});
	it('never reads a year or a date as the value', () => {
		expect(r('2023年全覆盖').kind).toBe('qualitative');
		expect(r('2023年全覆盖').value).toBeNull();
		expect(r('2022年12月31日前完成').value).toBeNull();
		expect(r('12月底前完成').value).toBeNull();
		expect(r('2021-2023年完成3处')).toEqual(num('=', 3, '处'));
		expect(r('2022年完成5个')).toEqual(num('=', 5, '个'));
		expect(r('2022-12-31前完成').value).toBeNull();
		// A lone 2022.12 is a decimal, and 1900.01% a percentage, not dates.
		expect(r('不低于1900.01%')).toEqual(num('>=', 1900.01, '%'));
	});
	it('reads negative numbers only where a minus is written as a sign', () => {
		expect(r('-5%')).toEqual(num('=', -5, '%'));
		expect(r('≥-5%')).toEqual(num('>=', -5, '%'));
	});
});

describe('readValue: ranges (domain.md §3.5)', () => {
	const range = (value: number, high: number, unit: string | null) => ({
		kind: 'range',
		op: 'range',
		value,
		high,
		unit,
		explicitOp: true
	});
	it('reads dash and 至 ranges', () => {
		expect(r('90%-95%')).toEqual(range(90, 95, '%'));
		expect(r('90-95%')).toEqual(range(90, 95, '%'));
		expect(r('3至5次')).toEqual(range(3, 5, '次'));
		expect(r('3-5次')).toEqual(range(3, 5, '次'));
		expect(r('3~5天')).toEqual(range(3, 5, '天'));
	});
	it('shares a trailing 万 and orders the bounds', () => {
		expect(r('3-5万人')).toEqual(range(30000, 50000, '人'));
		expect(r('95%-90%')).toEqual(range(90, 95, '%'));
	});
	it('does not join numbers of different units', () => {
		expect(r('3次-5人')).toEqual(num('=', 3, '次'));
	});
});

describe('readValue: qualitative, placeholder, unparsable (domain.md §3.6–3.7)', () => {
	it('classifies qualitative words', () => {
		for (const t of ['优良', '良好', '良', '优', '提升', '提高', '改善', '有效改善', '增强', '达标', '及时', '有效', '完善提升', '符合规定', '明显', '显著', '拉近距离', '全覆盖', '已完成']) {
			expect(r(t), t).toEqual({ kind: 'qualitative', op: 'qualitative', value: null, high: null, unit: null, explicitOp: false });
		}
	});
	it('classifies placeholders as all-null, never 0', () => {
		for (const t of ['XX', 'xx%', '≥XX%', 'XX次', '—', '——', '-', '/', '无', '暂无', '', '   ', '…', '%', 'N/A']) {
			expect(r(t), JSON.stringify(t)).toEqual({ kind: 'placeholder', op: null, value: null, high: null, unit: null, explicitOp: false });
		}
		expect(r(null).kind).toBe('placeholder');
		expect(readValue(undefined).text).toBeNull();
	});
	it('does not take a vague description for a number', () => {
		expect(r('按照区核定编外人员数量')).toEqual({ kind: 'unparsable', op: null, value: null, high: null, unit: null, explicitOp: false });
		expect(r('abc').kind).toBe('unparsable');
	});
	it('keeps the text verbatim', () => {
		expect(readValue(' ≥ 90 % ').text).toBe(' ≥ 90 % ');
		expect(readValue('＞＝95％').text).toBe('＞＝95％');
		expect(readValue('0%')).toMatchObject({ kind: 'number', value: 0, unit: '%' });
	});
});

describe('chineseNumeral', () => {
	it('reads small numerals and refuses malformed ones', () => {
		expect(chineseNumeral('两')).toBe(2);
		expect(chineseNumeral('十')).toBe(10);
		expect(chineseNumeral('十二')).toBe(12);
		expect(chineseNumeral('二十五')).toBe(25);
		expect(chineseNumeral('一百零五')).toBe(105);
		expect(chineseNumeral('一二')).toBeNull();
		expect(chineseNumeral('二〇二三')).toBeNull();
	});
});
