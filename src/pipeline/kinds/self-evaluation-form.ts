// Parser of the 部门整体支出绩效自评表 (self-evaluation form of a department's
// overall spending): header (unit, year), budget block, 年度关键指标 block,
// 主要任务 block with the indicators of each task, and the prose sections.
// Pure: lines in, facts out; never throws, never does I/O. Every non-blank
// line is marked in the ledger (fact / prose / unparsed with a reason).
import { LineLedger } from '../documents/line-ledger.ts';
import { cells } from '../documents/split-lines.ts';
import type { BudgetFact, BudgetScope, FlagFact, ParsedDocument, SourceLine, TaskFact } from '../types.ts';
import { normalizeSpace, toHalfWidth } from '../values/normalize-text.ts';
import { readMoneyWan, readNumber, readPercent, type NumberReading } from '../values/parse-number.ts';
import { readGrid, type GridCell } from '../tables/cell-grid.ts';
import { budgetCategory, budgetField, budgetScope, type BudgetField } from './budget-labels.ts';
import { readBudgetFigures } from './budget-figures.ts';
import { IndicatorTable, readIndicatorHeader } from './indicator-table.ts';

// ---------------------------------------------------------------------------
// Text helpers

/** Removes HTML tags left by the extraction (`<p>…</p>`), keeping the text; whitespace normalised. */
export function stripTags(s: string): string {
	return normalizeSpace(
		s
			.replace(/<\/(?:p|div|li|tr|td|h\d)\s*>|<br\s*\/?>/gi, ' ')
			.replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g, '')
	);
}

/** Compact key of a label cell: half-width, no spaces, no trailing colon. */
function key(s: string): string {
	return toHalfWidth(stripTags(s)).replace(/[\s\u3000]/g, '').replace(/[:：]$/, '');
}

const isBlankCell = (c: string | undefined) => c === undefined || stripTags(c) === '';

// ---------------------------------------------------------------------------
// Row labels of the form

type RowLabel =
	| 'unit' // 部门名称
	| 'budget' // 部门资金情况
	| 'goal' // 年度整体目标 / 年度目标
	| 'key_indicators' // 年度关键指标
	| 'prose_section' // 重点项目绩效情况, 部门整体绩效, 存在问题, 改进措施
	| 'notes' // 注：…
	| 'unit_of_money' // 单位：万元
	| 'attachment'; // 附件2

const ROW_LABELS: [RowLabel, RegExp][] = [
	['unit', /^(?:(?:预算)?部门[、,，]?单位|部门|单位|预算单位|主管部门)(?:名称|全称)(?:[(（](?:汇总|单位)[)）])?$/],
	['budget', /^(?:部门|单位)?(?:资金|预算资金|预算执行)情况(?:[(（]万元[)）])?$/],
	// 年度目标1:(80分): numbered goals with their weight.
	['goal', /^(?:年度(?:整体|总体)?(?:绩效)?目标|(?:整体|总体)目标)(?:\d*[:：]?(?:[(（]\d+分[)）])?)$/],
	['key_indicators', /^年度(?:关键|绩效)指标$/],
	['prose_section', /^(?:重点项目绩效情况|部门整体绩效|整体绩效|存在(?:的)?(?:主要)?问题|改进措施|下一步|偏差|原因分析|其他需要说明|评价结论)/],
	['notes', /^(?:注|备注)(?:[:：]|$|\d)/],
	['unit_of_money', /^(?:金额)?单位[:：]\s*(?:万元|元)$/],
	['attachment', /^附件\s*[\d一二三四五六七八九十]*(?:[-－]\d+)?$/]
];

function rowLabel(cell: string): RowLabel | null {
	const k = key(cell);
	if (k === '') return null;
	for (const [label, re] of ROW_LABELS) if (re.test(k)) return label;
	return null;
}

// Columns of the 主要任务 header.
type TaskRole = 'name' | 'goal' | 'outcome' | 'ind_name' | 'ind_target' | 'ind_actual' | 'amount';
const TASK_COLUMNS: [TaskRole, RegExp][] = [
	['name', /^(?:主要任务|重点任务|任务名称|年度主要任务|任务)$/],
	['goal', /^(?:预期目标|年度目标|任务目标)$/],
	['outcome', /^(?:目标完成情况|完成情况|实际完成情况)$/],
	['ind_name', /^(?:关键指标|绩效指标|指标名称|主要指标)$/],
	['ind_target', /^(?:预期实现值|预期值|指标值|目标值|年度指标值)$/],
	['ind_actual', /^(?:指标完成情况|实际完成值|完成值|指标完成值|实际完成)$/],
	['amount', /^(?:任务涉及资金|涉及资金|任务资金|资金|金额|拟投入资金|预算数)(?:[(（]万元[)）])?$/]
];

function taskHeader(cs: string[]): Partial<Record<TaskRole, number>> | null {
	const cols: Partial<Record<TaskRole, number>> = {};
	cs.forEach((c, i) => {
		const k = key(c);
		for (const [role, re] of TASK_COLUMNS) if (re.test(k) && cols[role] === undefined) cols[role] = i;
	});
	return cols.name !== undefined && cols.ind_name !== undefined && (cols.amount !== undefined || cols.goal !== undefined) ? cols : null;
}

