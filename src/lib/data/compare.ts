// A comparison's data: two to six units or districts side by side, from the
// same named queries at build time (prerendered presets) and in the browser
// (any other choice). A district's figures come from district_year, the
// overview's own view, so the two pages can never disagree.
import { QUERIES } from '../query/queries.ts';
import type { QueryRunner } from '../query/types.ts';
import type { UnitBudget, UnitFlag, UnitTask } from './unit.ts';

export type EntityKind = 'unit' | 'district';

export interface EntityRef {
	kind: EntityKind;
	id: string;
}

export const MAX_ENTITIES = 6;

/** One unit or district the reader can choose (compare-entities.sql). */
export interface EntityOption {
	entity_kind: EntityKind;
	entity_id: string;
	label: string;
	district_code: string;
	district_name: string | null;
	parent_unit_id: string | null;
	documents: number;
}

/** One fiscal year of a unit or district (compare-years.sql). */
export interface CompareYear {
	fiscal_year: number;
	initial_budget_wan: number | null;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number | null;
	reported_execution_rate: number | null;
	adjustment_rate: number | null;
	reported_adjustment_rate: number | null;
	indicators_total: number;
	indicators_met: number;
	indicators_not_met: number;
	indicators_no_actual: number;
	attainment_rate: number | null;
	flags: number;
	units: number;
	units_with_budget: number;
	doc_id: string | null;
	source_line: number | null;
	doc_kinds: string | null;
}

/** Indicators of one year and family (compare-families.sql); family_id NULL: no family. */
export interface FamilyCount {
	fiscal_year: number;
	family_id: string | null;
	family_zh: string | null;
	family_en: string | null;
	sort_order: number | null;
	indicators: number;
	met: number;
	not_met: number;
	no_actual: number;
	attainment_rate: number | null;
}

/** One indicator of a family (compare-indicators.sql), units only. */
export interface FamilyIndicator {
	indicator_id: string;
	fiscal_year: number;
	family_id: string;
	name: string;
	target_text: string | null;
	actual_text: string | null;
	status: string;
	attainment: number | null;
	doc_id: string;
	source_line: number;
}

export interface CompareEntity {
	ref: EntityRef;
	label: string;
	district_code: string;
	district_name: string | null;
	years: CompareYear[];
	families: FamilyCount[];
	/** Units only: budgets by scope, tasks and projects, family indicators, flags. */
	budgets: UnitBudget[];
	tasks: UnitTask[];
	indicators: FamilyIndicator[];
	flagList: UnitFlag[];
}

