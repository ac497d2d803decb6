// Who and when a document is about. Registered mode checks what the text says
// against the curated registries; preview mode has no registries and infers
// both from the text, flagging every inference.
import { createHash } from 'node:crypto';
import type { Registry, SourceEntry, UnitEntry } from './registry/load-registry.ts';
import { matchUnit, unitKey } from './registry/match-unit.ts';
import type { DistrictRow, DocumentKind, FlagFact, ParsedDocument, UnitRow } from './types.ts';
import { joinBrokenName } from './values/normalize-text.ts';

export interface DocContext {
	doc_id: string;
	unit_id: string;
	fiscal_year: number | null;
	year_assumed: boolean;
	year_basis: string | null;
	title: string | null;
	source_url: string | null;
	flags: FlagFact[];
}

export interface Resolver {
	/** The kind the source registry declares, if any. */
	declaredKind(file: string): DocumentKind | null;
	/** A fatal reason (the document is not ingested) or the document's context. */
	document(file: string, parsed: ParsedDocument): { error: string } | DocContext;
	/** The unit_id of a spending unit printed in a project table, or null if it is in no registry. */
	spendingUnit(printed: string): string | null;
	units(): UnitRow[];
	districts(): DistrictRow[];
}

const toRow = ({ aliases: _aliases, ...row }: UnitEntry): UnitRow => row;

export class RegistryResolver implements Resolver {
	constructor(
		private registry: Registry,
		private bySource: Map<string, SourceEntry>
	) {}

	declaredKind(file: string): DocumentKind | null {
		return this.bySource.get(file)?.kind ?? null;
	}

	document(file: string, parsed: ParsedDocument): { error: string } | DocContext {
		const src = this.bySource.get(file);
		if (!src) return { error: `${file} is not in data/registry/sources.json` };
		const flags: FlagFact[] = [];
		if (parsed.unit_name) {
			const found = matchUnit(parsed.unit_name, this.registry.units);
			if (!found) {
				return {
					error:
						`${file}:${parsed.unit_name_line ?? '?'}: unit "${joinBrokenName(parsed.unit_name)}" is in no registry. ` +
						`Add it to data/registry/units.json as {"unit_id": "<district>-<pinyin>", "name": "<official full name>", ` +
						`"short_name": "…街道", "name_en": "…", "district_code": "<6 digits, see districts.json>", "kind": "街道|镇|下属单位", ` +
						`"parent_unit_id": null, "aliases": []} and point the document's entry in sources.json at that unit_id.`
				};
			}
			if (found.unit_id !== src.unit_id) {
				flags.push({
					source_line: parsed.unit_name_line ?? null, severity: 'warning', code: 'unit_mismatch', table_name: 'documents',
					message: `the text names ${found.short_name} (${found.unit_id}) but the source registry says ${src.unit_id}`
				});
			}
		} else {
			flags.push({ source_line: null, severity: 'info', code: 'unit_not_stated', table_name: 'documents', message: `the text names no unit; ${src.unit_id} is taken from the source registry` });
		}
		if (parsed.fiscal_year !== null && parsed.fiscal_year !== src.fiscal_year) {
			flags.push({
				source_line: parsed.fiscal_year_line ?? null, severity: 'warning', code: 'year_mismatch', table_name: 'documents',
				message: `the text states fiscal year ${parsed.fiscal_year} but the source registry says ${src.fiscal_year}`
			});
		}
		if (src.year_assumed) {
			flags.push({
				source_line: null, severity: 'info', code: 'year_assumed', table_name: 'documents',
				message: `fiscal year ${src.fiscal_year} is an assumption: ${src.year_basis}`
			});
		}
		return {
			doc_id: src.doc_id, unit_id: src.unit_id, fiscal_year: src.fiscal_year, year_assumed: src.year_assumed,
			year_basis: src.year_basis, title: parsed.title ?? src.title, source_url: src.url, flags
		};
	}

	spendingUnit(printed: string): string | null {
		return matchUnit(printed, this.registry.units)?.unit_id ?? null;
	}

	units(): UnitRow[] {
		return this.registry.units.map(toRow);
	}

	districts(): DistrictRow[] {
		return this.registry.districts;
	}
}

const shortHash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 8);

/** ASCII slug of a file name for preview doc ids; a hash when nothing ASCII is left. */
export function previewDocId(file: string): string {
	const stem = file.split('/').pop()!.replace(/\.[^.]+$/, '');
	const slug = stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
	return slug.length >= 3 ? `preview-${slug}` : `preview-${shortHash(file)}`;
}

/** Short name of an inferred unit: the part after the district, e.g. 塘湖镇人民政府 → 塘湖镇. */
function inferShortName(name: string): string {
	const m = /([\u4e00-\u9fff]{1,6}?(?:街道|镇|乡))/.exec(name.replace(/.*(?:市|县|区)/, '')) ?? /([\u4e00-\u9fff]{2,8}(?:街道|镇|乡))/.exec(name);
	return m ? m[1] : name;
}

function inferKind(name: string): UnitRow['kind'] {
	if (/(?:中心|站|所|队)$/.test(name)) return '下属单位';
	return /镇|乡/.test(name) && !/街道/.test(name) ? '镇' : '街道';
}

export class PreviewResolver implements Resolver {
	private inferred = new Map<string, UnitRow>();

	declaredKind(): DocumentKind | null {
		return null;
	}

	document(file: string, parsed: ParsedDocument): DocContext {
		const doc_id = previewDocId(file);
		const flags: FlagFact[] = [];
		let unit_id: string;
		if (parsed.unit_name) {
			const name = joinBrokenName(parsed.unit_name);
			unit_id = this.infer(name);
			flags.push({ source_line: parsed.unit_name_line ?? null, severity: 'info', code: 'unit_inferred', table_name: 'documents', message: `unit inferred from the text: ${name} (not in a registry)` });
		} else {
			unit_id = `unknown-${doc_id.replace(/^preview-/, '')}`;
			this.inferred.set(unit_id, { unit_id, name: '(未识别单位)', short_name: '(未识别单位)', name_en: null, district_code: null, kind: '街道', parent_unit_id: null });
			flags.push({ source_line: null, severity: 'warning', code: 'unit_unknown', table_name: 'documents', message: 'the text names no unit that could be recognised' });
		}
		if (parsed.fiscal_year !== null) {
			flags.push({ source_line: parsed.fiscal_year_line ?? null, severity: 'info', code: 'year_inferred', table_name: 'documents', message: `fiscal year ${parsed.fiscal_year} inferred from the text` });
		} else {
			flags.push({ source_line: null, severity: 'warning', code: 'year_missing', table_name: 'documents', message: 'the text states no fiscal year; add the document to the source registry with its year' });
		}
		return {
			doc_id, unit_id, fiscal_year: parsed.fiscal_year, year_assumed: parsed.fiscal_year === null,
			year_basis: parsed.fiscal_year !== null ? 'inferred from the text (preview)' : null,
			title: parsed.title, source_url: null, flags
		};
	}

	private infer(name: string): string {
		const unit_id = `inferred-${shortHash(unitKey(name))}`;
		if (!this.inferred.has(unit_id)) {
			this.inferred.set(unit_id, { unit_id, name, short_name: inferShortName(name), name_en: null, district_code: null, kind: inferKind(name), parent_unit_id: null });
		}
		return unit_id;
	}

	spendingUnit(printed: string): string | null {
		return this.infer(joinBrokenName(printed));
	}

	units(): UnitRow[] {
		return [...this.inferred.values()];
	}

	districts(): DistrictRow[] {
		return [];
	}
}
