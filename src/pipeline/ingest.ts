// Documents → dataset rows: read, recognise the kind, parse, resolve unit and
// year, read values, validate. One document's failure never stops the others,
// and every failure is kept as an error flag naming the file and line.
import { join } from 'node:path';
import { LineLedger } from './documents/line-ledger.ts';
import { sourceFileKind } from './documents/source-file-kind.ts';
import { listSourceFolder, openSourceFile } from './documents/source-folder.ts';
import { extractBudgetFigures } from './kinds/budget-figures.ts';
import { detectKind } from './kinds/detect-kind.ts';
import { parseProjectSelfEvaluation } from './kinds/project-self-evaluation.ts';
import { parseProjectTargets } from './kinds/project-targets.ts';
import { parseSelfEvaluationForm } from './kinds/self-evaluation-form.ts';
import { parseSelfEvaluationReport } from './kinds/self-evaluation-report.ts';
import { parseTargetDeclaration } from './kinds/target-declaration.ts';
import type { IndicatorFamily } from './registry/load-families.ts';
import type { Registry } from './registry/load-registry.ts';
import type { UnitDirectory } from './registry/unit-directory.ts';
import { PreviewResolver, RegistryResolver, type DocContext, type Resolver } from './resolve-context.ts';
import type {
	BudgetRow, Dataset, DocumentKind, DocumentRow, FlagFact, IndicatorRow, ParsedDocument,
	QualityFlagRow, ScoreRow, SourceLine, TaskRow, BudgetLineRow
} from './types.ts';
import { assessIndicator } from './values/attainment.ts';
import { familyOf, familyRows } from './values/indicator-family.ts';
import { checkCompositionTotals, checkProjectTotals, checkSpendingAgainstExecution } from './validate/sum-checks.ts';
import { checkTruncation } from './validate/truncation.ts';

const PARSERS: Record<DocumentKind, (lines: SourceLine[], ledger: LineLedger) => ParsedDocument> = {
	target_declaration: parseTargetDeclaration,
	self_evaluation_form: parseSelfEvaluationForm,
	self_evaluation_report: parseSelfEvaluationReport,
	project_targets: parseProjectTargets,
	project_self_evaluation: parseProjectSelfEvaluation
};

export interface DocumentOutcome {
	/** Path relative to the data folder (registered) or the input folder (preview). */
	file: string;
	doc_id: string | null;
	unit_id: string | null;
	fiscal_year: number | null;
	kind: DocumentKind | null;
	kind_reason: string;
	/** Why the document was not ingested, or null. */
	error: string | null;
	counts: { total: number; fact: number; prose: number; unparsed: number };
	unparsed: { line: number; text: string; reason: string }[];
	rows: Record<'budgets' | 'budget_lines' | 'tasks' | 'indicators' | 'scores', number>;
	flags: QualityFlagRow[];
	/** Budget execution figures, for the report. */
	budgets: BudgetRow[];
	/** Decimals of printed rates per budget_id, for the rate check. */
	rate_decimals: Map<string, { execution: number | null; adjustment: number | null }>;
}

export interface IngestResult {
	dataset: Dataset;
	outcomes: DocumentOutcome[];
	/** Entries of the source folder that are not documents (hidden files, folders named like documents), with why. */
	notes: { file: string; reason: string }[];
}

const emptyDataset = (): Dataset => ({
	districts: [], units: [], documents: [], budgets: [], budget_lines: [], tasks: [], indicators: [], scores: [], quality_flags: [], indicator_families: [], source_lines: []
});

// For a document of unknown kind: no parser ran, only the generic budget figures.
const emptyParse = (): ParsedDocument => ({
	kind: 'self_evaluation_report', title: null, unit_name: null, fiscal_year: null, budgets: [], budget_lines: [], tasks: [], indicators: [], scores: [], flags: []
});

