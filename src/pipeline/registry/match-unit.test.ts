import { describe, expect, it } from 'vitest';
import { districtMentions, indexUnits, matchUnit, type UnitMatch } from './match-unit.ts';
import type { UnitEntry } from './unit-directory.ts';

const DISTRICTS = [
	{ district_code: '440103', name: '荔湾区' },
	{ district_code: '440106', name: '天河区' },
	{ district_code: '440112', name: '黄埔区' },
	{ district_code: '440118', name: '增城区' }
];
const u = (unit_id: string, name: string, short_name: string, district_code: string, kind: UnitEntry['kind'], division_code: string | null, aliases: string[] = []): UnitEntry => ({
	unit_id, name, short_name, name_en: null, district_code, division_code, kind, parent_unit_id: kind === '下属单位' ? 'lw-jinhua' : null, aliases
});
const units = [
	u('lw-jinhua', '广州市荔湾区人民政府金花街道办事处', '金花街道', '440103', '街道', '440103008'),
	u('lw-jinhua-affairs', '广州市荔湾区金花街道综合事务中心', '金花街道综合事务中心', '440103', '下属单位', null),
	u('hp-yonghe', '广州市黄埔区人民政府永和街道办事处', '永和街道', '440112', '街道', '440112015', ['广州市萝岗区永和街道办事处']),
	u('hp-huangpu', '广州市黄埔区人民政府黄埔街道办事处', '黄埔街道', '440112', '街道', '440112001'),
	u('th-xintang', '广州市天河区人民政府新塘街道办事处', '新塘街道', '440106', '街道', '440106022'),
	u('zc-xintang', '广州市增城区新塘镇人民政府', '新塘镇', '440118', '镇', '440118101')
];
const index = indexUnits(units, DISTRICTS);
const id = (m: UnitMatch) => (m.status === 'matched' ? m.unit.unit_id : m.status);

describe('matchUnit', () => {
	it('matches the full name with or without 人民政府 and with PDF spaces', () => {
		expect(id(matchUnit('广州市荔湾区人民政府金花街道 办事处', index))).toBe('lw-jinhua');
		expect(id(matchUnit('广州市荔湾区金花街道办事处', index))).toBe('lw-jinhua');
		expect(id(matchUnit('广州市增城区新塘镇人民政府', index))).toBe('zc-xintang');
	});
	it('matches the short forms: 街道, 街道办事处, 街, and the bare name when only one unit has it', () => {
		for (const name of ['永和街道', '永和街道办事处', '永和街', '永和', '黄埔区永和街道', '广州市黄埔区人民政府永和街道办事处（本级）', '永和街道(汇总)']) {
			expect(id(matchUnit(name, index)), name).toBe('hp-yonghe');
		}
	});
	it('does not take the district for the unit of the same name (黄埔区 … 黄埔街道)', () => {
		expect(id(matchUnit('广州市黄埔区人民政府黄埔街道办事处', index))).toBe('hp-huangpu');
		expect(id(matchUnit('广州市黄埔区人民政府', index))).toBe('unknown');
	});
	it('an alias registered for an old name (萝岗区, merged into 黄埔区 in 2014)', () => {
		expect(id(matchUnit('广州市萝岗区永和街道办事处', index))).toBe('hp-yonghe');
	});
	it('a sub-unit by its own name, never taken for its street office', () => {
		expect(id(matchUnit('广州市荔湾区金花街道综合事务 中心', index))).toBe('lw-jinhua-affairs');
		expect(id(matchUnit('广州市荔湾区金花街道社区卫生服务中心', index))).toBe('unknown');
	});
	it('新塘街道 and 新塘镇 are different units; the bare 新塘 is decided by the district', () => {
		expect(id(matchUnit('新塘街道', index))).toBe('th-xintang');
		expect(id(matchUnit('新塘镇', index))).toBe('zc-xintang');
		expect(id(matchUnit('增城区新塘', index))).toBe('zc-xintang');
		expect(id(matchUnit('天河区新塘办事处', index))).toBe('th-xintang');
	});
	it('the bare 新塘 with no district: ambiguous, naming both candidates with district, code and id', () => {
		const m = matchUnit('新塘', index);
		expect(m.status).toBe('ambiguous');
		if (m.status !== 'ambiguous') return;
		expect(m.candidates.map((c) => c.unit_id)).toEqual(['th-xintang', 'zc-xintang']);
		expect(m.message).toBe('"新塘" could be 新塘街道 (天河区, 440106022, th-xintang) or 新塘镇 (增城区, 440118101, zc-xintang), and the text names no district that tells them apart');
	});
	it('the district named elsewhere in the text decides, the title before the body', () => {
		const body = [{ number: 3, text: '部门名称 新塘' }, { number: 20, text: '配合增城区做好防汛工作' }];
		const m = matchUnit('新塘', index, districtMentions(index, null, body));
		expect(m).toMatchObject({ status: 'matched', unit: { unit_id: 'zc-xintang' }, decidedBy: { district_code: '440118', line: 20, in_title: false } });
		const both = [...body, { number: 21, text: '天河区' }];
		expect(matchUnit('新塘', index, districtMentions(index, null, both)).status).toBe('ambiguous');
		const titled = districtMentions(index, { text: '天河区2022年度部门整体支出绩效自评表', line: 1 }, both);
		expect(id(matchUnit('新塘', index, titled))).toBe('th-xintang');
	});
	it('a district in the name that contradicts the unit: a conflict, not a guess', () => {
		const m = matchUnit('广州市天河区新塘镇人民政府', index);
		expect(m).toMatchObject({ status: 'conflict', message: '"广州市天河区新塘镇人民政府" names 天河区, but 新塘镇 (增城区, 440118101, zc-xintang) is not in 天河区' });
	});
	it('returns unknown for a name of no unit, and for another city’s namesake', () => {
		expect(id(matchUnit('广州市天河区人民政府员村街道办事处', index))).toBe('unknown');
		expect(id(matchUnit('湛江市霞山区人民政府金花街道办事处', index))).toBe('unknown');
		expect(id(matchUnit('', index))).toBe('unknown');
	});
});
