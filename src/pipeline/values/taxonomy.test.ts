import { describe, expect, it } from 'vitest';
import { isLevelName, level1ByName, level2ByCode, level2ByName } from './taxonomy.ts';

describe('indicator taxonomy (domain.md §2)', () => {
	it('resolves 一级 names with or without 指标 and a printed weight', () => {
		expect(level1ByName('产出指标')).toBe('产出指标');
		expect(level1ByName('产出指标(50分)')).toBe('产出指标');
		expect(level1ByName('1-产出指标')).toBe('产出指标');
		expect(level1ByName('效益')).toBe('效益指标');
		expect(level1ByName('数量指标')).toBeNull();
	});
	it('resolves 二级 names to their parent, including variants seen in documents', () => {
		expect(level2ByName('社会效益')).toMatchObject({ name: '社会效益指标', level1: '效益指标', code: '22' });
		expect(level2ByName('31-服务对象满意度')).toMatchObject({ name: '服务对象满意度指标', level1: '满意度指标' });
		expect(level2ByName('可持续影响指标')).toMatchObject({ level1: '效益指标' });
		expect(level2ByName('日效性指标')).toMatchObject({ name: '时效指标' });
		expect(level2ByName('群众满意度 指标')).toMatchObject({ name: '服务对象满意度指标' });
		expect(level2ByName('综治视联网调度次数')).toBeNull();
	});
	it('knows codes and names for recovering misplaced levels', () => {
		expect(level2ByCode('12')?.name).toBe('质量指标');
		expect(isLevelName('可持续影响指标')).toBe(true);
		expect(isLevelName('巡河率')).toBe(false);
	});
});
