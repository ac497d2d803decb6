// Row types of the sources pages (src/sql/queries/source*.sql).
export interface SourceDocumentRow {
	doc_id: string;
	unit_id: string;
	short_name: string;
	district_code: string | null;
	district_name: string | null;
	fiscal_year: number | null;
	year_assumed: boolean;
	kind: string;
	title: string | null;
	source_file: string;
	sha256: string;
	lines_total: number;
	lines_fact: number;
	lines_prose: number;
	lines_unparsed: number;
	flags: number;
}

export type LineClass = 'fact' | 'prose' | 'unparsed' | 'blank';

export interface SourceLineRow {
	line: number;
	text: string;
	class: LineClass;
	reason: string | null;
	/** Page of a PDF source; null for a text file. */
	page: number | null;
	flags: number;
}

export interface SourceFlagRow {
	source_line: number;
	severity: 'error' | 'warning' | 'info';
	code: string;
	message: string;
}
