import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer, type GazetteerTownship } from './gazetteer.ts';
import { assignUnitIds, districtPrefix, townshipEnglishName, townshipSlug, URL_SAFE_ID } from './unit-id.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
let gz: Gazetteer;
let ids: Map<string, string>;
beforeAll(async () => {
	gz = await loadGazetteer();
	ids = assignUnitIds(gz.townships, gz.districts);
});

describe('unit ids of the townships', () => {
	it('the seeds keep the ids their pages were published under', () => {
		expect(ids.get('440112015')).toBe('hp-yonghe');
		expect(ids.get('440106002')).toBe('th-yuancun');
		expect(ids.get('440118001')).toBe('zc-licheng');
		expect(ids.get('440103008')).toBe('lw-jinhua');
	});
	it('district initials and pinyin of polyphonic names, read by hand', () => {
		expect(gz.districts.map((d) => districtPrefix(d.name))).toEqual(['lw', 'yx', 'hz', 'th', 'by', 'hp', 'py', 'hd', 'ns', 'ch', 'zc']);
		expect(townshipSlug('长洲街道')).toBe('changzhou');
		expect(townshipSlug('车陂街道')).toBe('chebei');
		expect(townshipSlug('海幢街道')).toBe('haizhuang');
		expect(townshipSlug('石碁镇')).toBe('shiqi');
		expect(townshipSlug('吕田镇')).toBe('lvtian'); // ü as v: ASCII only
		expect(townshipEnglishName({ name: '吕田镇', kind: '镇' })).toBe('Lütian Town');
		expect(townshipEnglishName({ name: '永和街道', kind: '街道' })).toBe('Yonghe Subdistrict');
	});
	it('every id is unique and URL-safe; 新塘 in two districts gets two ids', () => {
		const all = [...ids.values()];
		expect(all).toHaveLength(176);
		expect(new Set(all).size).toBe(176);
		for (const id of all) expect(id).toMatch(URL_SAFE_ID);
		expect(ids.get('440106022')).toBe('th-xintang');
		expect(ids.get('440118101')).toBe('zc-xintang');
	});
	it('are the published ones, township by township (tests/fixtures/gazetteer-unit-ids.tsv)', async () => {
		const text = await readFile(join(ROOT, 'tests', 'fixtures', 'gazetteer-unit-ids.tsv'), 'utf8');
		const published = text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
		expect(published).toHaveLength(176);
		for (const [code, id, name] of published) {
			expect(ids.get(code), `${code} ${name}`).toBe(id);
			expect(gz.townships.find((t) => t.division_code === code)?.name).toBe(name);
		}
	});
	it('a namesake in the same district: the lower code keeps the plain id, the other gets its code digits', () => {
		const t = (division_code: string, name: string, kind: GazetteerTownship['kind']): GazetteerTownship => ({ division_code, name, district_code: '440118', kind });
		const got = assignUnitIds([t('440118108', '荔城镇', '镇'), t('440118001', '荔城街道', '街道')], gz.districts);
		expect(got.get('440118001')).toBe('zc-licheng');
		expect(got.get('440118108')).toBe('zc-licheng-108');
	});
	it('a pinned id wins, and a derived id never takes it', () => {
		const two = gz.townships.filter((t) => t.division_code === '440112015' || t.division_code === '440112016');
		const got = assignUnitIds(two, gz.districts, new Map([['440112016', 'hp-yonghe']]));
		expect(got.get('440112016')).toBe('hp-yonghe');
		expect(got.get('440112015')).toBe('hp-yonghe-015');
	});
});
