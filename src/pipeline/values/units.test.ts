import { describe, expect, it } from 'vitest';
import { canonicalUnit, comparisonKey, matchUnitAt, sameQuantity } from './units.ts';

describe('matchUnitAt (domain.md §3.4)', () => {
	it('takes the longest spelling at the position', () => {
		expect(matchUnitAt('14人次', 2)).toEqual({ unit: '人次', factor: 1, end: 4 });
		expect(matchUnitAt('2个小时', 1)).toMatchObject({ unit: '小时' });
		expect(matchUnitAt('5个工作日内', 1)).toMatchObject({ unit: '工作日', end: 5 });
		expect(matchUnitAt('12个', 2)).toMatchObject({ unit: '个' });
		expect(matchUnitAt('30分钟', 2)).toMatchObject({ unit: '分钟' });
	});
	it('reads compound per-period units', () => {
		expect(matchUnitAt('80分/月', 2)).toEqual({ unit: '分/月', factor: 1, end: 5 });
		expect(matchUnitAt('16小时/天', 2)).toMatchObject({ unit: '小时/天' });
		expect(matchUnitAt('16小时/日', 2)).toMatchObject({ unit: '小时/天' });
		expect(matchUnitAt('2次/年', 1)).toMatchObject({ unit: '次/年' });
		// A slash followed by no period is not part of the unit.
		expect(matchUnitAt('5次/', 1)).toEqual({ unit: '次', factor: 1, end: 2 });
	});
	it('normalizes money to 万元 with a factor', () => {
		expect(matchUnitAt('5000元', 4)).toEqual({ unit: '万元', factor: 0.0001, end: 5 });
		expect(matchUnitAt('12万元', 2)).toMatchObject({ unit: '万元', factor: 1 });
		expect(matchUnitAt('3亿元', 1)).toMatchObject({ unit: '万元', factor: 10000 });
	});
	it('folds spellings of percent, time, area and length', () => {
		expect(matchUnitAt('95(%)', 2)).toMatchObject({ unit: '%' });
		expect(matchUnitAt('95百分比', 2)).toMatchObject({ unit: '%' });
		expect(matchUnitAt('3日', 1)).toMatchObject({ unit: '天' });
		expect(matchUnitAt('120㎡', 3)).toMatchObject({ unit: '平方米' });
		expect(matchUnitAt('5km', 1)).toMatchObject({ unit: '公里' });
		expect(matchUnitAt('5kmh', 1)).toBeNull();
		expect(matchUnitAt('5的', 1)).toBeNull();
	});
});

describe('canonicalUnit', () => {
	it('canonicalizes a unit given on its own', () => {
		expect(canonicalUnit('个小时')).toBe('小时');
		expect(canonicalUnit('（%）')).toBe('%');
		expect(canonicalUnit('百分比')).toBe('%');
		expect(canonicalUnit('小时/日')).toBe('小时/天');
		expect(canonicalUnit(' 家 ')).toBe('家');
	});
	it('keeps unknown units verbatim and empty ones null', () => {
		expect(canonicalUnit('人·天')).toBe('人·天');
		expect(canonicalUnit('')).toBeNull();
		expect(canonicalUnit(null)).toBeNull();
		expect(canonicalUnit(undefined)).toBeNull();
	});
});

describe('sameQuantity (domain.md §3.9)', () => {
	it('treats 人次, 场次, 场 and 次 as one count', () => {
		expect(sameQuantity('人次', '次')).toBe(true);
		expect(sameQuantity('场次', '场')).toBe(true);
		expect(sameQuantity('场', '次')).toBe(true);
		expect(comparisonKey('人次/月')).toBe('次/月');
	});
	it('keeps different quantities apart', () => {
		expect(sameQuantity('人', '人次')).toBe(false);
		expect(sameQuantity('%', '次')).toBe(false);
		expect(sameQuantity('分', '分/月')).toBe(false);
		expect(sameQuantity('个', '处')).toBe(false);
	});
	it('treats 名 and 位 as persons', () => {
		expect(sameQuantity('名', '人')).toBe(true);
		expect(sameQuantity('位', '名')).toBe(true);
	});
});
