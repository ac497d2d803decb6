// Parser for 部门整体预算绩效目标申报表 (department-wide budget performance
// target declaration). The form is a table whose blocks are recognised by
// their labels, never by line numbers:
//
//   部门名称          → unit_name
//   基本信息          → staff_count (财政供养人员数) and other head counts
//   预算整体情况      → budget composition (label / amount pairs) → budget_lines
//   总体绩效目标      → goal paragraph (prose)
//   名称 | 主要实施内容 | 拟投入的资金 | 期望达到的目标   (header)
//   年度重点工作任务  → key tasks (rows under that header)
//   一级指标 | 二级指标 | 三级指标 | 实施周期指标值 | 年度指标值   (header)
//   绩效指标          → indicator rows (levels are merged cells)
//
// Indicator levels are recovered from the cells' content (taxonomy names), not
// from their column: PDF extraction prints merged cells in the wrong column or
// shifts a row left, and a blank level continues the one above.
// Pure function: never throws, never does I/O.

import { FORM_NOTE } from './form-notes.ts';
import { eachLine, lastNonBlankLine } from '../documents/each-line.ts';
import type { LineLedger } from '../documents/line-ledger.ts';
import { isPageFooter } from '../documents/page-footer.ts';
import { cells } from '../documents/split-lines.ts';
import type {
	BudgetLineCategory,
	BudgetLineFact,
	FlagFact,
	IndicatorFact,
	ParsedDocument,
	SourceLine,
	TaskFact
} from '../types.ts';
import { budgetCategory } from './budget-labels.ts';
import { joinBrokenName, normalizeSpace, toHalfWidth } from '../values/normalize-text.ts';
import { readMoneyWan, readNumber } from '../values/parse-number.ts';
import { level1ByName, level2ByName } from '../values/taxonomy.ts';

// ---------------------------------------------------------------------------
// Vocabulary

type Block = 'none' | 'unit' | 'info' | 'budget' | 'goal' | 'tasks' | 'indicators';

/** Label key: no spaces, half-width, no trailing colon. */
function key(raw: string | undefined): string {
	return toHalfWidth(raw ?? '')
		.replace(/[\s\u3000\u00a0]/g, '')
		.replace(/[:：]$/, '');
}

const BLOCK_LABELS: [Exclude<Block, 'none'>, RegExp][] = [
	['unit', /^(?:部门|单位|预算单位|申报单位)名称(?:[:：].*)?$/],
	['info', /^(?:部门)?基本信息$/],
	['budget', /^(?:部门)?(?:预算整体情况|整体预算情况|预算情况|预算资金情况|部门预算|资金情况)$/],
	['goal', /^(?:部门)?(?:总体|整体|年度总体|年度整体)?绩效目标$|^(?:总体|年度总体|年度)目标$/],
	['tasks', /^(?:年度)?(?:重点|主要)?工作任务$|^年度(?:重点|主要)任务$|^(?:重点|主要)任务$/],
	['indicators', /^(?:年度|部门整体)?绩效指标$/]
];

/** The block a first-column label opens, or null. */
export function blockLabel(raw: string | undefined): Exclude<Block, 'none'> | null {
	const k = key(raw);
	if (!k) return null;
	for (const [block, re] of BLOCK_LABELS) if (re.test(k)) return block;
	return null;
}

const TITLE = /(?:绩效目标申报表|绩效目标表|目标申报表)/;
const YEAR = /((?:19|20)\d{2})\s*年/;
/** A line that only states the year: `（2023年度）`, `2023年`, `预算年度：2023`. */
const YEAR_HEADING = /^[(（]?\s*(?:(?:19|20)\d{2}\s*年度?|(?:预算)?年度\s*[:：]\s*(?:19|20)\d{2}\s*年?)\s*[)）]?$/;

export { budgetCategory } from './budget-labels.ts';

/** Column headings inside the budget block: they pair with no amount. */
const BUDGET_HEADING = /^(?:部门预算支出|预算支出|收入来源|资金来源|事业发展性支出|按预算级次划分|预算级次|预算金额(?:[(（]万元[)）])?|金额(?:[(（]万元[)）])?|项目|类别)$/;

const PLACEHOLDER = /^(?:[-—–\/／]+|无|空|XX|xx)$/;

/** A cell of one or two characters with no Chinese, digit or percent sign: an extraction mark such as `Į`. */
export function isNoiseCell(raw: string): boolean {
	const t = raw.trim();
	return t.length > 0 && t.length <= 2 && !/[\u3400-\u9fff\d%％]/.test(t);
}

