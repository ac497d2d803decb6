// The curated registries in data/registry/: what a person knows about each
// document that the text may not say (sources.json), over the unit directory
// (the gazetteer completed by districts.json and units.json). Validated on
// load; every error names the file, the entry and the field.
import { join } from 'node:path';
import { DOCUMENT_KINDS, type DistrictRow, type DocumentKind } from '../types.ts';
import type { Gazetteer } from './gazetteer.ts';
import { field, readJsonArray, RegistryError, str } from './registry-file.ts';
import { loadUnitDirectory, type UnitEntry } from './unit-directory.ts';
import { URL_SAFE_ID } from './unit-id.ts';

export { RegistryError } from './registry-file.ts';
export type { UnitEntry } from './unit-directory.ts';

export interface SourceEntry {
	doc_id: string;
	/** Path under data/. */
	file: string;
	/** The unit, when the text does not name it or names it in a way that cannot be resolved; otherwise matched from the text. */
	unit_id: string | null;
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

export async function loadRegistry(dataDir: string, gazetteer?: Gazetteer): Promise<Registry> {
	const { districts, units } = await loadUnitDirectory(dataDir, gazetteer);
	const unitIds = new Set(units.map((u) => u.unit_id));
	const uPath = join(dataDir, 'registry', 'units.json');
	const sPath = join(dataDir, 'registry', 'sources.json');

	const sources: SourceEntry[] = (await readJsonArray(sPath)).map((e, i) => {
		const s: SourceEntry = {
			doc_id: field<string>(sPath, i, e, 'doc_id', (v) => typeof v === 'string' && URL_SAFE_ID.test(v), 'a URL-safe ASCII id'),
			file: field<string>(sPath, i, e, 'file', str, 'a path under data/'),
			unit_id: field<string | null>(sPath, i, e, 'unit_id', (v) => v === undefined || v === null || (typeof v === 'string' && unitIds.has(v)),
				`absent (the unit named in the text) or a unit_id of the gazetteer or ${uPath}`) ?? null,
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