// Columns of the 年度关键指标 header: 关键指标 ⇥ 预期实现值 ⇥ 指标完成情况.
interface KeyCols { name: number; target: number; actual: number }
function keyIndicatorHeader(cs: string[]): KeyCols | null {
	const ks = cs.map(key);
	const name = ks.findIndex((k) => /^(?:关键指标|指标名称|绩效指标)$/.test(k));
	const target = ks.findIndex((k) => /^(?:预期实现值|预期值|指标值|目标值|年度指标值|年初目标值)$/.test(k));
	const actual = ks.findIndex((k) => /^(?:指标完成情况|实际完成值|完成值|指标完成值|实际完成情况)$/.test(k));
	if (name < 0 || (target < 0 && actual < 0)) return null;
	if (ks.some((k) => /^(?:主要任务|任务涉及资金)$/.test(k))) return null;
	return { name, target, actual };
}

// ---------------------------------------------------------------------------
// Indicator lists in one cell: names space-separated, values space-separated.

const UNIT_TOKEN = /^(?:%|％|‰|次|人|人次|万人次|户|个|处|家|项|件|宗|份|场|场次|篇|所|条|张|栋|座|起|万元|元|天|日|个工作日|小时|月|分|分\/月|名|米|平方米|㎡|公里|km|吨|亩|床|间|册|台|辆|期|批)$/;
const COMPARATOR_TOKEN = /^(?:[≥≤><=＞＜＝≧≦]+|不低于|不少于|不超过|不高于|大于|小于|低于|高于|达到|约)$/;

/** Splits a value cell at spaces, gluing back what a space split inside one value (`≥ 90%`, `5 次`, `3, 986. 34`). */
export function splitValues(cell: string): string[] {
	const raw = normalizeSpace(cell).split(' ').filter(Boolean);
	const out: string[] = [];
	let glueNext = false;
	for (const t of raw) {
		const prev = out.length ? out[out.length - 1] : null;
		const joinPrev =
			prev !== null &&
			(glueNext ||
				(UNIT_TOKEN.test(t) && /\d$/.test(prev)) ||
				(/^[.,，．]\d/.test(t) && /\d$/.test(prev)) ||
				(/[.,，．]$/.test(prev) && /^\d/.test(t)));
		if (joinPrev) out[out.length - 1] = `${prev} ${t}`;
		else out.push(t);
		glueNext = COMPARATOR_TOKEN.test(t);
	}
	return out;
}

/** Splits a name cell at spaces, keeping bracketed and quoted parts whole (`（含 人行道）`). */
export function splitNames(cell: string): string[] {
	const raw = normalizeSpace(cell).split(' ').filter(Boolean);
	const out: string[] = [];
	let depth = 0;
	for (const t of raw) {
		if (depth > 0 && out.length) out[out.length - 1] += ` ${t}`;
		else out.push(t);
		for (const ch of t) {
			if ('（(《“「【'.includes(ch)) depth++;
			else if ('）)》”」】'.includes(ch)) depth = Math.max(0, depth - 1);
		}
	}
	return out;
}

/** A complete indicator name, not a fragment of one (`重点项目完工率`, `召开会议场次`). */
function looksLikeIndicatorName(t: string): boolean {
	return t.length >= 4 && /(?:率|数|量|度|次|额|排名|名次|情况|时间|时限|频次|人次|场次|得分)$/.test(t);
}

export interface Pairing {
	pairs: { name: string; value: string | null; target: string | null }[];
	/** Set when the counts did not settle the pairing: the reason for an `indicator_pairing` flag. */
	problem: string | null;
}

/**
 * Pairs the indicator names of one cell with the completion values of the next
 * (and the targets, when the table has a target column). Counts decide: equal
 * counts pair in order; one name takes the whole value cell; otherwise what
 * can be paired is paired and the problem is reported, never dropped.
 */
export function pairIndicatorCells(nameCell: string, valueCell: string, targetCell: string | null = null): Pairing {
	const nameText = stripTags(nameCell);
	const valueText = stripTags(valueCell);
	const targetText = targetCell === null ? '' : stripTags(targetCell);
	if (nameText === '') {
		if (valueText === '' && targetText === '') return { pairs: [], problem: null };
		return { pairs: [], problem: `values without indicator names: "${[targetText, valueText].filter(Boolean).join(' / ')}"` };
	}
	const names = splitNames(nameText);
	const values = valueText === '' ? [] : splitValues(valueText);
	const targets = targetText === '' ? [] : splitValues(targetText);
	if (names.length === 1) {
		return { pairs: [{ name: names[0], value: valueText || null, target: targetText || null }], problem: null };
	}
	const problems: string[] = [];
	const column = (list: string[], whole: string, what: string): (string | null)[] | 'one' => {
		if (list.length === names.length) return list;
		if (list.length === 0) {
			if (what === 'values') problems.push(`${names.length} indicator names but no completion values`);
			return names.map(() => null);
		}
		if (list.length === 1) return 'one';
		problems.push(`${names.length} indicator names but ${list.length} ${what} ("${whole}"): paired in order`);
		return names.map((_, i) => list[i] ?? null);
	};
	const v = column(values, valueText, 'values');
	const t = targetCell === null ? names.map(() => null) : column(targets, targetText, 'targets');
	if (v === 'one' || t === 'one') {
		// One value for several space-separated words: a name with a space inside, or values missing.
		if (names.every(looksLikeIndicatorName)) {
			const one = (list: string[], whole: string) => names.map((_, i) => (i === 0 ? whole || null : list.length > 1 ? list[i] ?? null : null));
			return {
				pairs: names.map((name, i) => ({ name, value: one(values, valueText)[i], target: targetCell === null ? null : one(targets, targetText)[i] })),
				problem: `${names.length} indicator names but one value "${valueText}${targetText ? ` / ${targetText}` : ''}": given to the first (ambiguous)`
			};
		}
		return {
			pairs: [{ name: nameText, value: valueText || null, target: targetText || null }],
			problem: `${names.length} space-separated names but one value: read as one indicator named "${nameText}" (ambiguous)`
		};
	}
	const pairs = names.map((name, i) => ({ name, value: v[i], target: t[i] }));
	if (values.length > names.length) problems.push(`unpaired values: ${values.slice(names.length).join(' ')}`);
	if (targets.length > names.length) problems.push(`unpaired targets: ${targets.slice(names.length).join(' ')}`);
	return { pairs, problem: problems.length ? problems.join('; ') : null };
}

