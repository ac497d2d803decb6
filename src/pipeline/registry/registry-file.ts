// Reading one registry file of data/registry/: a JSON array of entries whose
// fields are checked one by one, every error naming the file, the entry and the field.
import { readFile } from 'node:fs/promises';

export class RegistryError extends Error {}

export async function readJsonArray(path: string): Promise<Record<string, unknown>[]> {
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
	if (!Array.isArray(data) || !data.every((e) => typeof e === 'object' && e !== null && !Array.isArray(e))) {
		throw new RegistryError(`${path}: expected a JSON array of entries (objects)`);
	}
	return data as Record<string, unknown>[];
}

export function field<T>(path: string, i: number, e: Record<string, unknown>, name: string, check: (v: unknown) => boolean, want: string): T {
	const v = e[name];
	if (!check(v)) {
		const id = (e.unit_id ?? e.doc_id ?? e.division_code ?? e.district_code ?? `#${i + 1}`) as string;
		throw new RegistryError(`${path}: entry ${id}: field "${name}" must be ${want}, got ${JSON.stringify(v)}`);
	}
	return v as T;
}

export const str = (v: unknown) => typeof v === 'string' && v.trim() !== '';
export const strOrNull = (v: unknown) => v === null || v === undefined || str(v);
