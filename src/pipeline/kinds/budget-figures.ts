// Layout-agnostic reading of budget execution figures, for documents whose
// kind parser found none and for documents of unknown kind.
//
// The document becomes one stream of cells (tab cells, pipe cells, one cell
// per line, or a whole table flattened onto a line with spaces). Two shapes
// are read from that stream:
//   - a table: a header run of budget labels (年初预算数 全年预算数 全年执行数 分值 执行率 得分),
//     then rows each introduced by a scope label (年度资金总额, 其中:本年财政拨款 …);
//   - label/value pairs: 整体支出年度预算数 ⇥ 19,206.99 ⇥ 整体支出年初预算数 ⇥ 18,847.80.
// Values are aligned to columns by type (money, percentage, small weight/score
// numbers), so an empty cell leaves its column NULL instead of shifting the rest.
import type { LineLedger } from '../documents/line-ledger.ts';
import { readGrid } from '../tables/cell-grid.ts';
import { splitRunTogether, type RunColumn } from '../tables/run-together.ts';
import type { BudgetFact, BudgetScope, FlagFact, SourceLine } from '../types.ts';
import { readNumber, readPercent, roundMoney } from '../values/parse-number.ts';
import { budgetField, budgetScope, type BudgetField } from './budget-labels.ts';
import { foldChinese } from '../values/fold-chinese.ts';

interface Cell {
	/** As printed, trimmed. */
	text: string;
	/** Folded for label matching (half-width, Simplified, no pinyin). */
	key: string;
	line: number;
	/** Empty cells between this one and the previous filled cell of the same table row. */
	gap: number;
	/** The only filled cell of its line (one-cell-per-line layouts). */
	solo: boolean;
}

// Cells follow each other within one row, or across lines of one cell each;
// a tab or pipe row never continues onto the next line.
const adjacent = (a: Cell, b: Cell) => a.line === b.line || (a.solo && b.solo);

type Value =
	| { kind: 'number'; value: number; unit: Unit | null }
	| { kind: 'percent'; value: number; decimals: number }
	| { kind: 'blank' } // a placeholder such as — or /: holds a column, yields NULL
	| { kind: 'bad' }; // looks like a figure but is not one (1,2,3): holds a column, yields NULL

type Unit = 'wan' | 'yuan';
type ColType = 'money' | 'rate' | 'small';

const COL_TYPE: Record<BudgetField, ColType> = {
	initial: 'money', adjusted: 'money', actual: 'money', adjustment_amount: 'money',
	rate: 'rate', adjustment_rate: 'rate', weight: 'small', score: 'small'
};

export function extractBudgetFigures(lines: SourceLine[], ledger: LineLedger): { budgets: BudgetFact[]; flags: FlagFact[] } {
	const read = readBudgetFigures(lines);
	for (const n of read.factLines) ledger.fact(n);
	return { budgets: read.budgets, flags: read.flags };
}

/**
 * The same, returning the lines instead of marking a ledger: `factLines` gave
 * figures; `labelLines` hold only the header labels, weights or scores of a
 * table that was read (prose for a one-cell-per-line layout).
 */
export function readBudgetFigures(lines: SourceLine[]): { budgets: BudgetFact[]; flags: FlagFact[]; factLines: Set<number>; labelLines: Set<number> } {
	const cells = tokenize(lines);
	const out: Output = { budgets: [], flags: [], factLines: new Set(), labelLines: new Set() };
	const usedByTables = new Set<number>();
	for (let i = 0; i < cells.length; i++) {
		const end = readTable(cells, i, out);
		if (end > i) {
			for (let k = i; k < end; k++) usedByTables.add(k);
			i = end - 1;
		}
	}
	readPairs(cells, usedByTables, out);
	out.budgets.sort((a, b) => a.source_line - b.source_line);
	return out;
}

interface Output {
	budgets: BudgetFact[];
	flags: FlagFact[];
	factLines: Set<number>;
	labelLines: Set<number>;
}

// ---------------------------------------------------------------------------
// Cells