// ---------------------------------------------------------------------------
// Budget block

interface BudgetPair { label: string; field: BudgetField | null; scope: BudgetScope | null; raw: string; inline: boolean }

const MONEY_FIELDS: BudgetField[] = ['initial', 'adjusted', 'actual', 'adjustment_amount'];
const RATE_FIELDS: BudgetField[] = ['rate', 'adjustment_rate'];

function isFigure(c: string): boolean {
	const s = stripTags(c);
	return readNumber(s).ok || readPercent(s).ok;
}

/** A budget label the form uses: a known field (not 分值/得分) or a sub-scope (其中：一般公共预算). */
function budgetLabel(c: string): { field: BudgetField | null; scope: BudgetScope | null } | null {
	const text = stripTags(c);
	if (text === '' || isFigure(text)) return null;
	const field = budgetField(text);
	if (field && field !== 'weight' && field !== 'score') return { field, scope: null };
	const scope = budgetScope(text);
	if (scope && scope !== 'total') return { field: null, scope };
	return null;
}

/** Label/value pairs of one budget row; `rest` holds cells that are neither. */
function budgetPairs(cs: string[]): { pairs: BudgetPair[]; rest: string[]; bare: string[] } {
	const pairs: BudgetPair[] = [];
	const rest: string[] = [];
	const bare: string[] = [];
	for (let i = 0; i < cs.length; i++) {
		const c = stripTags(cs[i]);
		if (c === '') continue;
		if (i === 0 && rowLabel(c) === 'budget') continue;
		const lab = budgetLabel(c);
		if (lab) {
			const next = i + 1 < cs.length ? stripTags(cs[i + 1]) : '';
			// A label (分值 and 得分 included) is not a figure: 执行率(B/A) ⇥ 得分 (20分*执行率) is a header.
			if (next !== '' && !budgetLabel(next) && !budgetField(next)) {
				pairs.push({ label: c, ...lab, raw: next, inline: false });
				i++;
			} else bare.push(c);
			continue;
		}
		// Label and figure in one cell: `实际支出数：18,570.21`.
		const m = /^(.+?)[:：\s]\s*(-?[\d,，.\s]+\s*[%％]?)$/.exec(c);
		const inner = m ? budgetLabel(m[1]) : null;
		if (m && inner) pairs.push({ label: m[1].trim(), ...inner, raw: m[2], inline: true });
		else rest.push(c);
	}
	return { pairs, rest, bare };
}

function readRate(raw: string): NumberReading & { assumed?: boolean } {
	const p = readPercent(raw);
	if (p.ok) return p;
	const n = readNumber(raw);
	if (n.ok) return { ok: true, value: n.value > 1.5 ? n.value / 100 : n.value, decimals: n.value > 1.5 ? n.decimals : Math.max(0, n.decimals - 2), assumed: true };
	return p;
}

class BudgetBlock {
	total: BudgetFact | null = null;
	subs: BudgetFact[] = [];
	labels: string[] = [];
	adjustment: { value: number; line: number; label: string } | null = null;

	constructor(private flags: FlagFact[]) {}

	private totalFact(line: number): BudgetFact {
		if (!this.total) {
			this.total = {
				scope: 'total', initial_budget_wan: null, adjusted_budget_wan: null, actual_spend_wan: null,
				reported_execution_rate: null, reported_adjustment_rate: null,
				reported_execution_rate_decimals: null, reported_adjustment_rate_decimals: null, source_line: line
			};
		}
		return this.total;
	}

	/** Reads one pair; returns false (with a reason) when the figure cannot be read. */
	add(p: BudgetPair, line: number): string | null {
		const raw = p.raw;
		if (p.scope) {
			const r = readMoneyWan(raw);
			if (!r.ok) return `${p.label}: ${r.reason}`;
			const existing = this.subs.find((s) => s.scope === p.scope);
			if (existing) {
				if (existing.actual_spend_wan !== r.value) this.repeat(line, p.label, existing.actual_spend_wan, r.value);
				return null;
			}
			this.subs.push({
				scope: p.scope, initial_budget_wan: null, adjusted_budget_wan: null, actual_spend_wan: r.value,
				reported_execution_rate: null, reported_adjustment_rate: null, source_line: line, label: normalizeSpace(p.label)
			});
			return null;
		}
		const field = p.field!;
		if (MONEY_FIELDS.includes(field)) {
			const r = readMoneyWan(raw);
			if (!r.ok) return `${p.label}: ${r.reason}`;
			if (field === 'adjustment_amount') {
				this.totalFact(line);
				if (this.adjustment && this.adjustment.value !== r.value) this.repeat(line, p.label, this.adjustment.value, r.value);
				else this.adjustment ??= { value: r.value, line, label: p.label };
			} else {
				const t = this.totalFact(line);
				const k = field === 'initial' ? 'initial_budget_wan' : field === 'adjusted' ? 'adjusted_budget_wan' : 'actual_spend_wan';
				if (t[k] !== null && t[k] !== r.value) this.repeat(line, p.label, t[k], r.value);
				else t[k] = r.value;
			}
			this.labels.push(normalizeSpace(p.label));
			return null;
		}
		if (RATE_FIELDS.includes(field)) {
			const r = readRate(raw);
			if (!r.ok) return `${p.label}: ${r.reason}`;
			if (r.assumed) {
				this.flags.push({ source_line: line, severity: 'info', code: 'unit_assumed', table_name: 'budgets', message: `${p.label} printed without % ("${raw}"): read as ${(r.value * 100).toFixed(2)} %` });
			}
			const t = this.totalFact(line);
			const [k, d] = field === 'rate'
				? (['reported_execution_rate', 'reported_execution_rate_decimals'] as const)
				: (['reported_adjustment_rate', 'reported_adjustment_rate_decimals'] as const);
			if (t[k] !== null && t[k] !== r.value) this.repeat(line, p.label, t[k], r.value);
			else {
				t[k] = r.value;
				t[d] = r.decimals;
			}
			this.labels.push(normalizeSpace(p.label));
			return null;
		}
		return `${p.label}: not a budget figure`;
	}

