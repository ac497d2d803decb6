// Property tests: readValue and assessIndicator never throw, whatever text the
// documents (or OCR) hand them, and always return a consistent reading.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessIndicator, type Assessment } from './attainment.ts';
import { readValue, type ValueReading } from './parse-target-value.ts';

// FC_RUNS=100000 for a longer hunt; 2000 keeps the unit run fast.
const RUNS = { numRuns: Number(process.env.FC_RUNS) || 2000 };

// Pieces of real indicator values, recombined freely: the edges of the parser
// live where they meet (≥ next to 万, a range next to a year, 400 nines…).
const VOCABULARY = [
	'0', '1', '2', '3', '5', '9', '10', '12', '95', '100', '180000', '2023', '0.09', '3, 986. 34', '1,200',
	'.', ',', ' ', '　', '%', '％', '(%)', '‰', '≥', '≤', '>', '<', '=', '≧', '≦', '>=', '<=', '＞＝', '-', '—', '~', '/', '至', '到',
	'以上', '以下', '以内', '不低于', '低于', '不少于', '少于', '超过', '不超过', '达到', '控制在', '大于等于', '不满', '为', '约',
	'万', '亿', '元', '万元', '人次', '次', '人', '个', '处', '家', '场', '场次', '份', '张', '小时', '个小时', '/天', '天', '日',
	'年', '月', '个工作日', '分', '分/月', '平方米', '㎡', 'km', '年度', '12月31日前', '2021-2023年',
	'百分之', '九十', '两', '三', '十', '一', '十分',
	'XX', 'xx', '无', '暂无', '优良', '良好', '提升', '有效改善', '达标', '基本', '未', '较好', '不合格', '是', '否',
	'(', ')', '（', '）', '、', '，', '巡河率', '全人群接种数', '考虑停电',
	'9'.repeat(400), `0.${'0'.repeat(400)}1`, '1e400', 'NaN', 'Infinity', '-0'
];
const vocabText = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 12 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), vocabText);
const maybeText = fc.oneof(anyText, fc.constant(null));

const COMPARATORS = ['>=', '>', '<=', '<', '='];
const STATUSES = ['met', 'not_met', 'no_actual', 'no_target', 'not_comparable'];
const DIRECTIONS = ['higher_better', 'lower_better', 'exact', 'qualitative', null];
const FLAG_CODES = ['unit_assumed', 'unit_from_target', 'over_target', 'suspicious_value'];

/** A reading whose fields agree with its kind (the contract other modules rely on). */
function expectConsistent(v: ValueReading, input: string | null | undefined): void {
	expect(v.text).toBe(input ?? null);
	expect(v.unit === null || (typeof v.unit === 'string' && v.unit.length > 0)).toBe(true);
	switch (v.kind) {
		case 'placeholder':
		case 'unparsable':
			expect(v).toMatchObject({ op: null, value: null, high: null, unit: null, explicitOp: false });
			break;
		case 'qualitative':
			expect(v).toMatchObject({ op: 'qualitative', value: null, high: null, unit: null, explicitOp: false });
			break;
		case 'number':
			expect(COMPARATORS).toContain(v.op);
			expect(Number.isFinite(v.value)).toBe(true);
			expect(v.high).toBeNull();
			// Only = may be implicit; any other comparator was written.
			if (v.op !== '=') expect(v.explicitOp).toBe(true);
			break;
		case 'range':
			expect(v.op).toBe('range');
			expect(Number.isFinite(v.value)).toBe(true);
			expect(Number.isFinite(v.high)).toBe(true);
			expect(v.value as number).toBeLessThanOrEqual(v.high as number);
			break;
		default:
			throw new Error(`unknown kind ${String(v.kind)}`);
	}
}

function expectConsistentAssessment(a: Assessment, name: string, target: string | null, actual: string | null): void {
	expect(STATUSES).toContain(a.status);
	expect(DIRECTIONS).toContain(a.direction);
	expect(a.target).toEqual(readValue(target));
	if (a.actual) expectConsistent(a.actual, actual);
	if (a.attainment !== null) {
		expect(Number.isFinite(a.attainment)).toBe(true);
		expect(a.attainment).toBeGreaterThanOrEqual(0);
	}
	if (a.status === 'no_actual' || a.status === 'no_target' || a.status === 'not_comparable') {
		expect(a.attainment).toBeNull();
	}
	if (a.status === 'no_target') expect(a.target.kind).toBe('placeholder');
	if (a.status === 'no_actual') expect(a.actual === null || a.actual.kind === 'placeholder').toBe(true);
	// Whatever the direction, meeting the target means full attainment.
	if (a.status === 'met' && a.attainment !== null) expect(a.attainment).toBeGreaterThanOrEqual(1 - 1e-9);
	for (const f of a.flags) {
		expect(FLAG_CODES).toContain(f.code);
		expect(['error', 'warning', 'info']).toContain(f.severity);
		expect(f.message.length).toBeGreaterThan(0);
	}
	if (a.flags.some((f) => f.code === 'over_target')) expect(a.attainment as number).toBeGreaterThan(1.2);
	void name;
}

