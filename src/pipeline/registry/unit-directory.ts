// Every unit the pipeline knows: Guangzhou's districts and townships from the
// gazetteer, completed by what a person adds in data/registry/ — English names
// of the districts (districts.json) and, in units.json, sub-units, and for a
// township its aliases (old names, other printed forms), an English name or a
// pinned unit_id. Validated on load; every error names the file, the entry and the field.
import { join, resolve } from 'node:path';
import type { DistrictRow, UnitRow } from '../types.ts';
import { loadGazetteer, type Gazetteer } from './gazetteer.ts';
import { field, readJsonArray, RegistryError, str, strOrNull } from './registry-file.ts';
import { assignUnitIds, townshipEnglishName, URL_SAFE_ID } from './unit-id.ts';

export interface UnitEntry extends UnitRow {
	division_code: string | null;
	aliases: string[];
}

export interface UnitDirectory {
	districts: DistrictRow[];
	units: UnitEntry[];
	gazetteer: Gazetteer;
}

/** 广州市黄埔区人民政府永和街道办事处, 广州市增城区新塘镇人民政府: the official full names. */
function officialName(city: string, district: string, t: { name: string; kind: '街道' | '镇' }): string {
	return t.kind === '街道' ? `${city}${district}人民政府${t.name}办事处` : `${city}${district}${t.name}人民政府`;
}

/** The repository's data folder, whose registry preview mode uses. */
export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '../../../data');

const TOWNSHIP_FIELDS = new Set(['division_code', 'unit_id', 'name_en', 'aliases', 'note']);

export async function loadUnitDirectory(dataDir: string, gazetteer?: Gazetteer): Promise<UnitDirectory> {
	const gz = gazetteer ?? (await loadGazetteer());
	const dir = join(dataDir, 'registry');
	const dPath = join(dir, 'districts.json');
	const uPath = join(dir, 'units.json');

	// districts.json: the English name of each gazetteer district, nothing the package says.
	const english = new Map<string, string>();
	for (const [i, e] of (await readJsonArray(dPath)).entries()) {
		const code = field<string>(dPath, i, e, 'district_code', (v) => typeof v === 'string' && gz.districts.some((d) => d.district_code === v),
			`the code of a district of ${gz.city} in the gazetteer (${gz.districts.map((d) => `${d.district_code} ${d.name}`).join(', ')})`);
		if (english.has(code)) throw new RegistryError(`${dPath}: district ${code} is listed twice`);
		english.set(code, field<string>(dPath, i, e, 'name_en', str, 'an English name'));
	}
	const districts: DistrictRow[] = gz.districts.map((d) => {
		const name_en = english.get(d.district_code);
		if (!name_en) throw new RegistryError(`${dPath}: no entry for ${d.district_code} ${d.name}: add {"district_code": "${d.district_code}", "name_en": "…"}`);
		return { district_code: d.district_code, name: d.name, name_en, city: gz.city };
	});
	const districtName = new Map(districts.map((d) => [d.district_code, d.name]));

	// units.json: township additions (by division_code) and sub-units.
	const byCode = new Map(gz.townships.map((t) => [t.division_code, t]));
	const additions = new Map<string, { unit_id: string | null; name_en: string | null; aliases: string[] }>();
	const subUnitEntries: { i: number; e: Record<string, unknown> }[] = [];
	for (const [i, e] of (await readJsonArray(uPath)).entries()) {
		if (e.division_code === undefined) {
			subUnitEntries.push({ i, e });
			continue;
		}
		const code = field<string>(uPath, i, e, 'division_code', (v) => typeof v === 'string' && byCode.has(v),
			`the 9-digit code of a 街道 or 镇 of ${gz.city} in the gazetteer (a sub-unit has none)`);
		const extra = Object.keys(e).filter((k) => !TOWNSHIP_FIELDS.has(k));
		if (extra.length) {
			throw new RegistryError(`${uPath}: entry ${code}: ${extra.join(', ')} come from the gazetteer; a township's entry may only add ${[...TOWNSHIP_FIELDS].join(', ')}`);
		}
		if (additions.has(code)) throw new RegistryError(`${uPath}: division_code ${code} is listed twice`);
		additions.set(code, {
			unit_id: field<string | null>(uPath, i, e, 'unit_id', (v) => v === undefined || (typeof v === 'string' && URL_SAFE_ID.test(v)), 'a URL-safe ASCII id (a-z, 0-9, -)') ?? null,
			name_en: field<string | null>(uPath, i, e, 'name_en', strOrNull, 'an English name') ?? null,
			aliases: field<string[]>(uPath, i, e, 'aliases', (v) => v === undefined || (Array.isArray(v) && v.every(str)), 'a list of names') ?? []
		});
	}

	const pinned = new Map([...additions].filter(([, a]) => a.unit_id).map(([code, a]) => [code, a.unit_id!]));
	const pinnedBy = new Map<string, string>();
	for (const [code, id] of pinned) {
		if (pinnedBy.has(id)) throw new RegistryError(`${uPath}: unit_id ${id} is pinned for both ${pinnedBy.get(id)} and ${code}`);
		pinnedBy.set(id, code);
	}
	const ids = assignUnitIds(gz.townships, gz.districts, pinned);
	const units: UnitEntry[] = gz.townships.map((t) => {
		const add = additions.get(t.division_code);
		return {
			unit_id: ids.get(t.division_code)!,
			name: officialName(gz.city, districtName.get(t.district_code)!, t),
			short_name: t.name,
			name_en: add?.name_en ?? townshipEnglishName(t),
			district_code: t.district_code,
			division_code: t.division_code,
			kind: t.kind,
			parent_unit_id: null,
			aliases: add?.aliases ?? []
		};
	});

	const unitIds = new Map(units.map((u) => [u.unit_id, u]));
	for (const { i, e } of subUnitEntries) {
		const unit_id = field<string>(uPath, i, e, 'unit_id', (v) => typeof v === 'string' && URL_SAFE_ID.test(v), 'a URL-safe ASCII id (a-z, 0-9, -)');
		const kind = field<string>(uPath, i, e, 'kind', (v) => v === '下属单位', '下属单位: a 街道 or 镇 comes from the gazetteer; to add aliases or an English name to one, give its division_code instead');
		const parent_unit_id = field<string>(uPath, i, e, 'parent_unit_id', (v) => typeof v === 'string' && unitIds.has(v) && unitIds.get(v)!.kind !== '下属单位',
			'the unit_id of a 街道 or 镇 (see the published units table)');
		const parent = unitIds.get(parent_unit_id)!;
		const district_code = field<string | null>(uPath, i, e, 'district_code', (v) => v === undefined || v === parent.district_code,
			`absent or the parent's district ${parent.district_code}`) ?? parent.district_code;
		if (unitIds.has(unit_id)) throw new RegistryError(`${uPath}: unit_id ${unit_id} is already taken by ${unitIds.get(unit_id)!.short_name}`);
		const u: UnitEntry = {
			unit_id,
			name: field<string>(uPath, i, e, 'name', str, 'the official full name'),
			short_name: field<string>(uPath, i, e, 'short_name', str, 'a short name'),
			name_en: field<string | null>(uPath, i, e, 'name_en', strOrNull, 'an English name') ?? null,
			district_code,
			division_code: null,
			kind: kind as UnitRow['kind'],
			parent_unit_id,
			aliases: field<string[]>(uPath, i, e, 'aliases', (v) => v === undefined || (Array.isArray(v) && v.every(str)), 'a list of names') ?? []
		};
		units.push(u);
		unitIds.set(unit_id, u);
	}
	return { districts, units, gazetteer: gz };
}
