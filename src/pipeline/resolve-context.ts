// Who and when a document is about. The unit is matched from the text against
// the unit directory (every 街道 and 镇 of Guangzhou, plus registered sub-units)
// in both modes. Registered mode checks the text against the curated source
// registry, which overrides it; preview mode has no source registry and infers
// the year from the text, flagging every inference.
import { createHash } from 'node:crypto';
import type { Registry, SourceEntry } from './registry/load-registry.ts';
import { describeUnit, districtMentions, indexUnits, matchUnit, unitKey, type UnitIndex, type UnitMatch } from './registry/match-unit.ts';
import type { UnitDirectory, UnitEntry } from './registry/unit-directory.ts';
import type { DistrictRow, DocumentKind, FlagFact, ParsedDocument, SourceLine, UnitRow } from './types.ts';
import { joinBrokenName, normalizeSpace } from './values/normalize-text.ts';

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

/** Why a document is not ingested: an unknown unit, or a name that fits several units (`ambiguous`). */
export interface ContextError {
	error: string;
	ambiguous?: boolean;
}

/** A spending unit of a project table: its unit, or the error flag saying why it has none. */
export type SpendingUnit = { unit_id: string } | { unit_id: null; flag: FlagFact };

export interface Resolver {
	/** The kind the source registry declares, if any. */
	declaredKind(file: string): DocumentKind | null;
	/** A fatal reason (the document is not ingested) or the document's context. */
	document(file: string, parsed: ParsedDocument, lines: readonly SourceLine[]): ContextError | DocContext;
	/** The unit of a spending unit printed in a project table of a document of `docUnitId`. */
	spendingUnit(printed: string, docUnitId: string): SpendingUnit;
	units(): UnitRow[];
	districts(): DistrictRow[];
}

const toRow = ({ aliases: _aliases, ...row }: UnitEntry): UnitRow => row;

/** What a person can do about a name that fits no unit. */
const UNKNOWN_HELP =
	'It is not a 街道 or 镇 of Guangzhou in the gazetteer (2023 NBS codes) nor a unit of data/registry/units.json. ' +
	'If it is an old or other name of a 街道 or 镇, add it to that township\'s entry: {"division_code": "<9 digits>", "aliases": ["<the name as printed>"]}; ' +
	'if it is a sub-unit, add {"unit_id": "<parent id>-<pinyin>", "name": "<official full name>", "short_name": "…", "name_en": "…", "kind": "下属单位", "parent_unit_id": "<parent id>", "aliases": []}.';

/** Matching a document's unit and its spending units against the unit directory. */
class UnitMatcher {
	readonly index: UnitIndex;
	readonly byId: Map<string, UnitEntry>;
	constructor(directory: Pick<UnitDirectory, 'units' | 'districts'>) {
		this.index = indexUnits(directory.units, directory.districts);
		this.byId = new Map(directory.units.map((u) => [u.unit_id, u]));
	}

	document(parsed: ParsedDocument, lines: readonly SourceLine[]): UnitMatch | null {
		if (!parsed.unit_name) return null;
		const titleLine = parsed.title ? (lines.find((l) => normalizeSpace(l.text) === normalizeSpace(parsed.title!))?.number ?? null) : null;
		const mentions = districtMentions(this.index, parsed.title ? { text: parsed.title, line: titleLine } : null, lines);
		return matchUnit(joinBrokenName(parsed.unit_name), this.index, mentions);
	}

	/** Spending units are decided by the district of the document's unit. */
	spending(printed: string, docUnitId: string): SpendingUnit {
		const district = this.byId.get(docUnitId)?.district_code;
		const m = matchUnit(joinBrokenName(printed), this.index, district ? [{ district_code: district, line: null, in_title: true }] : []);
		if (m.status === 'matched') return { unit_id: m.unit.unit_id };
		if (m.status === 'unknown') {
			return { unit_id: null, flag: { source_line: null, severity: 'error', code: 'unknown_unit', table_name: 'tasks', message: `spending unit "${printed}" is in no registry. ${UNKNOWN_HELP}` } };
		}
		return { unit_id: null, flag: { source_line: null, severity: 'error', code: 'ambiguous_unit', table_name: 'tasks', message: `spending unit ${m.message}` } };
	}

	describe(u: UnitEntry): string {
		return describeUnit(u, this.index);
	}
}

export class RegistryResolver implements Resolver {
	private matcher: UnitMatcher;
	constructor(
		private registry: Registry,
		private bySource: Map<string, SourceEntry>
	) {
		this.matcher = new UnitMatcher(registry);
	}

	declaredKind(file: string): DocumentKind | null {
		return this.bySource.get(file)?.kind ?? null;
	}