	private repeat(line: number, label: string, first: number | null, again: number) {
		this.flags.push({
			source_line: line, severity: 'warning', code: 'inconsistent_repeat', table_name: 'budgets',
			message: `${normalizeSpace(label)} printed again as ${again} (first read ${first}); the first figure is kept`
		});
	}

	/** The facts of the block, with the 年度调整额 check. */
	close(): BudgetFact[] {
		const out: BudgetFact[] = [];
		const t = this.total;
		if (t) {
			t.label = [...new Set(this.labels)].join(' / ');
			if (this.adjustment && t.adjusted_budget_wan !== null && t.initial_budget_wan !== null) {
				const diff = Math.round((t.adjusted_budget_wan - t.initial_budget_wan) * 10000);
				const printed = Math.round(this.adjustment.value * 10000);
				if (Math.abs(diff - printed) > 50) {
					this.flags.push({
						source_line: this.adjustment.line, severity: 'warning', code: 'sum_mismatch', table_name: 'budgets',
						message: `${normalizeSpace(this.adjustment.label)} ${this.adjustment.value} ≠ adjusted − initial budget = ${(diff / 10000).toFixed(2)} 万元`
					});
				}
			}
			const hasFigures = t.initial_budget_wan !== null || t.adjusted_budget_wan !== null || t.actual_spend_wan !== null ||
				t.reported_execution_rate !== null || t.reported_adjustment_rate !== null;
			if (hasFigures) out.push(t);
		}
		out.push(...this.subs);
		this.total = null;
		this.subs = [];
		this.labels = [];
		this.adjustment = null;
		return out;
	}
}

// ---------------------------------------------------------------------------
// The levelled indicator table (一级 / 二级 / 三级指标 | 目标值 | 完成值 | 得分)

const gridRow = (n: number, text: string): GridCell[] => readGrid([{ number: n, text }])[0]?.cells ?? [];

/** The header of a levelled indicator table anywhere in the row (after a block label such as 年度绩效指标). */
function levelledHeader(row: GridCell[]) {
	for (let k = 0; k < row.length; k++) {
		const h = readIndicatorHeader(row, k);
		if (h && h.header.levels) return h.header;
	}
	return null;
}

// ---------------------------------------------------------------------------
// The parser

type Section = 'head' | 'data_sheet' | 'budget' | 'goal' | 'key_indicators' | 'indicator_table' | 'tasks' | 'prose' | 'notes';

const TITLE_RE = /自评表|绩效自评|绩效评价表/;
// 整体支出绩效评价基础数据表: a data sheet published with the form (staff, 三公经费,
// 项目支出 by year). Its own block: its figures are not the form's budget execution.
const DATA_SHEET_RE = /基础数据表$/;
// 按收入性质分:2030.12 / 其中:基本支出:900.47: the composition printed under the budget block.
const COMPOSITION_RE = /^((?:其中[:：]?\s*)?(?:按收入性质分|按支出性质分|一般公共预算(?:拨款)?|政府性基金(?:预算)?(?:拨款)?|纳入专户管理的非税收入(?:拨款)?|其他资金|基本支出|项目支出))\s*[:：]\s*(.*)$/;
const YEAR_RE = /(20\d{2})\s*年/;

function emptyDocument(): ParsedDocument {
	return {
		kind: 'self_evaluation_form', title: null, unit_name: null, unit_name_line: null, fiscal_year: null, fiscal_year_line: null,
		budgets: [], budget_lines: [], tasks: [], indicators: [], scores: [], flags: []
	};
}

export function parseSelfEvaluationForm(lines: SourceLine[], ledger: LineLedger): ParsedDocument {
	const doc = emptyDocument();
	try {
		new FormParser(lines, ledger, doc).run();
	} catch (e) {
		// Not expected; a parser reports instead of throwing.
		doc.flags.push({ source_line: null, severity: 'error', code: 'parser_error', table_name: null, message: `self-evaluation form parser stopped: ${(e as Error)?.message ?? e}` });
	}
	return doc;
}