/** Registered mode: every document of data/registry/sources.json, plus a report of every other file in data/sources/. */
export async function ingestRegistered(dataDir: string, registry: Registry, families: readonly IndicatorFamily[]): Promise<IngestResult> {
	const resolver = new RegistryResolver(registry, new Map(registry.sources.map((s) => [s.file, s])));
	const files = registry.sources.map((s) => s.file);
	const registered = new Set(files);
	const result = await ingestFiles(dataDir, files, resolver, families);
	const listing = await listSourceFolder(join(dataDir, 'sources'));
	result.notes = listing.notes.map((n) => ({ file: `sources/${n.file}`, reason: n.reason }));
	for (const file of listing.files.map((f) => `sources/${f}`)) {
		if (registered.has(file)) continue;
		const type = sourceFileKind(file);
		if ('reason' in type) {
			result.outcomes.push(refuseUnsupported(file, type.reason, result.dataset));
			continue;
		}
		const reason = `${file} is in data/sources/ but not in data/registry/sources.json: add an entry (doc_id, file, fiscal_year, year_assumed, year_basis, kind, title, url; unit_id only if the text does not name the unit) to publish it`;
		result.outcomes.push(failedOutcome(file, null, reason));
		result.dataset.quality_flags.push(errorFlag(file, null, 'unregistered_document', reason));
	}
	return result;
}

/** Preview mode: any folder of documents, units matched against the unit directory or inferred from the text, years inferred. */
export async function ingestFolder(inputDir: string, directory: UnitDirectory, families: readonly IndicatorFamily[]): Promise<IngestResult> {
	const listing = await listSourceFolder(inputDir);
	const result = await ingestFiles(inputDir, listing.files, new PreviewResolver(directory), families);
	result.notes = listing.notes;
	return result;
}

function errorFlag(file: string, line: number | null, code: string, message: string): QualityFlagRow {
	return { flag_id: '', doc_id: null, source_file: file, source_line: line, severity: 'error', code, message, table_name: 'documents', row_id: null };
}

/** A file no reader takes (sourceFileKind): listed with the reason, flagged. */
function refuseUnsupported(file: string, reason: string, ds: Dataset): DocumentOutcome {
	ds.quality_flags.push(errorFlag(file, null, 'unsupported_file', `${file}: ${reason}`));
	return failedOutcome(file, null, reason);
}

function failedOutcome(file: string, kind: DocumentKind | null, error: string, kindReason = ''): DocumentOutcome {
	return {
		file, doc_id: null, unit_id: null, fiscal_year: null, kind, kind_reason: kindReason, error,
		counts: { total: 0, fact: 0, prose: 0, unparsed: 0 }, unparsed: [],
		rows: { budgets: 0, budget_lines: 0, tasks: 0, indicators: 0, scores: 0 }, flags: [], budgets: [], rate_decimals: new Map()
	};
}

/** Appends without spreading into a call: `push(...rows)` overflows the stack past ≈ 100,000 rows. */
function append<T>(to: T[], rows: readonly T[]): void {
	for (const r of rows) to.push(r);
}

/** Documents one at a time; a file whose content an earlier file already had is flagged, not published twice. */
async function ingestFiles(baseDir: string, files: string[], resolver: Resolver, families: readonly IndicatorFamily[]): Promise<IngestResult> {
	const ds = emptyDataset();
	ds.indicator_families = familyRows(families);
	const outcomes: DocumentOutcome[] = [];
	const firstWithContent = new Map<string, string>();
	for (const file of files) {
		const outcome = await ingestOne(baseDir, file, resolver, ds, families, firstWithContent);
		outcomes.push(outcome);
	}
	ds.units = resolver.units();
	ds.districts = resolver.districts();
	numberFlags(ds.quality_flags);
	return { dataset: ds, outcomes, notes: [] };
}

