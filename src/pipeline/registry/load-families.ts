// The curated indicator families (data/registry/indicator-families.json):
// which indicators measure the same kind of thing across units. The rules
// are data, so a curator extends them without touching code; they are
// validated on load and every error names the file, the entry and the field.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { RegistryError } from './load-registry.ts';

export interface FamilyRule {
	/** Matched against the normalized indicator name (values/indicator-family.ts). */
	pattern: RegExp;
	/** A name that also matches this is not in the family by this rule. */
	unless: RegExp | null;
}

export interface IndicatorFamily {
	id: string;
	name_zh: string;
	name_en: string;
	description_zh: string;
	/** Any rule may admit a name; families are tried in file order, the first match wins. */
	rules: FamilyRule[];
}

/** Where the families live under a data folder. */
export const FAMILIES_FILE = join('registry', 'indicator-families.json');
/** The repository's own file: preview mode (no data folder) and the synthetic generator use it. */
export const DEFAULT_FAMILIES_PATH = resolve(import.meta.dirname, '../../../data', FAMILIES_FILE);

const ID = /^[a-z][a-z0-9_]*$/;
const FAMILY_FIELDS = new Set(['id', 'name_zh', 'name_en', 'description_zh', 'rules']);
const RULE_FIELDS = new Set(['pattern', 'unless']);

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function compile(path: string, entry: string, field: string, source: unknown): RegExp {
	if (!isText(source)) throw new RegistryError(`${path}: entry ${entry}: ${field} must be a regular expression (a non-empty string), got ${JSON.stringify(source)}`);
	try {
		return new RegExp(source, 'u');
	} catch (e) {
		throw new RegistryError(`${path}: entry ${entry}: ${field} ${JSON.stringify(source)} is not a valid regular expression (${(e as Error).message})`);
	}
}

/** Validates the file's text; `path` is only for the messages. */
export function parseFamilies(text: string, path: string): IndicatorFamily[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new RegistryError(`${path}: not valid JSON (${(e as Error).message})`);
	}
	if (!Array.isArray(data)) throw new RegistryError(`${path}: expected a JSON array of families`);
	const seen = new Set<string>();
	return data.map((raw: unknown, i) => {
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new RegistryError(`${path}: entry #${i + 1}: expected an object`);
		const e = raw as Record<string, unknown>;
		const entry = isText(e.id) ? e.id : `#${i + 1}`;
		const unknown = Object.keys(e).filter((k) => !FAMILY_FIELDS.has(k));
		if (unknown.length) throw new RegistryError(`${path}: entry ${entry}: unknown field ${unknown.map((k) => `"${k}"`).join(', ')} (allowed: ${[...FAMILY_FIELDS].join(', ')})`);
		if (typeof e.id !== 'string' || !ID.test(e.id)) throw new RegistryError(`${path}: entry ${entry}: field "id" must be a lower-case ASCII id (a-z, 0-9, _), got ${JSON.stringify(e.id)}`);
		if (seen.has(e.id)) throw new RegistryError(`${path}: entry ${entry}: id "${e.id}" is listed twice`);
		seen.add(e.id);
		for (const f of ['name_zh', 'name_en', 'description_zh'] as const) {
			if (!isText(e[f])) throw new RegistryError(`${path}: entry ${entry}: field "${f}" must be a non-empty string, got ${JSON.stringify(e[f])}`);
		}
		if (!Array.isArray(e.rules) || e.rules.length === 0) throw new RegistryError(`${path}: entry ${entry}: field "rules" must be a non-empty list of { pattern, unless? }`);
		const rules = e.rules.map((r: unknown, j): FamilyRule => {
			const at = `rules[${j}]`;
			if (typeof r !== 'object' || r === null || Array.isArray(r)) throw new RegistryError(`${path}: entry ${entry}: ${at} must be an object { pattern, unless? }`);
			const rule = r as Record<string, unknown>;
			const extra = Object.keys(rule).filter((k) => !RULE_FIELDS.has(k));
			if (extra.length) throw new RegistryError(`${path}: entry ${entry}: ${at}: unknown field ${extra.map((k) => `"${k}"`).join(', ')} (allowed: pattern, unless)`);
			return {
				pattern: compile(path, entry, `${at}.pattern`, rule.pattern),
				unless: rule.unless === undefined || rule.unless === null ? null : compile(path, entry, `${at}.unless`, rule.unless)
			};
		});
		return { id: e.id, name_zh: e.name_zh as string, name_en: e.name_en as string, description_zh: e.description_zh as string, rules };
	});
}

async function readText(path: string): Promise<string> {
	try {
		return await readFile(path, 'utf8');
	} catch {
		throw new RegistryError(`${path}: indicator family file is missing`);
	}
}

export async function loadFamilies(path: string = DEFAULT_FAMILIES_PATH): Promise<IndicatorFamily[]> {
	return parseFamilies(await readText(path), path);
}

/** For synchronous callers (the synthetic generator). */
export function loadFamiliesSync(path: string = DEFAULT_FAMILIES_PATH): IndicatorFamily[] {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new RegistryError(`${path}: indicator family file is missing`);
	}
	return parseFamilies(text, path);
}