describe('readValue never throws and stays consistent', () => {
	it('on arbitrary strings', () => {
		fc.assert(
			fc.property(fc.string(), (s) => expectConsistent(readValue(s), s)),
			RUNS
		);
	});
	it('on arbitrary unicode strings', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (s) => expectConsistent(readValue(s), s)),
			RUNS
		);
	});
	it('on strings built from the domain vocabulary, with and without a unit hint', () => {
		fc.assert(
			fc.property(vocabText, fc.option(anyText), (s, hint) => {
				expectConsistent(readValue(s), s);
				expectConsistent(readValue(s, { unit: hint }), s);
			}),
			RUNS
		);
	});
	it('on null and undefined', () => {
		expectConsistent(readValue(null), null);
		expectConsistent(readValue(undefined), undefined);
		expect(readValue(null).kind).toBe('placeholder');
	});
});

describe('readValue reads what was written', () => {
	const written = fc.constantFrom(
		['不低于', '>='], ['≥', '>='], ['＞＝', '>='], ['大于等于', '>='], ['至少', '>='], ['达到', '>='],
		['>', '>'], ['大于', '>'], ['超过', '>'], ['高于', '>'],
		['≤', '<='], ['≦', '<='], ['不超过', '<='], ['不高于', '<='], ['控制在', '<='],
		['<', '<'], ['低于', '<'], ['少于', '<'], ['不满', '<'],
		['=', '='], ['', '=']
	);
	const units = fc.constantFrom(
		['%', '%'], ['％', '%'], ['次', '次'], ['人次', '人次'], ['人', '人'], ['个', '个'], ['处', '处'], ['家', '家'],
		['场', '场'], ['万元', '万元'], ['小时', '小时'], ['个小时', '小时'], ['天', '天'], ['分', '分'], ['分/月', '分/月'],
		['小时/天', '小时/天'], ['', null]
	);
	const prefixes = fc.constantFrom('', '巡河率', '全人群接种数', '举办活动', '一年事故次数');
	it('comparator + number + unit, with surrounding text', () => {
		fc.assert(
			fc.property(
				prefixes,
				written,
				fc.integer({ min: 0, max: 10_000_000 }),
				fc.integer({ min: 0, max: 99 }),
				units,
				fc.constantFrom('', ' ', ' (备注)'),
				(prefix, [cmp, op], whole, cents, [unitText, unit], suffix) => {
					const n = cents === 0 ? whole : Number(`${whole}.${String(cents).padStart(2, '0')}`);
					const text = `${prefix}${cmp}${n}${unitText}${suffix}`;
					const v = readValue(text);
					expect(v.kind, text).toBe('number');
					expect(v.op, text).toBe(op);
					expect(v.value, text).toBe(n);
					expect(v.unit, text).toBe(unit);
					expect(v.explicitOp, text).toBe(cmp !== '');
				}
			),
			RUNS
		);
	});
	it('a trailing 以上 / 以下 is a comparator, and 万 multiplies', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(['以上', '>='], ['以下', '<='], ['以内', '<=']), (n, [tail, op]) => {
				const v = readValue(`${n}万人次${tail}`);
				expect(v).toMatchObject({ kind: 'number', op, value: n * 10000, unit: '人次', explicitOp: true });
			}),
			RUNS
		);
	});
	it('ranges read low and high in order', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.constantFrom('-', '至', '~'), (a, b, sep) => {
				const v = readValue(`${a}${sep}${b}次`);
				expect(v).toMatchObject({ kind: 'range', op: 'range', value: Math.min(a, b), high: Math.max(a, b), unit: '次' });
			}),
			RUNS
		);
	});
	it('placeholders are never 0', () => {
		fc.assert(
			fc.property(fc.constantFrom('XX', 'xx', '—', '-', '/', '无', '', ' ', '——', '≥XX%', 'XX次'), (s) => {
				expect(readValue(s)).toMatchObject({ kind: 'placeholder', value: null });
			})
		);
	});
});

describe('assessIndicator never throws and stays consistent', () => {
	it('on arbitrary names, targets and actuals', () => {
		fc.assert(
			fc.property(anyText, maybeText, maybeText, (name, target, actual) => {
				expectConsistentAssessment(assessIndicator(name, target, actual), name, target, actual);
			}),
			RUNS
		);
	});
	it('on domain-shaped names, targets and actuals', () => {
		const names = fc.constantFrom('完成率', '满意度', '事故发生率', '同比下降率', '投诉次数', '活动次数', '工资福利发放率', '同比增长率', '');
		fc.assert(
			fc.property(names, fc.option(vocabText), fc.option(vocabText), (name, target, actual) => {
				expectConsistentAssessment(assessIndicator(name, target, actual), name, target, actual);
			}),
			RUNS
		);
	});
});