	document(file: string, parsed: ParsedDocument, lines: readonly SourceLine[]): ContextError | DocContext {
		const src = this.bySource.get(file);
		if (!src) return { error: `${file} is not in data/registry/sources.json` };
		const flags: FlagFact[] = [];
		const at = `${file}:${parsed.unit_name_line ?? '?'}`;
		const m = this.matcher.document(parsed, lines);
		let unit_id = src.unit_id;
		const mismatch = (message: string) =>
			flags.push({ source_line: parsed.unit_name_line ?? null, severity: 'warning', code: 'unit_mismatch', table_name: 'documents', message });
		if (m === null) {
			if (!unit_id) return { error: `${file}: the text names no unit: add "unit_id" to the document's entry in data/registry/sources.json` };
			flags.push({ source_line: null, severity: 'info', code: 'unit_not_stated', table_name: 'documents', message: `the text names no unit; ${unit_id} is taken from the source registry` });
		} else if (m.status === 'unknown') {
			return { error: `${at}: unit "${joinBrokenName(parsed.unit_name!)}" is in no registry. ${UNKNOWN_HELP}` };
		} else if (m.status === 'matched') {
			if (unit_id && m.unit.unit_id !== unit_id) mismatch(`the text names ${this.matcher.describe(m.unit)} but the source registry says ${unit_id}`);
			unit_id ??= m.unit.unit_id;
		} else if (!unit_id) {
			return { error: `${at}: ${m.message}. Add "unit_id" to the document's entry in data/registry/sources.json to say which.`, ambiguous: true };
		} else if (m.status === 'conflict' || !m.candidates.some((u) => u.unit_id === unit_id)) {
			// The registry decides between namesakes silently, but not against the text.
			mismatch(`${m.message}; the source registry says ${unit_id}`);
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
			doc_id: src.doc_id, unit_id: unit_id!, fiscal_year: src.fiscal_year, year_assumed: src.year_assumed,
			year_basis: src.year_basis, title: parsed.title ?? src.title, source_url: src.url, flags
		};
	}

	spendingUnit(printed: string, docUnitId: string): SpendingUnit {
		return this.matcher.spending(printed, docUnitId);
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

/**
 * Preview: units matched against the repository's unit directory (the same
 * ids as the published site), a name it does not know inferred from the text;
 * all of Guangzhou's units are published, plus the inferred ones.
 */
export class PreviewResolver implements Resolver {
	private inferred = new Map<string, UnitRow>();
	private matcher: UnitMatcher;

	constructor(private directory: Pick<UnitDirectory, 'units' | 'districts'>) {
		this.matcher = new UnitMatcher(directory);
	}

	declaredKind(): DocumentKind | null {
		return null;
	}

	document(file: string, parsed: ParsedDocument, lines: readonly SourceLine[]): ContextError | DocContext {
		const doc_id = previewDocId(file);
		const flags: FlagFact[] = [];
		let unit_id: string;
		const m = this.matcher.document(parsed, lines);
		const line = parsed.unit_name_line ?? null;
		if (m?.status === 'matched') {
			unit_id = m.unit.unit_id;
			const by = m.decidedBy ? `; the district from ${m.decidedBy.in_title ? 'the title' : 'the text'}${m.decidedBy.line ? ` (line ${m.decidedBy.line})` : ''}` : '';
			flags.push({ source_line: line, severity: 'info', code: 'unit_matched', table_name: 'documents', message: `unit matched from the text: ${this.matcher.describe(m.unit)}${by}` });
		} else if (m?.status === 'ambiguous' || m?.status === 'conflict') {
			return { error: `${file}:${line ?? '?'}: ${m.message}. Add the district to the name, or register the document with its unit_id.`, ambiguous: true };
		} else if (parsed.unit_name) {
			const name = joinBrokenName(parsed.unit_name);
			unit_id = this.infer(name);
			flags.push({ source_line: line, severity: 'info', code: 'unit_inferred', table_name: 'documents', message: `unit inferred from the text: ${name} (not in a registry)` });
		} else {
			unit_id = `unknown-${doc_id.replace(/^preview-/, '')}`;
			this.inferred.set(unit_id, { unit_id, name: '(未识别单位)', short_name: '(未识别单位)', name_en: null, district_code: null, division_code: null, kind: '街道', parent_unit_id: null });
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
			this.inferred.set(unit_id, { unit_id, name, short_name: inferShortName(name), name_en: null, district_code: null, division_code: null, kind: inferKind(name), parent_unit_id: null });
		}
		return unit_id;
	}

	spendingUnit(printed: string, docUnitId: string): SpendingUnit {
		const known = this.matcher.spending(printed, docUnitId);
		if (known.unit_id !== null || known.flag.code === 'ambiguous_unit') return known;
		return { unit_id: this.infer(joinBrokenName(printed)) };
	}

	units(): UnitRow[] {
		return [...this.directory.units.map(toRow), ...this.inferred.values()];
	}

	districts(): DistrictRow[] {
		return this.directory.districts;
	}
}