async function ingestOne(
	baseDir: string, file: string, resolver: Resolver, ds: Dataset, families: readonly IndicatorFamily[], firstWithContent: Map<string, string>
): Promise<DocumentOutcome> {
	const type = sourceFileKind(file);
	if ('reason' in type) return refuseUnsupported(file, type.reason, ds);
	const opened = await openSourceFile(baseDir, file);
	if (!opened.ok) {
		ds.quality_flags.push(errorFlag(file, null, opened.code, `${file}: ${opened.reason}`));
		return failedOutcome(file, null, opened.reason);
	}
	const read = await type.read(opened.bytes);
	if (!read.ok) {
		ds.quality_flags.push(errorFlag(file, null, 'unreadable_document', `${file}: ${read.reason}`));
		return failedOutcome(file, null, read.reason);
	}
	const first = firstWithContent.get(read.sha256);
	if (first) {
		const reason = `the same content as ${first} (sha256 ${read.sha256.slice(0, 12)}…): only the first copy, ${first}, is ingested`;
		ds.quality_flags.push({ ...errorFlag(file, null, 'duplicate_document', `${file}: ${reason}`), severity: 'warning' });
		return failedOutcome(file, null, reason);
	}
	firstWithContent.set(read.sha256, file);
	const ledger = new LineLedger(read.lines);
	const detected = detectKind(read.lines);
	const declared = resolver.declaredKind(file);
	const kindFlags: FlagFact[] = [];
	// The text decides the kind; the registry is the fallback when the text is not enough.
	let kind: DocumentKind | null = detected.kind ?? declared;
	if (detected.kind && declared && detected.kind !== declared) {
		kindFlags.push({ source_line: detected.titleLine, severity: 'warning', code: 'kind_mismatch', table_name: 'documents', message: `the text reads as ${detected.kind} but the source registry says ${declared}` });
	} else if (!detected.kind && declared) {
		kindFlags.push({ source_line: null, severity: 'warning', code: 'kind_not_detected', table_name: 'documents', message: `kind not recognised from the text (${detected.reason}); parsed as ${declared} per the source registry` });
	} else if (!kind && detected.recognised) {
		kindFlags.push({ source_line: detected.titleLine, severity: 'error', code: 'unsupported_kind', table_name: 'documents', message: `document of a kind not read: ${detected.reason}` });
	} else if (!kind) {
		kindFlags.push({ source_line: detected.titleLine, severity: 'error', code: 'unknown_kind', table_name: 'documents', message: `document kind not recognised: ${detected.reason}` });
	}
	let parsed: ParsedDocument;
	try {
		parsed = kind ? PARSERS[kind](read.lines, ledger) : { ...emptyParse(), title: detected.title };
	} catch (e) {
		// Parsers are written not to throw; if one does, the document is reported, not lost.
		const reason = `the ${kind} parser failed: ${(e as Error).message}`;
		ds.quality_flags.push(errorFlag(file, null, 'parser_error', `${file}: ${reason}`));
		return failedOutcome(file, kind, reason, detected.reason);
	}
	if (kind === null) parsed = { ...parsed, unit_name: guessUnitName(read.lines), fiscal_year: guessYear(read.lines) };
	if (parsed.budgets.length === 0 && kind !== 'target_declaration' && kind !== 'project_targets' && kind !== 'project_self_evaluation') {
		const extra = extractBudgetFigures(read.lines, ledger);
		parsed = { ...parsed, budgets: extra.budgets, flags: [...parsed.flags, ...extra.flags] };
	}

	const ctx = resolver.document(file, parsed, read.lines);
	if ('error' in ctx) {
		const line = parsed.unit_name_line ?? null;
		ds.quality_flags.push(ctx.ambiguous ? errorFlag(file, line, 'ambiguous_unit', ctx.error) : errorFlag(file, line, 'unknown_unit', ctx.error));
		return failedOutcome(file, kind, ctx.error, detected.reason);
	}

	const flags: FlagFact[] = [...read.flags, ...kindFlags, ...ctx.flags, ...parsed.flags, ...checkTruncation(read.lines, kind)];
	append(flags, checkProjectTotals(parsed));
	append(flags, checkCompositionTotals(parsed));
	append(flags, checkSpendingAgainstExecution(parsed));

	const rows = buildRows(ctx, parsed, resolver, flags, families);
	ledger.finish(kind ? `not recognised by the ${kind} parser` : `document kind unknown (${detected.reason})`);
	const counts = ledger.counts();
	const unparsed = ledger.unparsedLines();
	for (const u of unparsed) {
		flags.push({ source_line: u.line, severity: 'warning', code: 'unparsed_line', table_name: null, message: u.reason });
	}

	const docRow: DocumentRow = {
		doc_id: ctx.doc_id, unit_id: ctx.unit_id, fiscal_year: ctx.fiscal_year, year_assumed: ctx.year_assumed, year_basis: ctx.year_basis,
		kind: kind ?? 'unknown', title: ctx.title, source_file: file, source_url: ctx.source_url, sha256: read.sha256, encoding: read.encoding,
		lines_total: counts.total, lines_fact: counts.fact, lines_prose: counts.prose, lines_unparsed: counts.unparsed
	};
	const flagRows: QualityFlagRow[] = flags.map((f) => ({
		flag_id: '', doc_id: ctx.doc_id, source_file: file, source_line: f.source_line, severity: f.severity, code: f.code,
		message: f.message, table_name: f.table_name ?? null, row_id: (f as { row_id?: string }).row_id ?? rows.refToRow.get(f.ref ?? '') ?? null
	}));
	ds.documents.push(docRow);
	for (const l of read.lines) {
		const v = ledger.verdict(l.number);
		ds.source_lines.push({ doc_id: ctx.doc_id, line: l.number, text: l.text, class: v?.class ?? 'blank', reason: v?.reason ?? null });
	}
	append(ds.budgets, rows.budgets);
	append(ds.budget_lines, rows.budget_lines);
	append(ds.tasks, rows.tasks);
	append(ds.indicators, rows.indicators);
	append(ds.scores, rows.scores);
	append(ds.quality_flags, flagRows);
	return {
		file, doc_id: ctx.doc_id, unit_id: ctx.unit_id, fiscal_year: ctx.fiscal_year, kind, kind_reason: detected.reason,
		error: null, counts, unparsed,
		rows: { budgets: rows.budgets.length, budget_lines: rows.budget_lines.length, tasks: rows.tasks.length, indicators: rows.indicators.length, scores: rows.scores.length },
		flags: flagRows, budgets: rows.budgets, rate_decimals: rows.rateDecimals
	};
}