// ---------------------------------------------------------------------------
// Small helpers

/** Joins two wrapped fragments: no space between two CJK characters. */
export function joinWrapped(a: string, b: string): string {
	if (!a) return b;
	if (!b) return a;
	const cjk = /[\u3400-\u9fff（）()、，。：；“”]/;
	return cjk.test(a.slice(-1)) && cjk.test(b[0]) ? a + b : `${a} ${b}`;
}

const clean = (s: string | undefined | null): string => normalizeSpace(s ?? '');

interface TaskColumns {
	name: number;
	content: number | null;
	amount: number;
	goal: number | null;
	width: number;
}

interface IndicatorColumns {
	l1: number | null;
	l2: number | null;
	name: number;
	period: number | null;
	target: number;
	width: number;
}

const DEFAULT_TASK_COLS: TaskColumns = { name: 1, content: 2, amount: 3, goal: 4, width: 5 };
const DEFAULT_IND_COLS: IndicatorColumns = { l1: 1, l2: 2, name: 3, period: 4, target: 5, width: 6 };

function findCol(c: string[], re: RegExp, not?: RegExp): number | null {
	const i = c.findIndex((x) => re.test(key(x)) && !(not && not.test(key(x))));
	return i < 0 ? null : i;
}

/** `名称 | 主要实施内容 | 拟投入的资金（万元） | 期望达到的目标（概述）` and variants. */
export function taskHeader(c: string[]): TaskColumns | null {
	const name = findCol(c, /^(?:任务|项目|工作)?名称$/);
	const amount = findCol(c, /资金|金额|预算数/);
	const goal = findCol(c, /目标/);
	const content = findCol(c, /内容/);
	if (name === null || amount === null || (goal === null && content === null)) return null;
	return { name, content, amount, goal, width: lastFilled(c) + 1 };
}

/** `一级指标 | 二级指标 | 三级指标 | 实施周期指标值 | 年度指标值` and variants. */
export function indicatorHeader(c: string[]): IndicatorColumns | null {
	const name = findCol(c, /^(?:三级指标|指标名称|三级指标名称)$/);
	if (name === null) return null;
	const l1 = findCol(c, /^一级指标/);
	const l2 = findCol(c, /^二级指标/);
	const period = findCol(c, /实施周期/);
	const target = findCol(c, /(?:年度)?(?:指标值|目标值)|预期值/, /实施周期/);
	if (target === null || (l1 === null && l2 === null && period === null)) return null;
	return { l1, l2, name, period, target, width: lastFilled(c) + 1 };
}

function lastFilled(c: string[]): number {
	for (let i = c.length - 1; i >= 0; i--) if (c[i] !== '') return i;
	return -1;
}

// ---------------------------------------------------------------------------

export function parseTargetDeclaration(lines: SourceLine[], ledger: LineLedger): ParsedDocument {
	const doc: ParsedDocument = {
		kind: 'target_declaration',
		title: null,
		unit_name: null,
		unit_name_line: null,
		fiscal_year: null,
		fiscal_year_line: null,
		staff_count: null,
		budgets: [],
		budget_lines: [],
		tasks: [],
		indicators: [],
		scores: [],
		flags: []
	};
	try {
		new TargetDeclarationParser(lines, ledger, doc).run();
	} catch (e) {
		// A parser bug must not lose the document: report it and keep what was read.
		doc.flags.push({
			source_line: null,
			severity: 'error',
			code: 'parser_error',
			message: `target declaration parser stopped: ${(e as Error)?.message ?? String(e)}`
		});
	}
	return doc;
}

type Prev = { kind: 'task'; task: TaskFact; line: number } | { kind: 'indicator'; ind: IndicatorFact; line: number } | null;

class TargetDeclarationParser {
	private block: Block = 'none';
	private taskCols: TaskColumns | null = null;
	private indCols: IndicatorColumns | null = null;
	private level1: string | null = null;
	private level2: string | null = null;
	private prev: Prev = null;
	private lastLine: number;
	private seenTable = false;

	constructor(
		private lines: SourceLine[],
		private ledger: LineLedger,
		private doc: ParsedDocument
	) {
		this.lastLine = lastNonBlankLine(lines);
	}

	private flag(line: number | null, severity: FlagFact['severity'], code: string, message: string, table: string | null = null, ref: string | null = null) {
		this.doc.flags.push({ source_line: line, severity, code, message, table_name: table, ref });
	}

