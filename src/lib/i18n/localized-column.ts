// Sentences the SQL writes (why a figure is an outlier, what stands out) come
// in both languages from the same query: column `x` in Chinese and `x_en` in
// English. This picks the page's one; a row without the English column (an
// older dataset, an analyst's query) falls back to the Chinese text.
import { lang } from './i18n.ts';

export function localized<R extends object, K extends keyof R & string>(row: R, column: K): R[K] {
	if (lang() === 'en') {
		const en = (row as Record<string, unknown>)[`${column}_en`];
		if (en !== null && en !== undefined && en !== '') return en as R[K];
	}
	return row[column];
}