function tokenize(lines: SourceLine[]): Cell[] {
	const out: Cell[] = [];
	for (const row of readGrid(lines, { isFlat: isFlatBudgetRow })) {
		const solo = row.cells.length === 1;
		row.cells.forEach((c, k) => {
			// Leading empty cells are merged cells, not gaps.
			const gap = k === 0 ? 0 : c.col - row.cells[k - 1].col - 1;
			out.push({ text: c.text, key: foldChinese(c.text).trim(), line: c.line, gap, solo });
		});
	}
	return out;
}

/**
 * A line without tabs or pipes is one cell, unless it is a flattened table
 * row: it carries two budget labels, or every token is a label or a figure
 * (`年度资金总额: 0 0 0 10 0 0`). Prose and OCR-spaced numbers (`3, 986. 34`) stay whole.
 */
function isFlatBudgetRow(tokens: string[]): boolean {
	const fields = tokens.filter((t) => fieldOf(t) !== null).length;
	return fields >= 2 || tokens.every((t) => fieldOf(t) !== null || scopeOf(t) !== null || isFigure(t));
}

const fieldOf = (s: string) => budgetField(foldChinese(s));
const scopeOf = (s: string) => budgetScope(foldChinese(s));
const isFigure = (s: string) => {
	const v = readValue(s);
	return v !== null && (v.kind === 'number' || v.kind === 'percent');
};

/** A figure cell, or null when the cell is a label or text. */
function readValue(text: string): Value | null {
	const s = foldChinese(text).replace(/\s+/g, '');
	if (/^[-—–/\\]+$/.test(s)) return { kind: 'blank' };
	const pct = readPercent(s);
	if (pct.ok) return { kind: 'percent', value: pct.value, decimals: pct.decimals };
	const m = /^(.*?)(万元|万|元)?$/.exec(s)!;
	const num = readNumber(m[1]);
	if (num.ok) return { kind: 'number', value: num.value, unit: m[2] ? (m[2] === '元' ? 'yuan' : 'wan') : null };
	// Digits and separators only, yet not one number: a damaged figure, not a label.
	if (/\d/.test(m[1]) && /^[\d.,，%\-]+$/.test(m[1])) return { kind: 'bad' };
	return null;
}