	run(): void {
		eachLine(this.lines, this.ledger, (l) => this.line(l));
	}

	private line(l: SourceLine): void {
		const n = l.number;
		const c = cells(l.text);
		const filled = c.filter((x) => x !== '');
		const one = filled.length === 1 ? filled[0] : null;

		if (isPageFooter(l.text)) return this.ledger.prose(n, 'page footer');
		if (one !== null && TITLE.test(one)) {
			if (this.doc.title === null) this.doc.title = normalizeSpace(one);
			this.year(one, n);
			return this.ledger.prose(n, 'title');
		}
		if (one !== null && YEAR_HEADING.test(normalizeSpace(toHalfWidth(one)))) {
			this.year(one, n, /((?:19|20)\d{2})/);
			return this.ledger.prose(n, 'year heading');
		}
		if (one !== null && FORM_NOTE.test(key(one))) return this.ledger.prose(n, 'form note');

		const th = taskHeader(c);
		if (th) {
			this.block = 'tasks';
			this.taskCols = th;
			this.prev = null;
			this.seenTable = true;
			return this.ledger.prose(n, 'task table header');
		}
		const ih = indicatorHeader(c);
		if (ih) {
			// A header repeated on a new page continues the merged level cells above it.
			if (this.block !== 'indicators') this.level1 = this.level2 = null;
			this.block = 'indicators';
			this.indCols = ih;
			this.prev = null;
			this.seenTable = true;
			return this.ledger.prose(n, 'indicator table header');
		}

		const label = blockLabel(c[0]);
		if (label === 'unit' && this.doc.unit_name !== null) {
			// 部门名称 repeated in a page header: the table goes on.
			return this.ledger.prose(n, 'page header: 部门名称');
		}
		if (label) {
			this.seenTable = true;
			if (label !== this.block) this.prev = null;
			this.block = label;
			const rest = ['', ...c.slice(1)];
			switch (label) {
				case 'unit':
					return this.unitRow(c, n);
				case 'info':
					return this.infoRow(rest, n);
				case 'budget':
					return this.budgetRow(rest, n);
				case 'goal':
					return this.ledger.prose(n, 'overall performance goal');
				case 'tasks':
					if (rest.every((x) => x === '')) return this.ledger.prose(n, 'task block label');
					return this.taskRow(rest, n);
				case 'indicators':
					if (rest.every((x) => x === '')) return this.ledger.prose(n, 'indicator block label');
					if (!this.indCols) this.indCols = DEFAULT_IND_COLS;
					return this.indicatorRow(rest, n);
			}
		}

		switch (this.block) {
			case 'unit':
			case 'info':
				return this.infoRow(c, n);
			case 'budget':
				return this.budgetRow(c, n);
			case 'goal':
				// A goal paragraph running on; a row with an amount is a task table without header.
				if (this.looksLikeTaskRow(c)) {
					this.block = 'tasks';
					return this.taskRow(c, n);
				}
				return this.ledger.prose(n, 'overall performance goal (continued)');
			case 'tasks':
				return this.taskRow(c, n);
			case 'indicators':
				return this.indicatorRow(c, n);
			default:
				if (!this.seenTable) return this.ledger.unparsed(n, 'text before the form that is neither its title nor a note (no 部门名称 / 预算整体情况 / 指标 header yet)');
				return this.ledger.unparsed(n, 'row outside any recognised block of the form (no 部门名称 / 预算整体情况 / 指标 header before it)');
		}
	}

	private year(text: string, n: number, re: RegExp = YEAR): void {
		if (this.doc.fiscal_year !== null) return;
		const m = re.exec(toHalfWidth(text));
		if (m) {
			this.doc.fiscal_year = Number(m[1]);
			this.doc.fiscal_year_line = n;
		}
	}

	// --- 部门名称 ----------------------------------------------------------
	private unitRow(c: string[], n: number): void {
		let name = '';
		const inline = /名称\s*[:：]\s*(.+)$/.exec(c[0]);
		if (inline) name = inline[1];
		if (!name) name = c.slice(1).find((x) => x !== '') ?? '';
		name = joinBrokenName(name);
		if (!name) return this.ledger.unparsed(n, '部门名称 row without a name');
		if (this.doc.unit_name === null) {
			this.doc.unit_name = name;
			this.doc.unit_name_line = n;
		}
		this.ledger.prose(n, 'unit name');
	}