export interface Comparison {
	entities: CompareEntity[];
	/** Ids in the request that name no unit or district. */
	unknown: EntityRef[];
	/** Ids past MAX_ENTITIES, left out. */
	dropped: EntityRef[];
	/** Every fiscal year any entity has, ascending. */
	years: number[];
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * `?units=hp-yonghe,th-yuancun&districts=440112` → refs, units first, in the
 * order written, duplicates removed. Ids that are not well-formed are kept
 * (and reported as unknown), never silently dropped.
 */
export function parseSelection(params: URLSearchParams): EntityRef[] {
	const refs: EntityRef[] = [];
	const seen = new Set<string>();
	for (const [param, kind] of [['units', 'unit'], ['districts', 'district']] as const) {
		for (const raw of params.getAll(param).flatMap((v) => v.split(','))) {
			const id = raw.trim();
			if (!id || seen.has(`${kind}:${id}`)) continue;
			seen.add(`${kind}:${id}`);
			refs.push({ kind, id });
		}
	}
	return refs;
}

/** The query string of a selection (`units=a,b&districts=c`), '' when empty. */
export function selectionSearch(refs: readonly EntityRef[]): string {
	const q = new URLSearchParams();
	const units = refs.filter((r) => r.kind === 'unit').map((r) => r.id);
	const districts = refs.filter((r) => r.kind === 'district').map((r) => r.id);
	if (units.length) q.set('units', units.join(','));
	if (districts.length) q.set('districts', districts.join(','));
	// Commas stay readable in the address bar.
	return q.toString().replace(/%2C/g, ',');
}

export async function loadEntityOptions(db: QueryRunner): Promise<EntityOption[]> {
	return db.query<EntityOption>(QUERIES.compareEntities);
}

export async function loadComparison(db: QueryRunner, refs: readonly EntityRef[], options: readonly EntityOption[]): Promise<Comparison> {
	const byKey = new Map(options.map((o) => [`${o.entity_kind}:${o.entity_id}`, o]));
	const known = refs.filter((r) => ID.test(r.id) && byKey.has(`${r.kind}:${r.id}`));
	const unknown = refs.filter((r) => !known.includes(r));
	const chosen = known.slice(0, MAX_ENTITIES);
	const entities: CompareEntity[] = [];
	for (const ref of chosen) {
		const o = byKey.get(`${ref.kind}:${ref.id}`)!;
		const p = ref.kind === 'unit' ? { unit_id: ref.id, district_code: null } : { unit_id: null, district_code: ref.id };
		const unitOnly = <T>(name: keyof typeof QUERIES) => (ref.kind === 'unit' ? db.query<T>(QUERIES[name], { unit_id: ref.id }) : Promise.resolve([] as T[]));
		entities.push({
			ref,
			label: o.label,
			district_code: o.district_code,
			district_name: o.district_name,
			years: await db.query<CompareYear>(QUERIES.compareYears, p),
			families: await db.query<FamilyCount>(QUERIES.compareFamilies, p),
			budgets: await unitOnly<UnitBudget>('unitBudgets'),
			tasks: await unitOnly<UnitTask>('unitTasks'),
			indicators: await unitOnly<FamilyIndicator>('compareIndicators'),
			flagList: await unitOnly<UnitFlag>('unitFlags')
		});
	}
	const years = [...new Set(entities.flatMap((e) => e.years.map((y) => y.fiscal_year)))].sort((a, b) => a - b);
	return { entities, unknown, dropped: known.slice(MAX_ENTITIES), years };
}

/** The prerendered comparisons the site links: a unit against its district. */
export function unitPreset(unit: EntityOption): EntityRef[] {
	return [
		{ kind: 'unit', id: unit.entity_id },
		{ kind: 'district', id: unit.district_code }
	];
}

/** …and a district's units: those with documents, most documents first, at most MAX_ENTITIES. */
export function districtPreset(code: string, options: readonly EntityOption[]): { refs: EntityRef[]; withDocuments: number } {
	const units = options
		.filter((o) => o.entity_kind === 'unit' && o.district_code === code && o.documents > 0)
		.sort((a, b) => b.documents - a.documents || (a.entity_id < b.entity_id ? -1 : 1));
	return { refs: units.slice(0, MAX_ENTITIES).map((o) => ({ kind: 'unit', id: o.entity_id })), withDocuments: units.length };
}

/** Why a figure is missing for an entity in a year: said in words beside the gap, never a blank that reads as zero. */
export type GapReason = 'no_documents' | 'targets_only' | 'no_unit_reported' | 'not_printed' | 'none_assessable';

const TARGET_KINDS = new Set(['target_declaration', 'project_targets']);

/**
 * `metric` says which kind of figure is asked: money and rates come from
 * self-evaluations, indicator counts from any document with indicators.
 */
export function gapReason(entity: CompareEntity, year: number, metric: 'budget' | 'indicators'): GapReason | null {
	const row = entity.years.find((y) => y.fiscal_year === year);
	if (!row) return 'no_documents';
	if (metric === 'budget') {
		if (row.execution_rate !== null || row.actual_spend_wan !== null) return null;
		if (entity.ref.kind === 'district' && row.units_with_budget === 0 && row.units > 0) return 'no_unit_reported';
		const kinds = (row.doc_kinds ?? '').split(',').filter(Boolean);
		if (kinds.length > 0 && kinds.every((k) => TARGET_KINDS.has(k))) return 'targets_only';
		return 'not_printed';
	}
	if (row.indicators_total === 0) return 'not_printed';
	return null;
}

/** Why an attainment rate is missing where indicators exist: none has both a target and an actual to judge. */
export function attainmentGap(row: CompareYear): GapReason | null {
	return row.attainment_rate === null && row.indicators_total > 0 ? 'none_assessable' : null;
}

/**
 * Families that at least one entity has in its year (`yearOf`: the chosen
 * year, or each one's own latest), in the registry's order, "no family" last.
 */
export function familiesOf(
	entities: readonly CompareEntity[],
	yearOf: (e: CompareEntity) => number | null
): { id: string | null; zh: string | null; en: string | null }[] {
	const seen = new Map<string | null, { id: string | null; zh: string | null; en: string | null; order: number }>();
	for (const e of entities)
		for (const f of e.families)
			if (f.fiscal_year === yearOf(e) && !seen.has(f.family_id))
				seen.set(f.family_id, { id: f.family_id, zh: f.family_zh, en: f.family_en, order: f.sort_order ?? Number.MAX_SAFE_INTEGER });
	return [...seen.values()].sort((a, b) => a.order - b.order).map(({ id, zh, en }) => ({ id, zh, en }));
}

/** A year, or each entity's own latest year with documents. */
export type YearChoice = number | 'latest';

export function rowFor(entity: CompareEntity, choice: YearChoice): CompareYear | null {
	if (choice === 'latest') return entity.years.at(-1) ?? null;
	return entity.years.find((y) => y.fiscal_year === choice) ?? null;
}

/** The latest year in which every entity has an execution rate; else each one's latest year. */
export function defaultYearChoice(c: Comparison): YearChoice {
	for (const year of [...c.years].reverse()) {
		if (c.entities.length > 0 && c.entities.every((e) => rowFor(e, year)?.execution_rate != null)) return year;
	}
	return 'latest';
}

/** The first and last year with an execution rate for at least two entities, for a slope chart; null if none. */
export function slopeYears(c: Comparison): { from: number; to: number } | null {
	const years = c.years.filter((y) => c.entities.filter((e) => rowFor(e, y)?.execution_rate != null).length >= 1);
	if (years.length < 2) return null;
	const from = years[0];
	const to = years[years.length - 1];
	const both = c.entities.filter((e) => rowFor(e, from)?.execution_rate != null && rowFor(e, to)?.execution_rate != null);
	return both.length ? { from, to } : null;
}
