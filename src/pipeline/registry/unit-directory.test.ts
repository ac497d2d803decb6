import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';
import { indexUnits, matchUnit } from './match-unit.ts';
import { RegistryError } from './registry-file.ts';
import { loadUnitDirectory } from './unit-directory.ts';

const DATA = resolve(import.meta.dirname, '../../../data');
let gz: Gazetteer;
beforeAll(async () => {
	gz = await loadGazetteer();
});

/** A data folder with the repository's registry, units.json / districts.json replaced when given. */
async function dataDir(files: { units?: unknown; districts?: unknown }): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'gz-dir-'));
	await cp(join(DATA, 'registry'), join(dir, 'registry'), { recursive: true });
	if (files.units) await writeFile(join(dir, 'registry', 'units.json'), JSON.stringify(files.units));
	if (files.districts) await writeFile(join(dir, 'registry', 'districts.json'), JSON.stringify(files.districts));
	return dir;
}
const repoUnits = async () => JSON.parse(await readFile(join(DATA, 'registry', 'units.json'), 'utf8')) as Record<string, unknown>[];
const failure = async (files: { units?: unknown; districts?: unknown }) => {
	const err = await loadUnitDirectory(await dataDir(files), gz).catch((e) => e);
	expect(err).toBeInstanceOf(RegistryError);
	return (err as Error).message;
};

describe('the unit directory: gazetteer + districts.json + units.json', () => {
	it('the repository’s registry: 176 townships and 2 sub-units, districts with English names', async () => {
		const d = await loadUnitDirectory(DATA, gz);
		expect(d.units).toHaveLength(178);
		expect(d.districts.find((x) => x.district_code === '440114')).toEqual({ district_code: '440114', name: '花都区', name_en: 'Huadu', city: '广州市' });
		expect(d.units.find((u) => u.unit_id === 'lw-jinhua-affairs')).toMatchObject({ district_code: '440103', division_code: null, parent_unit_id: 'lw-jinhua' });
	});

	it('a township entry adds aliases and an English name, and can pin an id', async () => {
		const units = [
			...(await repoUnits()),
			{ division_code: '440112015', aliases: ['广州市萝岗区永和街道办事处'], name_en: 'Yonghe Sub-district' },
			{ division_code: '440106022', unit_id: 'th-xintang-jiedao' }
		];
		const d = await loadUnitDirectory(await dataDir({ units }), gz);
		const yonghe = d.units.find((u) => u.division_code === '440112015')!;
		expect(yonghe).toMatchObject({ unit_id: 'hp-yonghe', name_en: 'Yonghe Sub-district', aliases: ['广州市萝岗区永和街道办事处'] });
		expect(d.units.find((u) => u.division_code === '440106022')?.unit_id).toBe('th-xintang-jiedao');
		const m = matchUnit('广州市萝岗区永和街道办事处', indexUnits(d.units, d.districts));
		expect(m.status === 'matched' && m.unit.unit_id).toBe('hp-yonghe');
	});

	it('an old-style entry for a street office: the error says to give its division_code', async () => {
		const msg = await failure({ units: [{ unit_id: 'hp-yonghe', name: '广州市黄埔区人民政府永和街道办事处', short_name: '永和街道', kind: '街道', parent_unit_id: null }] });
		expect(msg).toContain('units.json: entry hp-yonghe: field "kind" must be 下属单位');
		expect(msg).toContain('give its division_code');
	});

	it('a township entry may not restate what the gazetteer says', async () => {
		const msg = await failure({ units: [{ division_code: '440112015', short_name: '永和街' }] });
		expect(msg).toContain('entry 440112015: short_name come from the gazetteer');
	});

	it('a division code that is not a 街道 or 镇 of Guangzhou, named in the error', async () => {
		expect(await failure({ units: [{ division_code: '440117404', aliases: [] }] })).toContain('entry 440117404: field "division_code" must be the 9-digit code of a 街道 or 镇 of 广州市');
	});

	it('a sub-unit whose parent is unknown, or whose id a township has', async () => {
		const sub = { unit_id: 'lw-jinhua-x', name: '广州市荔湾区金花街道某中心', short_name: '金花街道某中心', kind: '下属单位', parent_unit_id: 'lw-nowhere' };
		expect(await failure({ units: [sub] })).toContain('entry lw-jinhua-x: field "parent_unit_id" must be the unit_id of a 街道 or 镇');
		expect(await failure({ units: [{ ...sub, unit_id: 'th-yuancun', parent_unit_id: 'lw-jinhua' }] })).toContain('unit_id th-yuancun is already taken by 员村街道');
	});

	it('a district without its English name in districts.json, named in the error', async () => {
		const districts = JSON.parse(await readFile(join(DATA, 'registry', 'districts.json'), 'utf8')).filter((d: { district_code: string }) => d.district_code !== '440117');
		expect(await failure({ districts })).toContain('no entry for 440117 从化区');
	});
});