	// --- 基本信息 ----------------------------------------------------------
	private infoRow(c: string[], n: number): void {
		let read = 0;
		const problems: string[] = [];
		for (let i = 0; i < c.length; i++) {
			const label = c[i];
			if (!label || readNumber(label).ok) continue;
			const value = c[i + 1] ?? '';
			if (value === '') continue;
			const r = readNumber(value);
			if (r.ok) {
				read++;
				if (/财政供养人(?:员)?数/.test(key(label)) && this.doc.staff_count == null) this.doc.staff_count = r.value;
				i++;
			} else if (/人员数|人数|单位数|编制/.test(key(label))) {
				problems.push(`${normalizeSpace(label)}: "${value}" is not a number`);
				i++;
			}
		}
		for (const p of problems) this.flag(n, 'warning', 'unreadable_value', p);
		if (read > 0) return this.ledger.fact(n);
		if (problems.length) return this.ledger.unparsed(n, problems.join('; '));
		this.ledger.prose(n, 'basic information');
	}

	// --- 预算整体情况 ------------------------------------------------------
	private budgetRow(c: string[], n: number): void {
		let facts = 0;
		let heading = false;
		let placeholders = 0;
		const problems: string[] = [];
		for (let i = 0; i < c.length; i++) {
			const label = c[i];
			if (!label || readNumber(label).ok) continue;
			const next = c[i + 1] ?? '';
			if (BUDGET_HEADING.test(key(label)) || /金额|万元/.test(key(next))) {
				heading = true;
				if (/金额|万元/.test(key(next))) i++;
				continue;
			}
			if (next === '') {
				problems.push(`no amount next to "${normalizeSpace(label)}"`);
				continue;
			}
			i++;
			if (PLACEHOLDER.test(key(next))) {
				placeholders++;
				continue;
			}
			const r = readMoneyWan(next);
			if (!r.ok) {
				problems.push(`amount cell "${next}" next to "${normalizeSpace(label)}" is not a number`);
				continue;
			}
			const printed = normalizeSpace(label);
			this.doc.budget_lines.push({ category: budgetCategory(printed), label: printed, amount_wan: r.value, source_line: n });
			facts++;
		}
		if (facts > 0) {
			for (const p of problems) this.flag(n, 'warning', 'unreadable_amount', p, 'budget_lines');
			return this.ledger.fact(n);
		}
		if (problems.length) return this.ledger.unparsed(n, problems.join('; '));
		if (heading) return this.ledger.prose(n, 'budget table heading');
		if (placeholders) return this.ledger.prose(n, 'budget row with placeholder amounts only');
		this.ledger.unparsed(n, 'row in the budget block without label / amount pairs');
	}

	// --- 名称 / 主要实施内容 / 拟投入的资金 / 期望达到的目标 ----------------
	private looksLikeTaskRow(c: string[]): boolean {
		const money = c.filter((x, i) => i > 0 && x !== '' && readMoneyWan(x).ok).length;
		const text = c.filter((x, i) => i > 0 && x !== '' && !readMoneyWan(x).ok).length;
		return money === 1 && text >= 2;
	}

