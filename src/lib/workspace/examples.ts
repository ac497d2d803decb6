// The curated example queries of the SQL workspace: one .sql file each in
// src/sql/examples/, ordered by file name, starting with `-- title: …` and
// an optional `-- …` description line (Chinese), then optionally
// `-- title_en: …` and `-- description_en: …` for English pages.
// tests/pipeline/sql-examples.test.ts runs every one against the seeds; the
// e2e test runs them in the browser.
import { lang } from '../i18n/i18n.ts';

export interface ExampleQuery {
	/** File name without .sql, e.g. '01-execution-ranking'. */
	id: string;
	title: string;
	description: string;
	/** The file without its English header lines. */
	sql: string;
	/** English title and description; absent in a file without them. */
	title_en?: string;
	description_en?: string;
}

const files = import.meta.glob('../../sql/examples/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const EN_LINE = /^--\s*(title_en|description_en):\s*(.*)$/;

/** Title and description from the leading comment lines. */
export function parseExample(id: string, sql: string): ExampleQuery {
	const all = sql.split('\n');
	const title = /^--\s*title:\s*(.+)$/.exec(all[0] ?? '')?.[1].trim();
	if (!title) throw new Error(`example ${id} does not start with "-- title: …"`);
	// English header lines among the leading comments; the Chinese text goes without them.
	const en: Record<string, string> = {};
	const lines: string[] = [];
	let header = true;
	for (const line of all) {
		header &&= line.startsWith('--');
		const m = header ? EN_LINE.exec(line) : null;
		if (m) en[m[1]] = m[2].trim();
		else lines.push(line);
	}
	const second = /^--\s*(.+)$/.exec(lines[1] ?? '')?.[1].trim() ?? '';
	return {
		id,
		title,
		description: second,
		sql: lines.join('\n').trimEnd() + '\n',
		...(en.title_en ? { title_en: en.title_en } : {}),
		...(en.description_en ? { description_en: en.description_en } : {})
	};
}

export const EXAMPLES: readonly ExampleQuery[] = Object.keys(files)
	.sort()
	.map((path) => parseExample(path.replace(/^.*\/|\.sql$/g, ''), files[path]));

/**
 * An example in the page's language: on English pages the English title and
 * description, also as the comment lines heading the SQL (the query itself is
 * the same; its data values, such as '%满意%', stay as the data has them).
 */
export function localizedExample(ex: ExampleQuery): { title: string; description: string; sql: string } {
	if (lang() !== 'en' || !ex.title_en) return { title: ex.title, description: ex.description, sql: ex.sql };
	const description = ex.description_en ?? '';
	const lines = ex.sql.split('\n');
	// drop the Chinese title and description lines
	const body = lines.slice(ex.description && /^--/.test(lines[1] ?? '') ? 2 : 1).join('\n');
	const head = [`-- title: ${ex.title_en}`, ...(description ? [`-- ${description}`] : [])].join('\n');
	return { title: ex.title_en, description, sql: `${head}\n${body}` };
}