/** 万元 or 元 as declared by a (folded) cell: 金额单位:元, 单位:万元, 项目资金(万元, 预算数(元). */
function unitDeclared(key: string): Unit | null {
	const k = key.replace(/\s+/g, '');
	if (/单位:?元|\(元\)/.test(k)) return 'yuan';
	if (/单位:?万元|\(万元/.test(k)) return 'wan';
	return null;
}

/** The nearest unit declaration at or before cell `end` (a table's header end), looking back a bounded way. */
function unitBefore(cells: Cell[], end: number): { unit: Unit; line: number | null } {
	for (let k = Math.min(end, cells.length - 1); k >= 0 && k > end - 60; k--) {
		const u = unitDeclared(cells[k].key);
		if (u) return { unit: u, line: cells[k].line };
	}
	return { unit: 'wan', line: null };
}

function toWan(v: { value: number; unit: Unit | null }, unit: Unit): number {
	return (v.unit ?? unit) === 'yuan' ? roundMoney(v.value / 10000) : roundMoney(v.value);
}

// ---------------------------------------------------------------------------
// Tables

interface Row {
	scope: BudgetScope | null; // null: a row label outside the vocabulary (上年结转资金)
	label: Cell | null; // null: figures right under the header, read as the total
	values: { cell: Cell; value: Value }[];
}

const MAX_ROWS = 12;
// Row labels outside the scope vocabulary that still belong to a funding block:
// skipped (with a note), without ending the block.
const FUNDING_LABEL = /资金|拨款|结转|结余|收入/;

/** Reads a table starting at cell i; returns the index after it, or i when no header starts there. */
function readTable(cells: Cell[], i: number, out: Output): number {
	const header: { field: BudgetField; cell: Cell }[] = [];
	for (let k = i; k < cells.length; k++) {
		const field = budgetField(cells[k].key);
		// An empty cell between labels means a missing value (标签 ⇥ ⇥ 标签 ⇥ 18,847.80), not a header.
		if (!field || (k > i && (!adjacent(cells[k - 1], cells[k]) || (cells[k].gap > 0 && cells[k].line === cells[k - 1].line)))) break;
		header.push({ field, cell: cells[k] });
	}
	if (header.length < 2 || !header.some((h) => COL_TYPE[h.field] === 'money')) return i;

	let j = i + header.length;
	const rows: Row[] = [];
	while (j < cells.length && rows.length < MAX_ROWS) {
		const c = cells[j];
		const scope = budgetScope(c.key);
		let row: Row;
		if (scope) {
			row = { scope, label: c, values: [] };
			j++;
		} else if (readValue(c.text) && rows.length === 0) {
			row = { scope: 'total', label: null, values: [] };
		} else if (FUNDING_LABEL.test(c.key) && j + 1 < cells.length && (readValue(cells[j + 1].text) || budgetScope(cells[j + 1].key))) {
			row = { scope: null, label: c, values: [] };
			j++;
		} else break;
		for (; j < cells.length; j++) {
			const value = readValue(cells[j].text);
			const before = row.values.at(-1)?.cell ?? row.label;
			if (!value || (before && !adjacent(before, cells[j]))) break;
			// An empty cell between two figures of a row holds its column (合计 | 800 | | 90%).
			const prev = row.values.at(-1)?.cell;
			if (prev && prev.line === cells[j].line) {
				for (let g = 0; g < cells[j].gap; g++) row.values.push({ cell: { ...cells[j], text: '' }, value: { kind: 'blank' } });
			}
			row.values.push({ cell: cells[j], value });
		}
		rows.push(row);
	}
	const unit = unitBefore(cells, i + header.length - 1);
	emitRows(rows, header, unit, out);
	return j;
}

interface Figures {
	scope: BudgetScope;
	row: Row;
	fact: BudgetFact;
	lines: number[];
	money: number[];
	flags: FlagFact[];
}

function emitRows(rows: Row[], header: { field: BudgetField; cell: Cell }[], unit: { unit: Unit; line: number | null }, out: Output): void {
	const columns = header.map((h) => h.field);
	const headerText = header.map((h) => h.cell.text).join(' / ');
	const read: Figures[] = [];
	const small: number[] = [];
	for (const row of rows) {
		splitRuns(row, columns, out);
		badCellFlags(row.values, out);
		if (row.scope === null) {
			if (row.values.some((v) => v.value.kind !== 'blank')) {
				out.flags.push({ source_line: row.label!.line, severity: 'info', code: 'unread_budget_row', table_name: 'budgets', message: `row "${row.label!.text}" has figures but its scope is not in the budget vocabulary; not read` });
			}
			continue;
		}
		const placed = align(row.values.map((v) => v.value), columns);
		const fact: BudgetFact = {
			scope: row.scope, initial_budget_wan: null, adjusted_budget_wan: null, actual_spend_wan: null,
			reported_execution_rate: null, reported_adjustment_rate: null, source_line: (row.label ?? row.values[0]?.cell)?.line ?? header[0].cell.line,
			label: `${row.label?.text ?? '(no row label: total)'} [${headerText}]`
		};
		const lines: number[] = [];
		const money: number[] = [];
		const flags: FlagFact[] = [];
		placed.forEach((col, v) => {
			const { cell, value } = row.values[v];
			if (col === null) {
				if (value.kind === 'number' || value.kind === 'percent') {
					flags.push({ source_line: cell.line, severity: 'warning', code: 'unplaced_budget_cell', table_name: 'budgets', message: `cell "${cell.text}" fits no column of ${headerText}; not read` });
				}
				return;
			}
			const field = columns[col];
			if (COL_TYPE[field] === 'small') small.push(cell.line);
			if (!setField(fact, field, value, unit.unit)) {
				if (value.kind === 'number' && COL_TYPE[field] === 'rate') {
					flags.push({ source_line: cell.line, severity: 'info', code: 'rate_not_percent', table_name: 'budgets', message: `${header[col].cell.text} cell "${cell.text}" is not a percentage; left NULL` });
				}
				return;
			}
			lines.push(cell.line);
			if (value.kind === 'number' && COL_TYPE[field] === 'money') money.push(toWan(value, unit.unit));
		});
		if (lines.length === 0) continue; // nothing but weights, scores or empty cells
		if (row.label) lines.push(row.label.line);
		// 年初预算数(A) | 全年执行数(B) | 执行率(B/A) with no full-year budget column: the form's
		// own rate is against the initial budget, so that is the budget the rate is computed on
		// (without a rate column nothing says which budget the spending is held against).
		if (!columns.includes('adjusted') && columns.includes('rate') && fact.initial_budget_wan !== null && fact.actual_spend_wan !== null) {
			fact.adjusted_budget_wan = fact.initial_budget_wan;
			flags.push({
				source_line: fact.source_line, severity: 'warning', code: 'execution_against_initial', table_name: 'budgets',
				message: `${headerText}: no full-year (adjusted) budget column; the execution rate is computed against the initial budget ${fact.initial_budget_wan} 万元, which also stands as the full-year budget (the adjustment rate is therefore not known, not zero)`
			});
		}
		if (unit.unit === 'yuan' && money.length > 0) {
			flags.push({ source_line: fact.source_line, severity: 'info', code: 'unit_converted', table_name: 'budgets', message: `amounts printed in 元${unit.line ? ` (unit declared on line ${unit.line})` : ''}, converted to 万元` });
		}
		read.push({ scope: row.scope, row, fact, lines, money, flags });
	}

	// The trap: a total row of zeros above a 其中:本年财政拨款 row with real
	// figures is an unfilled template row, not a total of zero.
	const zeroTotal = (f: Figures) => f.scope === 'total' && f.money.length > 0 && f.money.every((m) => m === 0);
	const real = read.find((f) => f.scope !== 'total' && f.money.some((m) => m !== 0));
	for (const f of read) {
		if (real && zeroTotal(f) && f.fact.source_line <= real.fact.source_line) {
			out.flags.push({
				source_line: f.fact.source_line, severity: 'info', code: 'zero_total_row', table_name: 'budgets',
				message: `line ${f.fact.source_line}: ${rowName(f.row)} is all zeros while ${rowName(real.row)} (line ${real.fact.source_line}) has figures; the zero row is not read as the total`
			});
			continue;
		}
		out.budgets.push(f.fact);
		out.flags.push(...f.flags);
		for (const n of f.lines) out.factLines.add(n);
	}
	if (out.budgets.length > 0) for (const n of [...header.map((h) => h.cell.line), ...small]) out.labelLines.add(n);
}

const RUN_COLUMN: Partial<Record<BudgetField, RunColumn>> = { initial: 'initial', adjusted: 'adjusted', actual: 'actual', rate: 'rate', weight: 'weight', score: 'score' };

/**
 * A row whose figures the extraction ran together into one cell (310.2154.741050%5):
 * the cell takes the columns the other cells leave, and is split only where
 * those columns' labels and arithmetic single out one reading.
 */
function splitRuns(row: Row, columns: BudgetField[], out: Output): void {
	const bad = row.values.filter((v) => v.value.kind === 'bad');
	// Only digits, points and percent signs (1,2,3 is a damaged number, not a run).
	if (bad.length !== 1 || row.values.length >= columns.length || !/^[\d.%]+$/.test(bad[0].cell.text)) return;
	const v = row.values.indexOf(bad[0]);
	const span = columns.slice(v, v + columns.length - (row.values.length - 1));
	const cols = span.map((f) => RUN_COLUMN[f]);
	if (cols.some((c) => c === undefined)) return;
	const { cell } = bad[0];
	const split = splitRunTogether(cell.text, cols as RunColumn[]);
	if (!split.ok) {
		out.flags.push({ source_line: cell.line, severity: 'warning', code: 'run_together_numbers', table_name: 'budgets', message: `line ${cell.line}: cell "${cell.text}" looks like the figures of ${span.length} columns run together; not split (${split.reason}), kept as printed` });
		bad[0].value = { kind: 'blank' };
		return;
	}
	const parts = split.parts.map((p) => ({ cell: { ...cell, text: p }, value: readValue(p)! }));
	row.values.splice(v, 1, ...parts);
	out.flags.push({ source_line: cell.line, severity: 'info', code: 'run_together_split', table_name: 'budgets', message: `line ${cell.line}: cell "${cell.text}" read as ${split.parts.join(' | ')} under ${span.join(' | ')} (the only split the column labels and the arithmetic agree on)` });
}

const rowName = (r: Row) => r.label?.text.replace(/[:：]$/, '') ?? 'the unlabelled total row';

/** Writes a value into its BudgetFact field; false when the field is not stored or the value does not fit it. */
function setField(fact: BudgetFact, field: BudgetField, value: Value, unit: Unit): boolean {
	if (COL_TYPE[field] === 'money') {
		if (value.kind !== 'number') return false;
		const wan = toWan(value, unit);
		if (field === 'initial') fact.initial_budget_wan = wan;
		else if (field === 'adjusted') fact.adjusted_budget_wan = wan;
		else if (field === 'actual') fact.actual_spend_wan = wan;
		else return false; // 年度调整额 is derived, not stored
		return true;
	}
	if (COL_TYPE[field] === 'rate') {
		if (value.kind !== 'percent') return false;
		if (field === 'rate') {
			fact.reported_execution_rate = value.value;
			fact.reported_execution_rate_decimals = value.decimals;
		} else {
			fact.reported_adjustment_rate = value.value;
			fact.reported_adjustment_rate_decimals = value.decimals;
		}
		return true;
	}
	return false; // weights and scores are not budget figures
}

function badCellFlags(values: { cell: Cell; value: Value }[], out: Output): void {
	for (const { cell, value } of values) {
		if (value.kind !== 'bad') continue;
		out.flags.push({ source_line: cell.line, severity: 'warning', code: 'unreadable_number', table_name: 'budgets', message: `line ${cell.line}: budget cell "${cell.text}" is not a well-formed number; left NULL` });
	}
}

/**
 * Assigns each value to a column index (or null), preserving order. A full
 * row is read by position. Otherwise percentages anchor on the rate columns,
 * and between anchors money columns take plain numbers from the left while
 * weight/score columns take the small trailing numbers; a column without a
 * value stays empty.
 */
function align(values: Value[], columns: BudgetField[]): (number | null)[] {
	const types = columns.map((f) => COL_TYPE[f]);
	const isPct = (v: Value) => v.kind === 'percent';
	if (values.length === columns.length && values.every((v, k) => !isPct(v) || types[k] === 'rate')) {
		return values.map((_, k) => k);
	}
	const placed: (number | null)[] = values.map(() => null);
	const rateCols = types.flatMap((t, k) => (t === 'rate' ? [k] : []));
	const pctAt = values.flatMap((v, k) => (isPct(v) ? [k] : []));
	// Anchors: the p-th percentage to the p-th rate column.
	const anchors: { v: number; c: number }[] = [];
	pctAt.forEach((v, p) => {
		if (p < rateCols.length) anchors.push({ v, c: rateCols[p] });
	});
	for (const a of anchors) placed[a.v] = a.c;
	let vFrom = 0;
	let cFrom = 0;
	for (const a of [...anchors, { v: values.length, c: columns.length }]) {
		const segVals = range(vFrom, a.v).filter((v) => !isPct(values[v]));
		const segCols = range(cFrom, a.c).filter((c) => types[c] !== 'rate');
		fillSegment(segVals, segCols, values, types, placed);
		vFrom = a.v + 1;
		cFrom = a.c + 1;
	}
	return placed;
}

const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);

