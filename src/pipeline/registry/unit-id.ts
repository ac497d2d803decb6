// Stable, URL-safe ids and English names for the gazetteer's townships, from
// the pinyin of their names: district initials + the township's pinyin without
// 街道/镇 (黄埔区永和街道 → hp-yonghe, 天河区员村街道 → th-yuancun), the ids the
// site has published since the first release.
import { pinyin } from 'pinyin-pro';
import type { GazetteerDistrict, GazetteerTownship } from './gazetteer.ts';

export const URL_SAFE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** 永和街道 → 永和, 新塘镇 → 新塘. */
export const baseName = (name: string): string => name.replace(/(?:街道|镇)$/, '');

const syllables = (text: string): string[] => pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' });

/** Lowercase ASCII pinyin, ü written v (吕田 → lvtian); anything else dropped. */
function asciiPinyin(text: string): string {
	return syllables(text).join('').replace(/ü/g, 'v').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** 黄埔区 → hp, 增城区 → zc: the first letter of each syllable. */
export function districtPrefix(districtName: string): string {
	return syllables(districtName.replace(/区$/, '')).map((s) => s[0]).join('').toLowerCase().replace(/[^a-z]/g, '');
}

/** 永和街道 → yonghe. */
export function townshipSlug(name: string): string {
	return asciiPinyin(baseName(name));
}

/** Yonghe Subdistrict, Xintang Town, Lütian Town. */
export function townshipEnglishName(t: Pick<GazetteerTownship, 'name' | 'kind'>): string {
	const py = syllables(baseName(t.name)).join('');
	return `${py.charAt(0).toUpperCase()}${py.slice(1)} ${t.kind === '镇' ? 'Town' : 'Subdistrict'}`;
}

/**
 * unit_id per division code. A pinned id (a units.json entry naming the code
 * and a unit_id) wins; every other township gets `<district>-<pinyin>`, and
 * when that is taken (by a pin, or by a township with a lower code, as the NBS
 * hands codes out in order, so an existing unit keeps its id when a namesake
 * appears) it gets the last three digits of its code (`<district>-<pinyin>-105`).
 */
export function assignUnitIds(
	townships: readonly GazetteerTownship[],
	districts: readonly GazetteerDistrict[],
	pinned: ReadonlyMap<string, string> = new Map()
): Map<string, string> {
	const prefix = new Map(districts.map((d) => [d.district_code, districtPrefix(d.name)]));
	const ids = new Map<string, string>();
	const taken = new Set(pinned.values());
	for (const t of [...townships].sort((a, b) => a.division_code.localeCompare(b.division_code))) {
		const pin = pinned.get(t.division_code);
		if (pin) {
			ids.set(t.division_code, pin);
			continue;
		}
		const p = prefix.get(t.district_code) || t.district_code;
		const slug = townshipSlug(t.name) || t.division_code.slice(6);
		let id = `${p}-${slug}`;
		if (taken.has(id)) id = `${id}-${t.division_code.slice(6)}`;
		// Only a pin could still hold it (two townships never share a code).
		if (taken.has(id)) id = `${p}-${t.division_code}`;
		taken.add(id);
		ids.set(t.division_code, id);
	}
	return ids;
}
