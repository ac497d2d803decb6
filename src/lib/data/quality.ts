// The /quality page's data: every quality flag, grouped by document and then
// by code, and the counts per severity and code (named queries quality-*.sql).
import { QUERIES } from '../query/queries.ts';
import type { QueryRunner } from '../query/types.ts';
import { SEVERITY_ORDER, type Severity } from '../i18n/flag-codes.ts';

export interface QualityFlagRow {
	flag_id: string;
	/** NULL for a file that was never published (unregistered, unreadable). */
	doc_id: string | null;
	source_file: string;
	/** NULL for a flag about the whole document. */
	source_line: number | null;
	severity: Severity;
	code: string;
	message: string;
	table_name: string | null;
	fiscal_year: number | null;
	doc_kind: string | null;
	doc_title: string | null;
	year_assumed: boolean;
	unit_id: string | null;
	short_name: string | null;
	unit_name: string | null;
	district_code: string | null;
	district_name: string | null;
}

export interface QualityCountRow {
	severity: Severity;
	code: string;
	flags: number;
	documents: number;
}

export interface CodeGroup {
	code: string;
	flags: QualityFlagRow[];
}

export interface DocumentGroup {
	/** doc_id, or the file of an unpublished one. */
	key: string;
	/** The first flag carries the document's columns (the same on every flag of it). */
	doc: QualityFlagRow;
	flags: number;
	codes: CodeGroup[];
}

/** Groups flags (already in page order, see quality-flags.sql) by document, then by code; keeps the order. */
export function groupFlags(rows: QualityFlagRow[]): DocumentGroup[] {
	const docs = new Map<string, DocumentGroup>();
	for (const r of rows) {
		const key = r.doc_id ?? r.source_file;
		let d = docs.get(key);
		if (!d) docs.set(key, (d = { key, doc: r, flags: 0, codes: [] }));
		d.flags++;
		let c = d.codes.find((g) => g.code === r.code);
		if (!c) d.codes.push((c = { code: r.code, flags: [] }));
		c.flags.push(r);
	}
	return [...docs.values()];
}

/** Flags per severity, every severity present (0 when none). */
export function countBySeverity(counts: QualityCountRow[]): Record<Severity, number> {
	const out = Object.fromEntries(SEVERITY_ORDER.map((s) => [s, 0])) as Record<Severity, number>;
	for (const c of counts) out[c.severity] = (out[c.severity] ?? 0) + c.flags;
	return out;
}

export async function loadQuality(db: QueryRunner) {
	const rows = await db.query<QualityFlagRow>(QUERIES.qualityFlags);
	const counts = await db.query<QualityCountRow>(QUERIES.qualityCounts);
	const [coverage] = await db.query<{ documents: number; documents_flagged: number }>(QUERIES.qualityCoverage);
	return { total: rows.length, ...coverage, bySeverity: countBySeverity(counts), counts, groups: groupFlags(rows) };
}
export type QualityData = Awaited<ReturnType<typeof loadQuality>>;