function fillSegment(vals: number[], cols: number[], values: Value[], types: ColType[], placed: (number | null)[]): void {
	if (vals.length >= cols.length) {
		cols.forEach((c, k) => (placed[vals[k]] = c));
		return;
	}
	const money = cols.filter((c) => types[c] === 'money');
	const small = cols.filter((c) => types[c] === 'small');
	// Trailing numbers (at most 100) under half the smallest amount before them
	// are weights or scores: 861.10 2030.12 10 → 10 is the 分值, not the spend.
	const amount = (k: number) => (values[k].kind === 'number' ? (values[k] as { value: number }).value : null);
	let nSmall = 0;
	while (nSmall < small.length && nSmall < vals.length) {
		const v = amount(vals[vals.length - 1 - nSmall]);
		const before = vals.slice(0, vals.length - 1 - nSmall).map(amount).filter((x) => x !== null);
		if (v === null || v > 100 || before.length === 0 || !(v < 0.5 * Math.min(...before))) break;
		nSmall++;
	}
	const lead = vals.length - nSmall;
	if (lead > money.length) {
		cols.forEach((c, k) => k < vals.length && (placed[vals[k]] = c));
		return;
	}
	for (let k = 0; k < lead; k++) placed[vals[k]] = money[k];
	for (let k = 0; k < nSmall; k++) placed[vals[lead + k]] = small[small.length - nSmall + k];
}