	private taskRow(c: string[], n: number): void {
		const cols = this.taskCols ?? DEFAULT_TASK_COLS;
		const idx = c.map((x, i) => (x !== '' && i > 0 ? i : -1)).filter((i) => i >= 0);
		if (idx.length === 0) return this.ledger.prose(n, 'empty task row');
		const isMoney = (i: number) => readMoneyWan(c[i]).ok;
		let amountAt: number | null = null;
		if (c[cols.amount] && isMoney(cols.amount) && idx[0] < cols.amount) amountAt = cols.amount;
		else amountAt = idx.slice(1).find(isMoney) ?? null;
		const short = c.length < cols.width && n === this.lastLine;

		if (amountAt !== null) {
			const before = idx.filter((i) => i < amountAt!);
			const after = idx.filter((i) => i > amountAt!);
			const name = joinBrokenName(c[before[0]]);
			const amount = readMoneyWan(c[amountAt]);
			const goal = after.length ? after.map((i) => clean(c[i])).join(' ') : null;
			const task: TaskFact = {
				key: `t${this.doc.tasks.length + 1}`,
				kind: 'key_task',
				name,
				amount_wan: amount.ok ? amount.value : null,
				goal_text: goal,
				source_line: n
			};
			this.doc.tasks.push(task);
			this.prev = { kind: 'task', task, line: n };
			if (short || (cols.goal !== null && goal === null && n === this.lastLine)) {
				this.flag(n, 'warning', 'truncated_row', `key task ${name}: the row looks cut off (last line of the file)`, 'tasks', `task:${task.key}`);
			}
			return this.ledger.fact(n);
		}

		// No amount on this row.
		const atName = c[cols.name] ?? '';
		if (short) {
			return this.ledger.unparsed(n, `task row stops before the 拟投入的资金 column: the file looks cut off here`);
		}
		if (atName === '' && this.prev?.kind === 'task') {
			// Wrapped text of the row above: extend its goal (期望达到的目标) when it sits in that column.
			const prevTask = this.prev.task;
			const goalCells = idx.filter((i) => cols.goal === null || i >= cols.goal);
			if (goalCells.length) prevTask.goal_text = joinWrapped(prevTask.goal_text ?? '', goalCells.map((i) => clean(c[i])).join(' '));
			return this.ledger.fact(n);
		}
		if (idx.length === 1 && idx[0] === cols.name && this.prev?.kind === 'task') {
			this.prev.task.name = joinBrokenName(joinWrapped(this.prev.task.name, c[cols.name]));
			return this.ledger.fact(n);
		}
		const nameAt = idx[0];
		const amountCell = c[cols.amount] ?? '';
		const name = joinBrokenName(c[nameAt]);
		const goalCells = idx.filter((i) => i > nameAt && cols.goal !== null && i >= cols.goal);
		const task: TaskFact = {
			key: `t${this.doc.tasks.length + 1}`,
			kind: 'key_task',
			name,
			amount_wan: null,
			goal_text: goalCells.length ? goalCells.map((i) => clean(c[i])).join(' ') : null,
			source_line: n
		};
		this.doc.tasks.push(task);
		this.prev = { kind: 'task', task, line: n };
		if (amountCell !== '' && nameAt !== cols.amount) {
			this.flag(n, 'warning', 'unreadable_amount', `key task ${name}: amount cell "${amountCell}" is not a number`, 'tasks', `task:${task.key}`);
		} else {
			this.flag(n, 'info', 'missing_amount', `key task ${name}: no amount (拟投入的资金) printed`, 'tasks', `task:${task.key}`);
		}
		this.ledger.fact(n);
	}

