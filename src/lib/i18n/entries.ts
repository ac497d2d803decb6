// Prerender entries of a dynamic route in both languages: { unit_id } →
// [{ unit_id }, { lang: 'en', unit_id }] (Chinese has no path prefix).
export function inEveryLang<T extends Record<string, string>>(entries: T[]): Array<T & { lang?: string }> {
	return [...entries, ...entries.map((e) => ({ ...e, lang: 'en' }))];
}