class FormParser {
	private section: Section = 'head';
	private budget: BudgetBlock;
	private keyCols: KeyCols | null = null;
	private taskCols: Partial<Record<TaskRole, number>> | null = null;
	private task: TaskFact | null = null;
	private taskTotal: { value: number; line: number } | null = null;
	private indicatorTable: IndicatorTable | null = null;
	private dataSheet: { title: string; start: number; end: number } | null = null;
	private pendingUnit = false;
	private loneFigures: number[] = [];
	private beforeTitle: number[] = [];
	private yearFromTable: { year: number; line: number } | null = null;

	constructor(private lines: SourceLine[], private ledger: LineLedger, private doc: ParsedDocument) {
		this.budget = new BudgetBlock(doc.flags);
	}

	run(): void {
		for (const line of this.lines) {
			if (LineLedger.isBlank(line.text)) continue;
			this.line(line.number, line.text);
		}
		this.leaveSection();
		this.finishTasks();
		if (this.doc.budgets.length === 0) this.budgetsFromGrid();
		for (const n of this.loneFigures) if (!this.ledger.has(n)) this.ledger.unparsed(n, 'a figure in the header of the self-evaluation form, outside any table read');
		for (const n of this.beforeTitle) {
			if (this.titleLine !== null && n < this.titleLine) this.ledger.prose(n, "text before the form's title (cover of the publication)");
			else this.ledger.unparsed(n, 'not recognised in the header of the self-evaluation form');
		}
		if (this.yearFromTable) {
			if (this.doc.fiscal_year === null) {
				this.doc.fiscal_year = this.yearFromTable.year;
				this.doc.fiscal_year_line = this.yearFromTable.line;
			} else if (this.doc.fiscal_year !== this.yearFromTable.year) {
				this.flag(this.yearFromTable.line, 'warning', 'year_mismatch', 'documents', `被评价年度 ${this.yearFromTable.year} ≠ year of the title ${this.doc.fiscal_year}`);
			}
		}
		if (this.doc.unit_name === null && this.doc.title) {
			const m = /([\u4e00-\u9fff（）()]*(?:街道办事处|人民政府|办事处))/.exec(this.doc.title.replace(/\d{4}\s*年度?/, ' '));
			if (m) {
				this.doc.unit_name = m[1];
				this.doc.unit_name_line = this.titleLine;
			}
		}
	}

	private titleLine: number | null = null;

	/**
	 * No budget row in the form's own row layout (one cell per line, a flattened
	 * table): the one budget reader reads the lines outside any data sheet.
	 */
	private budgetsFromGrid(): void {
		const d = this.dataSheet;
		const lines = d ? this.lines.filter((l) => l.number < d.start || l.number > d.end) : this.lines;
		const read = readBudgetFigures(lines);
		this.doc.budgets.push(...read.budgets);
		this.doc.flags.push(...read.flags);
		for (const n of read.factLines) this.ledger.fact(n);
		for (const n of read.labelLines) this.ledger.prose(n, 'label, weight or score of the budget table');
	}

	private flag(line: number | null, severity: FlagFact['severity'], code: string, table: string | null, message: string, ref: string | null = null) {
		this.doc.flags.push({ source_line: line, severity, code, table_name: table, message, ref });
	}

	private enter(s: Section): void {
		if (s !== this.section) this.leaveSection();
		this.section = s;
	}

	private leaveSection(): void {
		if (this.section === 'budget' || this.section === 'head') this.doc.budgets.push(...this.budget.close());
		if (this.section === 'data_sheet' && this.dataSheet) {
			const d = this.dataSheet;
			this.flag(d.start, 'info', 'data_sheet_not_read', null, `lines ${d.start}–${d.end}: ${d.title} is a data sheet attached to the form, booked as its own block; its figures are not read as the form's budget execution`);
		}
	}