	// --- 一级 / 二级 / 三级指标 ------------------------------------------------
	private indicatorRow(raw: string[], n: number): void {
		const cols = this.indCols ?? DEFAULT_IND_COLS;
		const c = raw.map((x, i) => (i === 0 && blockLabel(x) === 'indicators' ? '' : x));
		// Stray extraction marks (`Į`, `·`) among the levels, before the name: dropped.
		for (let i = 0; i < c.length; i++) {
			if (c[i] === '' || level1ByName(c[i]) || level2ByName(c[i])) continue;
			if (!isNoiseCell(c[i])) break;
			this.flag(n, 'info', 'extraction_noise', `indicator row: stray cell "${c[i]}" ignored`, 'indicators');
			c[i] = '';
		}

		// Leading cells that name a level (whatever column they were printed in).
		type LevelCell = { i: number; l1: string | null; l2: string | null };
		const levels: LevelCell[] = [];
		let firstOther = -1;
		for (let i = 0; i < c.length; i++) {
			if (c[i] === '') continue;
			const l1 = level1ByName(c[i]);
			const d2 = level2ByName(c[i]);
			if (l1 === null && d2 === null) {
				firstOther = i;
				break;
			}
			levels.push({ i, l1, l2: d2?.name ?? null });
		}
		let rest = firstOther < 0 ? [] : c.map((t, i) => ({ i, t })).filter((x) => x.i >= firstOther && x.t !== '');
		// A 三级 name that happens to be a level name, sitting in the name column with values after it.
		if (levels.length && rest.length && rest[0].i > cols.name) {
			const last = levels[levels.length - 1];
			if (last.i === cols.name) {
				levels.pop();
				rest = [{ i: last.i, t: c[last.i] }, ...rest];
			}
		}

		// Resolve the levels printed on this row.
		let rowL1: string | null = null;
		let rowL2: string | null = null;
		const definite1 = levels.some((x) => x.l1 && !x.l2);
		const definite2 = levels.some((x) => x.l2 && !x.l1);
		for (const x of levels) {
			let as: 'l1' | 'l2';
			if (x.l1 && !x.l2) as = 'l1';
			else if (x.l2 && !x.l1) as = 'l2';
			else if (definite1) as = 'l2';
			else if (definite2) as = 'l1';
			else if (rowL1 !== null) as = 'l2';
			else as = cols.l1 !== null && x.i <= cols.l1 ? 'l1' : cols.l2 !== null && x.i >= cols.l2 ? 'l2' : 'l1';
			if (as === 'l1') rowL1 = x.l1;
			else rowL2 = level2ByName(c[x.i])?.name ?? null;
		}
		if (rowL1 !== null) {
			if (rowL1 !== this.level1) this.level2 = null;
			this.level1 = rowL1;
		}
		if (rowL2 !== null) {
			this.level2 = rowL2;
			const parent = level2ByName(rowL2)?.level1 ?? null;
			if (rowL1 === null && parent !== null) this.level1 = parent;
			else if (rowL1 !== null && parent !== null && parent !== rowL1) {
				this.flag(n, 'warning', 'level_code_mismatch', `二级指标 ${rowL2} printed under 一级指标 ${rowL1} (taxonomy parent: ${parent}); kept as printed`, 'indicators');
			}
		}

		if (rest.length === 0) {
			if (levels.length) return this.ledger.fact(n); // a level heading for the rows below
			return this.ledger.prose(n, 'empty indicator row');
		}

		const prevInd = this.prev?.kind === 'indicator' ? this.prev.ind : null;
		const short = c.length <= cols.target && n === this.lastLine;

		// Continuation of the row above: only value cells, in the value columns.
		if (levels.length === 0 && prevInd && rest[0].i > cols.name && rest.every((x) => x.i === cols.period || x.i === cols.target)) {
			for (const x of rest) {
				if (x.i === cols.target) prevInd.target_text = joinWrapped(prevInd.target_text ?? '', clean(x.t));
				else prevInd.period_target_text = joinWrapped(prevInd.period_target_text ?? '', clean(x.t));
			}
			return this.ledger.fact(n);
		}
		// Continuation of a wrapped 三级 name.
		if (levels.length === 0 && prevInd && rest.length === 1 && rest[0].i === cols.name && !short) {
			prevInd.name = joinBrokenName(joinWrapped(prevInd.name, rest[0].t));
			return this.ledger.fact(n);
		}

		// A new indicator: the name is the first non-level cell; values follow it at
		// the header's distances (rows shifted left by merged cells keep the distances).
		const nameCell = rest[0];
		const shift = cols.name - nameCell.i;
		const periodAt = cols.period !== null ? cols.period - shift : null;
		const targetAt = cols.target - shift;
		let period: string | null = periodAt !== null && periodAt > nameCell.i ? c[periodAt] || null : null;
		let target: string | null = targetAt > nameCell.i ? c[targetAt] || null : null;
		const extra = rest.slice(1).filter((x) => x.i !== periodAt && x.i !== targetAt);
		if (extra.length) {
			// Values not where the header puts them: take them in order.
			const vals = rest.slice(1).map((x) => x.t);
			if (cols.period !== null) {
				period = vals[0] ?? null;
				target = vals[1] ?? null;
				vals.splice(0, 2);
			} else {
				target = vals[0] ?? null;
				vals.splice(0, 1);
			}
			if (vals.length) this.flag(n, 'info', 'extraction_noise', `indicator ${joinBrokenName(nameCell.t)}: extra cells ignored: ${vals.map((v) => `"${v}"`).join(', ')}`, 'indicators');
		}
		if (target === null && (short || (n === this.lastLine && c.length < cols.width))) {
			return this.ledger.unparsed(n, `indicator row stops before the 年度指标值 column: the file looks cut off here`);
		}
		if (target === null && period === null) {
			return this.ledger.unparsed(n, `indicator row "${normalizeSpace(nameCell.t)}" has no 指标值 (no value cell after the name)`);
		}

		const name = joinBrokenName(nameCell.t);
		const ind: IndicatorFact = {
			task_key: null,
			level1: this.level1,
			level2: this.level2,
			name,
			target_text: target === null ? null : clean(target),
			period_target_text: period === null ? null : clean(period),
			actual_text: null,
			source_line: n
		};
		const ref = `indicator:${this.doc.indicators.length}`;
		this.doc.indicators.push(ind);
		this.prev = { kind: 'indicator', ind, line: n };
		if (ind.level1 === null && ind.level2 === null) this.flag(n, 'warning', 'level_missing', `indicator ${name}: no 一级/二级指标 printed above it`, 'indicators', ref);
		if (target === null) this.flag(n, 'warning', 'missing_target', `indicator ${name}: no 年度指标值 printed`, 'indicators', ref);
		this.ledger.fact(n);
	}
}
