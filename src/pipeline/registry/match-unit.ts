// Which unit a name printed in a document refers to, among all of Guangzhou's
// townships and the registered sub-units. The administrative wrapping around
// the name (广州市, the district, 人民政府, 办事处) is set aside and what is left
// is compared with every form of every unit's name. A name that fits several
// units (新塘 is a 街道 of 天河区 and a 镇 of 增城区) is decided by the district
// the text names, and otherwise reported with its candidates, never guessed.
import type { DistrictRow } from '../types.ts';
import { toHalfWidth } from '../values/normalize-text.ts';
import type { UnitEntry } from './unit-directory.ts';
import { baseName } from './unit-id.ts';

/** Canonical key: no spaces, half-width, without 人民政府 (printed in some names and not in others). */
export function unitKey(name: string): string {
	return toHalfWidth(name).replace(/[\s\u3000]/g, '').replace(/人民政府/g, '');
}

export interface UnitIndex {
	/** Core form → the units that have it. */
	byCore: Map<string, UnitEntry[]>;
	/** District name (天河区) → code. */
	districtCodes: Map<string, string>;
	districtNames: Map<string, string>;
}

/** A district the text names, and where. */
export interface DistrictMention {
	district_code: string;
	line: number | null;
	in_title: boolean;
}

export type UnitMatch =
	| { status: 'matched'; unit: UnitEntry; /** The mention that decided between namesakes, if one had to. */ decidedBy: DistrictMention | null }
	| { status: 'ambiguous' | 'conflict'; candidates: UnitEntry[]; message: string }
	| { status: 'unknown' };

// The city and the development zone printed beside the district (黄埔区广州开发区).
const WRAPPING = /广州市|广州开发区|开发区/g;

// (本级) / (汇总): the office itself or with its sub-units, as budget tables label a unit's columns.
const SCOPE_SUFFIX = /\((?:本级|单位本级|汇总|部门汇总)\)$/;

/** The name without its administrative wrapping, and the districts it names. */
function core(key: string, districtCodes: Map<string, string>): { core: string; districts: string[] } {
	const districts: string[] = [];
	let k = key.replace(WRAPPING, '');
	for (const [name, code] of districtCodes) {
		if (k.includes(name)) {
			districts.push(code);
			k = k.split(name).join('');
		}
	}
	return { core: k.replace(SCOPE_SUFFIX, '').replace(/办事处$/, ''), districts };
}

export function indexUnits(units: readonly UnitEntry[], districts: readonly Pick<DistrictRow, 'district_code' | 'name'>[]): UnitIndex {
	const districtCodes = new Map(districts.map((d) => [d.name, d.district_code]));
	const byCore = new Map<string, UnitEntry[]>();
	for (const u of units) {
		const forms = new Set([u.name, u.short_name, ...u.aliases].map((n) => core(unitKey(n), districtCodes).core));
		if (u.kind !== '下属单位') {
			// 永和, and for a street office the 永和街 of running text.
			forms.add(baseName(u.short_name));
			if (u.kind === '街道') forms.add(`${baseName(u.short_name)}街`);
		}
		for (const f of forms) {
			if (f.length < 2) continue;
			const list = byCore.get(f) ?? [];
			if (!list.includes(u)) list.push(u);
			byCore.set(f, list);
		}
	}
	return { byCore, districtCodes, districtNames: new Map(districts.map((d) => [d.district_code, d.name])) };
}

/** 新塘街道 (天河区, 440106022, th-xintang) */
export function describeUnit(u: UnitEntry, index: UnitIndex): string {
	const where = [index.districtNames.get(u.district_code ?? '') ?? u.district_code, u.division_code].filter(Boolean).join(', ');
	return `${u.short_name} (${where ? `${where}, ` : ''}${u.unit_id})`;
}

/**
 * The unit a printed name refers to. `mentions` are the districts the rest of
 * the text names (title first): they only decide between namesakes, a district
 * printed in the name itself always counts.
 */
export function matchUnit(printed: string, index: UnitIndex, mentions: readonly DistrictMention[] = []): UnitMatch {
	const { core: c, districts } = core(unitKey(printed), index.districtCodes);
	const candidates = index.byCore.get(c) ?? [];
	if (candidates.length === 0) return { status: 'unknown' };
	const list = () => candidates.map((u) => describeUnit(u, index)).join(' or ');
	if (districts.length > 0) {
		const inNamed = candidates.filter((u) => districts.includes(u.district_code ?? ''));
		if (inNamed.length === 1) return { status: 'matched', unit: inNamed[0], decidedBy: null };
		const named = districts.map((d) => index.districtNames.get(d)).join('、');
		if (inNamed.length === 0) {
			return { status: 'conflict', candidates, message: `"${printed}" names ${named}, but ${list()} is not in ${named}` };
		}
		return { status: 'ambiguous', candidates: inNamed, message: `"${printed}" could be ${inNamed.map((u) => describeUnit(u, index)).join(' or ')}` };
	}
	if (candidates.length === 1) return { status: 'matched', unit: candidates[0], decidedBy: null };
	// The title's districts first; the body's only when the title tells nothing.
	const fits = (m: DistrictMention) => candidates.some((u) => u.district_code === m.district_code);
	const inTitle = mentions.filter((m) => m.in_title && fits(m));
	const decisive = inTitle.length > 0 ? inTitle : mentions.filter(fits);
	const decided = new Set(decisive.map((m) => m.district_code));
	if (decided.size === 1) {
		return { status: 'matched', unit: candidates.find((u) => decided.has(u.district_code ?? ''))!, decidedBy: decisive[0] };
	}
	const why = decided.size === 0 ? 'and the text names no district that tells them apart' : `and the text names ${[...decided].map((d) => index.districtNames.get(d)).join(' and ')}`;
	return { status: 'ambiguous', candidates, message: `"${printed}" could be ${list()}, ${why}` };
}

/** The districts a document names: each district of the title, and the first line of the body naming each district. */
export function districtMentions(index: UnitIndex, title: { text: string; line: number | null } | null, lines: readonly { number: number; text: string }[]): DistrictMention[] {
	const out: DistrictMention[] = [];
	const scan = (text: string, line: number | null, in_title: boolean) => {
		const key = unitKey(text);
		for (const [name, code] of index.districtCodes) {
			if (key.includes(name) && !out.some((m) => m.district_code === code && m.in_title === in_title)) out.push({ district_code: code, line, in_title });
		}
	};
	if (title) scan(title.text, title.line, true);
	for (const l of lines) scan(l.text, l.number, false);
	return out;
}