	private line(n: number, text: string): void {
		const cs = cells(text);
		const filled = cs.map(stripTags).filter((c) => c !== '');
		if (filled.length === 0) {
			this.ledger.prose(n, 'markup only');
			return;
		}
		if (filled.every((c) => /^[-:=—_\s]+$/.test(c))) {
			this.ledger.prose(n, 'table rule');
			return;
		}
		const first = stripTags(cs[0] ?? '');
		const label = first ? rowLabel(first) : null;
		const one = filled.length === 1 ? filled[0] : null;

		// An attached data sheet: its own block up to the form's title.
		if (one && DATA_SHEET_RE.test(key(one))) {
			this.enter('data_sheet');
			this.dataSheet = { title: normalizeSpace(one), start: n, end: n };
			this.ledger.prose(n, 'title of an attached data sheet');
			return;
		}
		if (this.section === 'data_sheet') {
			if (one && TITLE_RE.test(one)) this.enter('head');
			else {
				this.dataSheet!.end = n;
				this.ledger.prose(n, label === 'attachment' ? 'attachment label' : `${this.dataSheet!.title}: a data sheet booked as its own block, not read as the form's figures`);
				return;
			}
		}

		// Title (before anything tabular).
		if (this.doc.title === null && filled.length === 1 && TITLE_RE.test(filled[0]) && this.section === 'head') {
			this.doc.title = normalizeSpace(filled[0]);
			this.titleLine = n;
			const y = YEAR_RE.exec(filled[0]);
			if (y) {
				this.doc.fiscal_year = Number(y[1]);
				this.doc.fiscal_year_line = n;
			}
			this.ledger.prose(n, 'title');
			return;
		}

		// Header rows that switch blocks.
		const th = taskHeader(cs);
		if (th) {
			this.enter('tasks');
			this.finishTasks();
			this.taskCols = th;
			this.task = null;
			this.ledger.prose(n, 'header of the 主要任务 table');
			return;
		}
		const kh = keyIndicatorHeader(cs);
		if (kh) {
			this.enter('key_indicators');
			this.keyCols = kh;
			this.ledger.prose(n, 'header of the 年度关键指标 table');
			return;
		}
		const row = gridRow(n, text);
		const ih = levelledHeader(row);
		if (ih) {
			this.enter('indicator_table');
			this.indicatorTable = new IndicatorTable(ih, null, this.doc.indicators.length);
			this.ledger.prose(n, 'header of the indicator table (一级 / 二级 / 三级指标)');
			return;
		}
		if (this.section === 'indicator_table' && label === null) {
			this.indicatorTableRow(n, row);
			return;
		}

		switch (label) {
			case 'unit':
				this.enter('head');
				this.unitRow(n, cs);
				return;
			case 'budget':
				this.enter('budget');
				this.budgetRow(n, cs);
				return;
			case 'goal':
				this.enter('goal');
				this.ledger.prose(n, 'goal / outcome narrative');
				return;
			case 'key_indicators':
				this.enter('key_indicators');
				this.keyCols = null;
				if (filled.length > 1) this.keyIndicatorRow(n, cs);
				else this.ledger.prose(n, 'heading of the 年度关键指标 block');
				return;
			case 'prose_section':
				this.enter('prose');
				this.ledger.prose(n, `section ${filled[0].slice(0, 12)}`);
				return;
			case 'notes':
				this.enter('notes');
				this.ledger.prose(n, 'note');
				return;
			case 'unit_of_money':
				this.ledger.prose(n, 'unit of money');
				return;
			case 'attachment':
				this.ledger.prose(n, 'attachment label');
				return;
		}

		switch (this.section) {
			case 'head':
				if (this.compositionRow(n, filled)) return;
				if (this.pendingUnit && one && !isFigure(one)) {
					this.pendingUnit = false;
					this.doc.unit_name ??= normalizeSpace(one);
					this.doc.unit_name_line ??= n;
					this.ledger.prose(n, 'header: unit name');
					return;
				}
				if (this.budgetRow(n, cs, true)) return;
				// One cell per line: the labels of the budget table (the one budget reader reads its figures).
				if (one && (budgetField(one) || budgetScope(one) || /^[(（]?(?:金额)?单位?[:：]?\s*万?元[)）]?$|^[(（]万元[)）]?$/.test(key(one)) || /^年度预算申请$|^预算(?:资金)?情况$/.test(key(one)))) {
					this.ledger.prose(n, 'label of the budget table');
					return;
				}
				// A lone figure: decided once the budget reader has run (it may be a weight or score).
				if (one && isFigure(one)) {
					this.loneFigures.push(n);
					return;
				}
				// Before the title: the cover of a publication, if a title follows (decided at the end).
				if (one && this.doc.title === null) {
					this.beforeTitle.push(n);
					return;
				}
				this.ledger.unparsed(n, 'not recognised in the header of the self-evaluation form');
				return;
			case 'budget':
				if (this.compositionRow(n, filled)) return;
				this.budgetRow(n, cs);
				return;
			case 'goal':
				this.ledger.prose(n, 'goal / outcome narrative');
				return;
			case 'key_indicators':
				this.keyIndicatorRow(n, cs);
				return;
			case 'tasks':
				this.taskRow(n, cs);
				return;
			case 'prose':
				this.ledger.prose(n, 'narrative');
				return;
			case 'notes':
				this.ledger.prose(n, 'note');
				return;
		}
	}

	/** Cells such as 按支出性质分:1925.67 or 其中:基本支出:900.47: the composition, as budget lines. */
	private compositionRow(n: number, filled: string[]): boolean {
		const parts = filled.map((c) => COMPOSITION_RE.exec(normalizeSpace(toHalfWidth(c))));
		if (parts.length === 0 || parts.some((m) => m === null)) return false;
		let read = 0;
		for (const m of parts as RegExpExecArray[]) {
			const label = normalizeSpace(m[1]);
			if (m[2].trim() === '') continue; // 纳入专户管理的非税收入拨款: (nothing printed)
			const r = readMoneyWan(m[2]);
			if (!r.ok) {
				this.flag(n, 'warning', 'unreadable_value', 'budget_lines', `${label}: ${r.reason}`);
				continue;
			}
			this.doc.budget_lines.push({ category: budgetCategory(label), label, amount_wan: r.value, source_line: n });
			read++;
		}
		if (read > 0) this.ledger.fact(n);
		else this.ledger.prose(n, 'composition label without a figure');
		return true;
	}

	/** A row of the levelled indicator table; 总分 closes it with the total score. */
	private indicatorTableRow(n: number, row: GridCell[]): void {
		const table = this.indicatorTable!;
		if (row.length && /^(?:总分|合计|总计|自评总分)$/.test(row[0].key)) {
			const nums = row.slice(1, 3).map((c) => readNumber(c.text.replace(/分$/, ''))).flatMap((r) => (r.ok ? [r.value] : []));
			if (nums.length === 0) return this.ledger.unparsed(n, `total score row without a number: ${row.map((c) => c.text).join(' | ')}`);
			// 总分 | 100 | 95 prints the maximum and the score; one number is the score.
			this.doc.scores.push({ component: 'total', score: nums.length >= 2 ? nums[1] : nums[0], max_score: nums.length >= 2 ? nums[0] : null, source_line: n });
			this.ledger.fact(n);
			this.enter('prose');
			return;
		}
		const before = { indicators: table.out.indicators.length, flags: table.out.flags.length };
		const read = table.row(row);
		this.doc.indicators.push(...table.out.indicators.slice(before.indicators));
		this.doc.flags.push(...table.out.flags.slice(before.flags));
		if (read === 'indicator') this.ledger.fact(n);
		else if (read === 'levels') this.ledger.prose(n, 'levels of the indicator table without an indicator');
		else this.ledger.unparsed(n, `indicator table row not understood: ${row.map((c) => c.text).join(' | ')}`);
	}

