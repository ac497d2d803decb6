// Which family an indicator belongs to, from its name alone: the rules are
// the curated data of data/registry/indicator-families.json (loaded and
// validated by registry/load-families.ts), tried in order, first match wins.
import type { IndicatorFamily } from '../registry/load-families.ts';
import type { IndicatorFamilyRow } from '../types.ts';
import { toHalfWidth } from './normalize-text.ts';

/**
 * The name the rules see: half-width, without any whitespace (PDF extraction
 * breaks names anywhere) and without a trailing "(%)" unit, so `$` anchors
 * work on "服务对象满意度(%)" as on "服务对象满意度".
 */
export function normalizeIndicatorName(name: string): string {
	return toHalfWidth(name)
		.replace(/\s+/g, '')
		.replace(/\(%\)$/, '');
}

/** The id of the first family with a rule admitting the name, or null. */
export function familyOf(name: string, families: readonly IndicatorFamily[]): string | null {
	const n = normalizeIndicatorName(name);
	for (const f of families) {
		for (const r of f.rules) {
			if (r.pattern.test(n) && !(r.unless && r.unless.test(n))) return f.id;
		}
	}
	return null;
}

/** The published indicator_families rows: the curated list in its order, rules as written. */
export function familyRows(families: readonly IndicatorFamily[]): IndicatorFamilyRow[] {
	return families.map((f, i) => ({
		id: f.id,
		name_zh: f.name_zh,
		name_en: f.name_en,
		description_zh: f.description_zh,
		rules: f.rules.map((r) => r.pattern.source + (r.unless ? `（除外：${r.unless.source}）` : '')).join('；'),
		sort_order: i + 1
	}));
}