function buildRows(ctx: DocContext, parsed: ParsedDocument, resolver: Resolver, flags: FlagFact[], families: readonly IndicatorFamily[]) {
	const { doc_id, unit_id, fiscal_year } = ctx;
	const refToRow = new Map<string, string>();
	const rateDecimals = new Map<string, { execution: number | null; adjustment: number | null }>();
	const spending = (name: string | null | undefined, line: number): string | null => {
		if (!name) return null;
		const found = resolver.spendingUnit(name, unit_id);
		if (found.unit_id === null) flags.push({ ...found.flag, source_line: line });
		return found.unit_id;
	};

	const budget_lines: BudgetLineRow[] = parsed.budget_lines.map((l, i) => ({
		budget_line_id: `${doc_id}-l${i + 1}`, unit_id, fiscal_year, doc_id, category: l.category, label: l.label, amount_wan: l.amount_wan,
		spending_unit_id: spending(l.spending_unit_name, l.source_line), source_line: l.source_line
	}));
	const taskIds = new Map<string, string>();
	const tasks: TaskRow[] = parsed.tasks.map((t, i) => {
		const task_id = `${doc_id}-t${i + 1}`;
		taskIds.set(t.key, task_id);
		refToRow.set(`task:${t.key}`, task_id);
		return {
			task_id, doc_id, unit_id, fiscal_year, kind: t.kind, name: t.name, spending_unit_id: spending(t.spending_unit_name, t.source_line),
			amount_wan: t.amount_wan, goal_text: t.goal_text ?? null, outcome_text: t.outcome_text ?? null, source_line: t.source_line
		};
	});
	const budgets: BudgetRow[] = parsed.budgets.map((b, i) => {
		const budget_id = `${doc_id}-b${i + 1}`;
		rateDecimals.set(budget_id, { execution: b.reported_execution_rate_decimals ?? null, adjustment: b.reported_adjustment_rate_decimals ?? null });
		return {
			budget_id, unit_id, fiscal_year, doc_id, scope: b.scope, initial_budget_wan: b.initial_budget_wan, adjusted_budget_wan: b.adjusted_budget_wan,
			actual_spend_wan: b.actual_spend_wan, reported_execution_rate: b.reported_execution_rate, reported_adjustment_rate: b.reported_adjustment_rate,
			task_id: b.task_key ? (taskIds.get(b.task_key) ?? null) : null, source_line: b.source_line
		};
	});
	const indicators: IndicatorRow[] = parsed.indicators.map((ind, i) => {
		const indicator_id = `${doc_id}-i${i + 1}`;
		refToRow.set(`indicator:${i}`, indicator_id);
		const a = assessIndicator(ind.name, ind.target_text, ind.actual_text);
		for (const f of a.flags) {
			flags.push({ source_line: ind.actual_source_line ?? ind.source_line, severity: f.severity, code: f.code, table_name: 'indicators', message: `${ind.name}: ${f.message}`, ref: `indicator:${i}` });
		}
		const task_id = ind.task_key ? (taskIds.get(ind.task_key) ?? null) : null;
		if (ind.task_key && !task_id) {
			flags.push({ source_line: ind.source_line, severity: 'error', code: 'orphan_indicator', table_name: 'indicators', message: `${ind.name}: refers to task ${ind.task_key} which the parser did not emit`, ref: `indicator:${i}` });
		}
		return {
			indicator_id, doc_id, unit_id, fiscal_year, task_id, level1: ind.level1, level2: ind.level2, name: ind.name,
			target_text: ind.target_text, period_target_text: ind.period_target_text ?? null,
			target_op: a.target.op, target_value: a.target.value, target_value_high: a.target.high, target_unit: a.target.unit,
			actual_text: ind.actual_text, actual_value: a.actual?.value ?? null, actual_unit: a.actual?.unit ?? null,
			direction: a.direction, attainment: a.attainment, status: a.status, family: familyOf(ind.name, families),
			source_line: ind.source_line, actual_source_line: ind.actual_source_line ?? null, deviation_text: ind.deviation_text ?? null
		};
	});
	const scores: ScoreRow[] = parsed.scores.map((s, i) => ({
		score_id: `${doc_id}-s${i + 1}`, unit_id, fiscal_year, doc_id, component: s.component, score: s.score, max_score: s.max_score, source_line: s.source_line
	}));
	return { budgets, budget_lines, tasks, indicators, scores, refToRow, rateDecimals };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Stable flag ids: per file, in line order. */
export function numberFlags(flags: QualityFlagRow[]): void {
	flags.sort((a, b) =>
		a.source_file.localeCompare(b.source_file) || (a.source_line ?? 0) - (b.source_line ?? 0) ||
		SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
	const seq = new Map<string, number>();
	for (const f of flags) {
		const key = f.doc_id ?? f.source_file.replace(/[^A-Za-z0-9]+/g, '-');
		const n = (seq.get(key) ?? 0) + 1;
		seq.set(key, n);
		f.flag_id = `${key}-f${n}`;
	}
}

/** Unit name of a document of unknown kind: the first 街道/镇/乡 office named in its first lines. */
function guessUnitName(lines: SourceLine[]): string | null {
	for (const l of lines.slice(0, 40)) {
		const m = /([\u4e00-\u9fff]{2,30}?(?:街道办事处|人民政府|街道|镇|乡))/.exec(l.text.replace(/\s+/g, ''));
		if (m) return m[1];
	}
	return null;
}

/** Fiscal year of a document of unknown kind: a (YYYY年度) in its first lines. */
function guessYear(lines: SourceLine[]): number | null {
	for (const l of lines.slice(0, 40)) {
		const m = /(20\d\d)\s*年度/.exec(l.text);
		if (m) return Number(m[1]);
	}
	return null;
}
