import { describe, expect, it } from 'vitest';
import { matchUnit } from './match-unit.ts';
import type { UnitEntry } from './load-registry.ts';

const u = (unit_id: string, name: string, short_name: string, kind: UnitEntry['kind'] = '街道'): UnitEntry => ({
	unit_id, name, short_name, name_en: null, district_code: '440103', kind,
	parent_unit_id: kind === '下属单位' ? 'lw-jinhua' : null, aliases: []
});
const units = [
	u('lw-jinhua', '广州市荔湾区人民政府金花街道办事处', '金花街道'),
	u('lw-jinhua-affairs', '广州市荔湾区金花街道综合事务中心', '金花街道综合事务中心', '下属单位'),
	u('hp-yonghe', '广州市黄埔区人民政府永和街道办事处', '永和街道')
];

describe('matchUnit', () => {
	it('matches the full name with or without 人民政府 and with PDF spaces', () => {
		expect(matchUnit('广州市荔湾区人民政府金花街道 办事处', units)?.unit_id).toBe('lw-jinhua');
		expect(matchUnit('广州市荔湾区金花街道办事处', units)?.unit_id).toBe('lw-jinhua');
	});
	it('prefers the longest registered name (sub-unit over its street office)', () => {
		expect(matchUnit('广州市荔湾区金花街道综合事务 中心', units)?.unit_id).toBe('lw-jinhua-affairs');
	});
	it('does not take an unregistered sub-unit for its street office', () => {
		expect(matchUnit('广州市荔湾区金花街道社区卫生服务中心', units)).toBeNull();
	});
	it('returns null for a unit in no registry', () => {
		expect(matchUnit('广州市天河区人民政府员村街道办事处', units)).toBeNull();
		expect(matchUnit('', units)).toBeNull();
	});
});
