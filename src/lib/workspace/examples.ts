// The curated example queries of the SQL workspace: one .sql file each in
// src/sql/examples/, ordered by file name, starting with `-- title: …` and
// an optional `-- …` description line. tests/pipeline/sql-examples.test.ts
// runs every one against the seeds; the e2e test runs them in the browser.

export interface ExampleQuery {
	/** File name without .sql, e.g. '01-execution-ranking'. */
	id: string;
	title: string;
	description: string;
	sql: string;
}

const files = import.meta.glob('../../sql/examples/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Title and description from the leading comment lines. */
export function parseExample(id: string, sql: string): ExampleQuery {
	const lines = sql.split('\n');
	const title = /^--\s*title:\s*(.+)$/.exec(lines[0] ?? '')?.[1].trim();
	if (!title) throw new Error(`example ${id} does not start with "-- title: …"`);
	const second = /^--\s*(.+)$/.exec(lines[1] ?? '')?.[1].trim() ?? '';
	return { id, title, description: second, sql: sql.trimEnd() + '\n' };
}

export const EXAMPLES: readonly ExampleQuery[] = Object.keys(files)
	.sort()
	.map((path) => parseExample(path.replace(/^.*\/|\.sql$/g, ''), files[path]));