// ---------------------------------------------------------------------------
// Label/value pairs

// Pairs far apart are separate blocks.
const PAIR_GAP = 3;

interface Pair {
	label: Cell;
	cell: Cell;
	value: Value;
}

/** 整体支出年度预算数 ⇥ 19,206.99 ⇥ 整体支出年初预算数 ⇥ 18,847.80, across a few lines, as one total. */
function readPairs(cells: Cell[], skip: Set<number>, out: Output): void {
	let group = new Map<BudgetField, Pair>();
	let start = 0; // cell index of the group's first label, for its unit
	let last = -Infinity;
	for (let i = 0; i + 1 < cells.length; i++) {
		if (skip.has(i) || skip.has(i + 1)) continue;
		const field = budgetField(cells[i].key);
		if (!field || COL_TYPE[field] === 'small') continue;
		const value = readValue(cells[i + 1].text);
		if (!value || !adjacent(cells[i], cells[i + 1])) continue;
		if (group.has(field) || cells[i].line - last > PAIR_GAP) {
			emitPairs(group, cells, start, out);
			group = new Map();
			start = i;
		}
		group.set(field, { label: cells[i], cell: cells[i + 1], value });
		last = cells[i + 1].line;
		i++;
	}
	emitPairs(group, cells, start, out);
}