	private unitRow(n: number, cs: string[]): void {
		const filled = cs.map(stripTags).filter((c) => c !== '');
		let name: string | null = null;
		for (let i = 1; i < filled.length; i++) {
			const k = key(filled[i]);
			if (/^被评价年度|^评价年度|^年度$/.test(k)) {
				const y = YEAR_RE.exec(filled[i + 1] ?? '') ?? /^(20\d{2})$/.exec(filled[i + 1] ?? '');
				if (y) this.yearFromTable = { year: Number(y[1]), line: n };
				i++;
				continue;
			}
			if (name === null) name = normalizeSpace(filled[i]);
		}
		if (name !== null) {
			this.doc.unit_name ??= name;
			this.doc.unit_name_line ??= n;
			this.ledger.prose(n, 'header: unit name');
		} else if (filled.length === 1) {
			// One cell per line: the name is the next cell.
			this.pendingUnit = true;
			this.ledger.prose(n, 'header: unit name label');
		} else this.ledger.unparsed(n, 'unit name row without a name');
	}

	/** Reads a budget row; in `tentative` mode (outside the block) returns false without marking when nothing is read. */
	private budgetRow(n: number, cs: string[], tentative = false): boolean {
		const { pairs, rest, bare } = budgetPairs(cs);
		// Outside a 部门资金情况 block only a table row with a budget field in its own cell counts.
		if (tentative && !pairs.some((p) => p.field && !p.inline)) return false;
		if (tentative) this.enter('budget');
		const problems: string[] = [];
		let read = 0;
		for (const p of pairs) {
			const why = this.budget.add(p, n);
			if (why) problems.push(why);
			else read++;
		}
		if (read > 0) {
			this.ledger.fact(n);
			for (const why of problems) this.flag(n, 'warning', 'unreadable_value', 'budgets', why);
			if (rest.length) this.flag(n, 'info', 'ignored_cells', 'budgets', `cells not read in the budget block: ${rest.join(' | ')}`);
		} else if (problems.length) {
			this.ledger.unparsed(n, `budget figures not readable: ${problems.join('; ')}`);
		} else if (rest.length) {
			this.ledger.unparsed(n, `budget row not understood: ${rest.join(' | ')}`);
		} else if (bare.length) {
			this.ledger.prose(n, 'budget labels without figures');
		} else {
			this.ledger.prose(n, 'budget block label');
		}
		return true;
	}

	private keyIndicatorRow(n: number, cs: string[]): void {
		const clean = cs.map(stripTags);
		// A merged block label printed on the first row (年度关键指标 ⇥ name ⇥ …) counts as empty.
		if (clean[0] && rowLabel(clean[0]) === 'key_indicators') clean[0] = '';
		const filled = clean.filter((c) => c !== '');
		if (filled.length === 0) {
			this.ledger.prose(n, 'key indicator block label');
			return;
		}
		let name: string | null = null;
		let target: string | null = null;
		let actual: string | null = null;
		const cols = this.keyCols;
		const aligned = cols !== null && clean[cols.name] !== undefined && clean[cols.name] !== '' &&
			clean.slice(0, cols.name).every((c) => c === '');
		if (aligned && cols) {
			name = clean[cols.name];
			target = cols.target >= 0 ? clean[cols.target] || null : null;
			actual = cols.actual >= 0 ? clean[cols.actual] || null : null;
			const used = new Set([cols.name, cols.target, cols.actual]);
			const extra = clean.filter((c, i) => c !== '' && !used.has(i));
			if (extra.length) this.flag(n, 'warning', 'ignored_cells', 'indicators', `key indicator ${name}: cells outside the columns not read: ${extra.join(' | ')}`, `indicator:${this.doc.indicators.length}`);
		} else if (filled.length === 3) {
			// Shifted row (no leading merged cell): name, expected value, completion.
			[name, target, actual] = filled;
		} else if (filled.length === 2 && cols === null) {
			this.ledger.unparsed(n, `key indicator row with 2 cells and no header to place them: ${filled.join(' | ')}`);
			return;
		} else if (filled.length === 2) {
			// Shifted by one with an empty value: the position of the second cell decides.
			const pos = clean.findIndex((c, i) => c !== '' && i > clean.indexOf(filled[0]));
			const shift = cols!.name - clean.indexOf(filled[0]);
			name = filled[0];
			if (pos + shift === cols!.actual) actual = filled[1];
			else target = filled[1];
		} else {
			this.ledger.unparsed(n, `key indicator row with ${filled.length} cells: ${filled.join(' | ')}`);
			return;
		}
		if (target === null && actual === null) {
			this.flag(n, 'warning', 'missing_value', 'indicators', `key indicator ${name}: neither 预期实现值 nor 指标完成情况 printed`, `indicator:${this.doc.indicators.length}`);
		} else if (actual === null) {
			// A self-evaluation reports completion: a missing 指标完成情况 is a gap (often a row cut off), not a target-only row.
			this.flag(n, 'warning', 'missing_value', 'indicators', `key indicator ${name}: 指标完成情况 not printed (row cut off?)`, `indicator:${this.doc.indicators.length}`);
		}
		this.doc.indicators.push({
			task_key: null, level1: null, level2: null, name: normalizeSpace(name), target_text: target && normalizeSpace(target),
			actual_text: actual && normalizeSpace(actual), source_line: n, actual_source_line: null
		});
		this.ledger.fact(n);
	}

