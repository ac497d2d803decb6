// The ingest report: what became of every document and every line, in
// Markdown a curator can read (data/ingest-report.md).
import type { DocumentOutcome } from './ingest.ts';
import type { Dataset, QualityFlagRow } from './types.ts';
import type { Manifest } from './write-dataset.ts';

const cell = (s: string | number | null | undefined, max = 120): string => {
	const t = String(s ?? '—').replace(/\s+/g, ' ').trim();
	return (t.length > max ? t.slice(0, max) + '…' : t).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
};
const money = (x: number | null) => (x === null ? '—' : x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 }));
const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);

/**
 * Rows a table of one document lists: a 300,000-line text of nothing readable
 * would otherwise make a report nobody can open. The rest are counted, and all
 * of them are in the published quality_flags table.
 */
export const REPORT_ROWS_PER_DOCUMENT = 1000;

const more = (n: number, what: string) =>
	n > REPORT_ROWS_PER_DOCUMENT ? [`… and ${n - REPORT_ROWS_PER_DOCUMENT} more ${what} (all of them are in quality_flags).`, ''] : [''];

function flagsTable(out: string[], flags: QualityFlagRow[]): void {
	if (!flags.length) {
		out.push('No quality flags.', '');
		return;
	}
	out.push('| line | severity | code | message |', '|---:|---|---|---|');
	for (const f of flags.slice(0, REPORT_ROWS_PER_DOCUMENT)) out.push(`| ${f.source_line ?? '—'} | ${f.severity} | ${f.code} | ${cell(f.message, 300)} |`);
	for (const l of more(flags.length, 'flags')) out.push(l);
}

/** How many indicators the curated families cover, per family, and the names left out (to extend the rules). */
export function familiesSection(dataset: Pick<Dataset, 'indicators' | 'indicator_families'>): string[] {
	const total = dataset.indicators.length;
	const withFamily = dataset.indicators.filter((i) => i.family !== null).length;
	const share = total ? `${((withFamily / total) * 100).toFixed(1)}%` : '—';
	const out = [
		'## Indicator families',
		'',
		`${withFamily} of ${total} indicators (${share}) fall into one of the ${dataset.indicator_families.length} families of data/registry/indicator-families.json.`,
		'',
		'| family | name | indicators | distinct names |',
		'|---|---|---:|---:|'
	];
	for (const f of dataset.indicator_families) {
		const rows = dataset.indicators.filter((i) => i.family === f.id);
		out.push(`| ${f.id} | ${cell(f.name_zh)} | ${rows.length} | ${new Set(rows.map((i) => i.name)).size} |`);
	}
	const left = new Map<string, number>();
	for (const i of dataset.indicators) if (i.family === null) left.set(i.name, (left.get(i.name) ?? 0) + 1);
	out.push(`| — | no family | ${total - withFamily} | ${left.size} |`, '');
	if (left.size) {
		const names = [...left].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
		out.push(`Names without a family: ${names.map(([n, k]) => (k > 1 ? `${cell(n, 60)} (${k})` : cell(n, 60))).join('; ')}`, '');
	}
	return out;
}

export function renderReport(input: { outcomes: DocumentOutcome[]; notes: { file: string; reason: string }[]; dataset: Dataset; manifest: Manifest; mode: string; millis: number }): string {
	const { outcomes, dataset, manifest } = input;
	const lines: string[] = [];
	const total = outcomes.reduce(
		(a, o) => ({ t: a.t + o.counts.total, f: a.f + o.counts.fact, p: a.p + o.counts.prose, u: a.u + o.counts.unparsed }),
		{ t: 0, f: 0, p: 0, u: 0 }
	);
	const sev = (s: string) => dataset.quality_flags.filter((f) => f.severity === s).length;
	lines.push(
		'# Ingest report',
		'',
		`Mode: ${input.mode}. Dataset version ${manifest.dataset_version}, built ${manifest.build_time} in ${(input.millis / 1000).toFixed(2)} s.`,
		'Every non-blank line of every document is counted once as fact (it produced data), prose (text or table headers with no figures) or unparsed (listed below with the reason).',
		'',
		`Documents: ${outcomes.length} (${outcomes.filter((o) => o.error).length} not ingested). Lines: ${total.t} = ${total.f} fact + ${total.p} prose + ${total.u} unparsed. ` +
			`Quality flags: ${sev('error')} error, ${sev('warning')} warning, ${sev('info')} info.`,
		'',
		'| table | rows |',
		'|---|---:|',
		...manifest.tables.map((t) => `| ${t.name} | ${t.rows} |`),
		'',
		'| file | doc_id | unit | year | kind | lines | fact | prose | unparsed | indicators | flags |',
		'|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|'
	);
	for (const o of outcomes) {
		lines.push(
			`| ${cell(o.file)} | ${o.doc_id ?? '—'} | ${o.unit_id ?? '—'} | ${o.fiscal_year ?? '—'} | ${o.kind ?? (o.error ? 'not ingested' : 'unknown')} | ` +
				`${o.counts.total} | ${o.counts.fact} | ${o.counts.prose} | ${o.counts.unparsed} | ${o.rows.indicators} | ${o.flags.length} |`
		);
	}
	lines.push('');
	if (input.notes.length) {
		lines.push('## Not documents', '', 'Entries of the source folder that are neither read nor flagged:', '', '| entry | why |', '|---|---|');
		for (const n of input.notes) lines.push(`| ${cell(n.file)} | ${cell(n.reason, 300)} |`);
		lines.push('');
	}
	for (const l of familiesSection(dataset)) lines.push(l);
	for (const o of outcomes) {
		lines.push(`## ${o.file}`, '');
		if (o.error && !o.doc_id) {
			lines.push(`**Not ingested:** ${cell(o.error, 1000)}`, '');
			flagsTable(lines, dataset.quality_flags.filter((f) => f.source_file === o.file));
			continue;
		}
		lines.push(
			`- doc_id \`${o.doc_id}\`, unit \`${o.unit_id}\`, fiscal year ${o.fiscal_year ?? 'unknown'}`,
			`- kind: ${o.kind ?? 'unknown'} (${cell(o.kind_reason, 300)})`,
			`- lines: ${o.counts.total} = ${o.counts.fact} fact + ${o.counts.prose} prose + ${o.counts.unparsed} unparsed`,
			`- rows: ${Object.entries(o.rows).map(([k, v]) => `${k} ${v}`).join(', ')}`,
			''
		);
		if (o.budgets.length) {
			lines.push('| scope | initial | adjusted | actual | printed rate | line |', '|---|---:|---:|---:|---:|---:|');
			for (const b of o.budgets) {
				lines.push(`| ${b.scope} | ${money(b.initial_budget_wan)} | ${money(b.adjusted_budget_wan)} | ${money(b.actual_spend_wan)} | ${pct(b.reported_execution_rate)} | ${b.source_line} |`);
			}
			lines.push('');
		}
		if (o.unparsed.length) {
			lines.push('Unparsed lines:', '', '| line | reason | text |', '|---:|---|---|');
			for (const u of o.unparsed.slice(0, REPORT_ROWS_PER_DOCUMENT)) lines.push(`| ${u.line} | ${cell(u.reason, 200)} | ${cell(u.text, 80)} |`);
			for (const l of more(o.unparsed.length, 'unparsed lines')) lines.push(l);
		}
		lines.push('Quality flags:', '');
		flagsTable(lines, o.flags);
	}
	return lines.join('\n') + '\n';
}