function emitPairs(pairs: Map<BudgetField, Pair>, cells: Cell[], start: number, out: Output): void {
	if (pairs.size === 0) return;
	const unit = unitBefore(cells, start).unit;
	badCellFlags([...pairs.values()], out);
	const first = [...pairs.values()][0].label;
	const fact: BudgetFact = {
		scope: 'total', initial_budget_wan: null, adjusted_budget_wan: null, actual_spend_wan: null,
		reported_execution_rate: null, reported_adjustment_rate: null, source_line: first.line,
		label: [...pairs.values()].map((p) => p.label.text).join(' / ')
	};
	const lines: number[] = [];
	const flags: FlagFact[] = [];
	let stored = 0;
	for (const [field, p] of pairs) {
		if (field === 'adjustment_amount') continue; // derived (全年 − 年初), not stored
		if (setField(fact, field, p.value, unit)) {
			lines.push(p.label.line, p.cell.line);
			stored++;
		} else if (p.value.kind === 'number' || p.value.kind === 'percent') {
			flags.push({ source_line: p.cell.line, severity: 'warning', code: 'unplaced_budget_cell', table_name: 'budgets', message: `${p.label.text} "${p.cell.text}" is not the kind of value the label calls for; not read` });
		}
	}
	// A lone 预算数 ⇥ 50 is a planned amount; execution figures come at least in twos.
	if (stored < 2) return;
	out.budgets.push(fact);
	out.flags.push(...flags);
	for (const n of lines) out.factLines.add(n);
}