	private taskRow(n: number, cs: string[]): void {
		const cols = this.taskCols!;
		const at = (role: TaskRole): string => {
			const i = cols[role];
			return i === undefined ? '' : stripTags(cs[i] ?? '');
		};
		const clean = cs.map(stripTags);
		const filled = clean.filter((c) => c !== '');
		const name = at('name');
		if (name !== '' && clean.slice(0, cols.name).every((c) => c === '')) {
			// 合计 row: a check of the task amounts, not a task.
			if (/^(?:合计|总计|小计)$/.test(key(name))) {
				const amt = readMoneyWan(at('amount') || filled[filled.length - 1]);
				if (amt.ok) this.taskTotal = { value: amt.value, line: n };
				this.ledger.prose(n, 'total row of the task table (checked against the tasks)');
				return;
			}
			if (filled.length === 1 && cs.length === 1) {
				this.ledger.unparsed(n, 'text without columns inside the task table (a wrapped cell?)');
				return;
			}
			this.newTask(n, cs, at);
			return;
		}
		if (!this.task) {
			this.ledger.unparsed(n, `row of the task table before any task: ${filled.join(' | ')}`);
			return;
		}
		// Continuation row: more indicators, or more text of the task's cells.
		const t = this.task;
		let used = false;
		if (at('goal')) { t.goal_text = t.goal_text ? `${t.goal_text} ${at('goal')}` : at('goal'); used = true; }
		if (at('outcome')) { t.outcome_text = t.outcome_text ? `${t.outcome_text} ${at('outcome')}` : at('outcome'); used = true; }
		if (at('amount')) {
			const amt = readMoneyWan(at('amount'));
			if (amt.ok && t.amount_wan === null) { t.amount_wan = amt.value; used = true; }
			else this.flag(n, 'warning', 'unreadable_value', 'tasks', `${t.name}: amount on a continuation row not read: "${at('amount')}"`, `task:${t.key}`);
		}
		if (this.taskIndicators(n, cs, t)) used = true;
		const known = new Set(Object.values(cols));
		const stray = clean.filter((c, i) => c !== '' && !known.has(i));
		if (stray.length) this.flag(n, 'warning', 'ignored_cells', 'tasks', `${t.name}: cells outside the columns not read: ${stray.join(' | ')}`, `task:${t.key}`);
		if (used) this.ledger.fact(n);
		else this.ledger.unparsed(n, `row of the task table not understood: ${filled.join(' | ')}`);
	}

	private newTask(n: number, cs: string[], at: (r: TaskRole) => string): void {
		const key = `t${this.doc.tasks.length + 1}`;
		let amount: number | null = null;
		const rawAmount = at('amount');
		if (rawAmount !== '') {
			const r = readMoneyWan(rawAmount);
			if (r.ok) amount = r.value;
			else this.flag(n, 'warning', 'unreadable_value', 'tasks', `${at('name')}: 任务涉及资金 not read (${r.reason})`, `task:${key}`);
		} else {
			this.flag(n, 'warning', 'missing_value', 'tasks', `${at('name')}: no 任务涉及资金 in its column`, `task:${key}`);
		}
		const task: TaskFact = {
			key, kind: 'key_task', name: normalizeSpace(at('name')), amount_wan: amount,
			goal_text: at('goal') || null, outcome_text: at('outcome') || null, source_line: n
		};
		this.doc.tasks.push(task);
		this.task = task;
		this.taskIndicators(n, cs, task);
		this.ledger.fact(n);
	}

	/** Indicators of a task row (one cell of names, one of values). */
	private taskIndicators(n: number, cs: string[], task: TaskFact): boolean {
		const cols = this.taskCols!;
		const cell = (i: number | undefined) => (i === undefined ? '' : cs[i] ?? '');
		const nameCell = cell(cols.ind_name);
		const valueCell = cell(cols.ind_actual);
		const targetCell = cols.ind_target === undefined ? null : cell(cols.ind_target);
		if (isBlankCell(nameCell) && isBlankCell(valueCell) && (targetCell === null || isBlankCell(targetCell))) return false;
		const { pairs, problem } = pairIndicatorCells(nameCell, valueCell, targetCell);
		if (problem) {
			this.flag(n, 'warning', 'indicator_pairing', 'indicators', `${task.name}: ${problem}`, `task:${task.key}`);
		}
		for (const p of pairs) {
			this.doc.indicators.push({
				task_key: task.key, level1: null, level2: null, name: p.name,
				target_text: p.target, actual_text: p.value, source_line: n, actual_source_line: null
			});
		}
		return pairs.length > 0;
	}

	private finishTasks(): void {
		if (this.taskTotal) {
			const sum = this.doc.tasks.reduce((s, t) => s + Math.round((t.amount_wan ?? 0) * 10000), 0);
			if (sum !== Math.round(this.taskTotal.value * 10000)) {
				this.flag(this.taskTotal.line, 'warning', 'sum_mismatch', 'tasks', `total of the task table ${this.taskTotal.value} ≠ sum of the task amounts ${(sum / 10000).toFixed(2)} 万元`);
			}
			this.taskTotal = null;
		}
	}
}
