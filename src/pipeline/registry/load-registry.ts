// The curated registries in data/registry/: what a person knows about each
// document and unit that the text may not say. Validated on load; every
// error names the file, the entry and the field.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOCUMENT_KINDS, type DistrictRow, type DocumentKind, type UnitRow } from '../types.ts';

export interface UnitEntry extends UnitRow {
	aliases: string[];
}

export interface SourceEntry {
	doc_id: string;
	/** Path under data/. */
	file: string;
	unit_id: string;
	fiscal_year: number;
	year_assumed: boolean;
	year_basis: string;
	kind: DocumentKind;
	title: string | null;
	url: string | null;
	note: string | null;
}

export interface Registry {
	districts: DistrictRow[];
	units: UnitEntry[];
	sources: SourceEntry[];
}

export class RegistryError extends Error {}

const URL_SAFE = /^[a-z0-9][a-z0-9-]*$/;

async function readJsonArray(path: string): Promise<Record<string, unknown>[]> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch {
		throw new RegistryError(`${path}: registry file is missing`);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new RegistryError(`${path}: not valid JSON (${(e as Error).message})`);
	}
	if (!Array.isArray(data)) throw new RegistryError(`${path}: expected a JSON array of entries`);
	return data as Record<string, unknown>[];
}

function field<T>(path: string, i: number, e: Record<string, unknown>, name: string, check: (v: unknown) => boolean, want: string): T {
	const v = e[name];
	if (!check(v)) {
		const id = (e.unit_id ?? e.doc_id ?? e.district_code ?? `#${i + 1}`) as string;
		throw new RegistryError(`${path}: entry ${id}: field "${name}" must be ${want}, got ${JSON.stringify(v)}`);
	}
	return v as T;
}

const str = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const strOrNull = (v: unknown) => v === null || v === undefined || str(v);

export async function loadRegistry(dataDir: string): Promise<Registry> {
	const dir = join(dataDir, 'registry');
	const dPath = join(dir, 'districts.json');
	const uPath = join(dir, 'units.json');
	const sPath = join(dir, 'sources.json');

	const districts = (await readJsonArray(dPath)).map((e, i) => ({
		district_code: field<string>(dPath, i, e, 'district_code', (v) => typeof v === 'string' && /^\d{6}$/.test(v), 'a 6-digit code'),
		name: field<string>(dPath, i, e, 'name', str, 'a name'),
		name_en: field<string>(dPath, i, e, 'name_en', str, 'an English name'),
		city: field<string>(dPath, i, e, 'city', str, 'a city name')
	}));
	const codes = new Set(districts.map((d) => d.district_code));

	const units: UnitEntry[] = (await readJsonArray(uPath)).map((e, i) => ({
		unit_id: field<string>(uPath, i, e, 'unit_id', (v) => typeof v === 'string' && URL_SAFE.test(v), 'a URL-safe ASCII id (a-z, 0-9, -)'),
		name: field<string>(uPath, i, e, 'name', str, 'the official full name'),
		short_name: field<string>(uPath, i, e, 'short_name', str, 'a short name'),
		name_en: (e.name_en as string | null) ?? null,
		district_code: field<string>(uPath, i, e, 'district_code', (v) => typeof v === 'string' && codes.has(v), `one of the district codes in ${dPath}`),
		kind: field<UnitRow['kind']>(uPath, i, e, 'kind', (v) => v === '街道' || v === '镇' || v === '下属单位', '街道, 镇 or 下属单位'),
		parent_unit_id: field<string | null>(uPath, i, e, 'parent_unit_id', strOrNull, 'a unit_id or null') ?? null,
		aliases: field<string[]>(uPath, i, e, 'aliases', (v) => v === undefined || (Array.isArray(v) && v.every(str)), 'a list of names') ?? []
	}));
	const unitIds = new Set<string>();
	for (const u of units) {
		if (unitIds.has(u.unit_id)) throw new RegistryError(`${uPath}: unit_id ${u.unit_id} is listed twice`);
		unitIds.add(u.unit_id);
	}
	for (const u of units) {
		if (u.parent_unit_id && !unitIds.has(u.parent_unit_id)) {
			throw new RegistryError(`${uPath}: entry ${u.unit_id}: parent_unit_id ${u.parent_unit_id} is not a unit in this file`);
		}
		if (u.kind === '下属单位' && !u.parent_unit_id) {
			throw new RegistryError(`${uPath}: entry ${u.unit_id}: a 下属单位 needs a parent_unit_id`);
		}
	}

	const sources: SourceEntry[] = (await readJsonArray(sPath)).map((e, i) => {
		const s: SourceEntry = {
			doc_id: field<string>(sPath, i, e, 'doc_id', (v) => typeof v === 'string' && URL_SAFE.test(v), 'a URL-safe ASCII id'),
			file: field<string>(sPath, i, e, 'file', str, 'a path under data/'),
			unit_id: field<string>(sPath, i, e, 'unit_id', (v) => typeof v === 'string' && unitIds.has(v), `a unit_id listed in ${uPath}`),
			fiscal_year: field<number>(sPath, i, e, 'fiscal_year', (v) => Number.isInteger(v) && (v as number) >= 2000 && (v as number) <= 2100, 'a year such as 2022'),
			year_assumed: field<boolean>(sPath, i, e, 'year_assumed', (v) => typeof v === 'boolean', 'true or false'),
			year_basis: field<string>(sPath, i, e, 'year_basis', str, 'the basis of the year (where it is stated, or why it is assumed)'),
			kind: field<DocumentKind>(sPath, i, e, 'kind', (v) => (DOCUMENT_KINDS as readonly unknown[]).includes(v), DOCUMENT_KINDS.join(' | ')),
			title: (e.title as string | null) ?? null,
			url: (e.url as string | null) ?? null,
			note: (e.note as string | null) ?? null
		};
		return s;
	});
	const docIds = new Set<string>();
	const files = new Set<string>();
	for (const s of sources) {
		if (docIds.has(s.doc_id)) throw new RegistryError(`${sPath}: doc_id ${s.doc_id} is listed twice`);
		if (files.has(s.file)) throw new RegistryError(`${sPath}: file ${s.file} is listed twice`);
		docIds.add(s.doc_id);
		files.add(s.file);
	}
	return { districts, units, sources };
}
