// Parser of the 项目支出绩效自评表 (self-evaluation of one project; national
// template of 财预〔2020〕10号, used by Guangzhou's street offices for their
// key projects):
//
//   项目名称 | … ; 主管部门 | … | 实施单位 | …
//   项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
//     年度资金总额 / 其中:当年财政拨款 / 上年结转资金 / 其他资金
//   年度总体目标 | 预期目标 | 实际完成情况  (then the two texts)
//   绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
//   总分
//
// Fields are read by their labels from the cell grid, so the same code reads
// the form as a tab or pipe table, one cell per line, or flattened onto one
// line. The project becomes a task (kind project); its funds a budgets row of
// scope `project` tied to that task, never the unit's own total.
import type { LineLedger } from '../documents/line-ledger.ts';
import { cellStream, findCell, readGrid, type GridCell, type GridRow } from '../tables/cell-grid.ts';
import type { BudgetFact, FlagFact, ParsedDocument, ScoreFact, SourceLine, TaskFact } from '../types.ts';
import { normalizeSpace } from '../values/normalize-text.ts';
import { readNumber, roundMoney } from '../values/parse-number.ts';
import { readBudgetFigures } from './budget-figures.ts';
import { budgetField, budgetScope } from './budget-labels.ts';
import { IndicatorTable, indicatorRole, readIndicatorHeader, splitStreamRows } from './indicator-table.ts';

const TITLE = /项目(?:支出)?绩效(?:评价)?自评(?:价)?表|绩效自评表/;
const YEAR = /((?:19|20)\d{2})\s*年/;

type Field = 'project' | 'department' | 'implementer' | 'funds' | 'funds_row' | 'goal' | 'goal_expected' | 'goal_actual' | 'indicators' | 'total' | 'closing';

const FIELDS: [Field, RegExp][] = [
	['project', /^项目名称$/],
	['department', /^(?:主管部门|主管单位|预算部门)(?:及代码)?$/],
	['implementer', /^(?:实施单位|项目实施单位|执行单位)$/],
	['funds', /^项目资金(?:\(万元\)|\(元\))?$/],
	// A row of the funds block outside the budget scopes (its figures are flagged by the budget reader).
	['funds_row', /^(?:其中:?)?(?:上年结转(?:资金)?|结转结余(?:资金)?|上年结余(?:资金)?)$/],
	['goal', /^(?:年度(?:总体)?目标|总体目标|年度绩效目标)$/],
	['goal_expected', /^预期目标$/],
	['goal_actual', /^(?:实际完成情况|目标完成情况)$/],
	['indicators', /^(?:绩效指标|年度绩效指标)$/],
	['total', /^(?:总分|合计|总计|自评总分)$/],
	['closing', /^(?:偏差大或目标未完成原因分析|原因分析|改进措施|评价结论|备注|注|说明|填报人|填表人|联系电话|审核人|单位负责人|项目负责人|财务负责人|填报日期)/]
];

function fieldOf(key: string): Field | null {
	for (const [f, re] of FIELDS) if (re.test(key)) return f;
	return null;
}

/** Any label of the form: stops a value that runs over several cells. */
function isLabel(key: string): boolean {
	return fieldOf(key) !== null || budgetField(key) !== null || budgetScope(key) !== null || indicatorRole(key) !== null || TITLE.test(key);
}

export function parseProjectSelfEvaluation(lines: SourceLine[], ledger: LineLedger): ParsedDocument {
	const doc: ParsedDocument = {
		kind: 'project_self_evaluation', title: null, unit_name: null, unit_name_line: null, fiscal_year: null, fiscal_year_line: null,
		budgets: [], budget_lines: [], tasks: [], indicators: [], scores: [], flags: []
	};
	try {
		new Reader(lines, ledger, doc).run();
	} catch (e) {
		doc.flags.push({ source_line: null, severity: 'error', code: 'parser_error', table_name: null, message: `project self-evaluation parser stopped: ${(e as Error)?.message ?? String(e)}` });
	}
	return doc;
}

/** 219001-池州市贵池区棠溪镇人民政府 → 池州市贵池区棠溪镇人民政府 (the budget code is not part of the name). */
const withoutCode = (s: string) => normalizeSpace(s.replace(/^\d{3,}\s*[-－—]\s*/, ''));

class Reader {
	private rows: GridRow[];
	private cells: GridCell[];
	private facts = new Set<number>();
	/** Lines of 主管部门 / 实施单位: the document's unit, prose unless they also hold a fact. */
	private headerLines = new Set<number>();
	private task: TaskFact | null = null;

	constructor(private lines: SourceLine[], private ledger: LineLedger, private doc: ParsedDocument) {
		this.rows = readGrid(lines, { isLabel });
		this.cells = cellStream(this.rows);
	}

	private flag(line: number | null, severity: FlagFact['severity'], code: string, table: string | null, message: string, ref: string | null = null) {
		this.doc.flags.push({ source_line: line, severity, code, table_name: table, message, ref });
	}

	run(): void {
		this.title();
		const project = this.valueOf('project');
		const department = this.valueOf('department');
		const implementer = this.valueOf('implementer');
		const unit = department ?? implementer;
		if (unit) {
			this.doc.unit_name = withoutCode(unit.text);
			this.doc.unit_name_line = unit.line;
		}
		for (const v of [department, implementer]) if (v) this.headerLines.add(v.line);
		if (!project) {
			this.flag(null, 'error', 'missing_value', 'tasks', 'no 项目名称 found: the project (and so its funds and indicators) cannot be recorded');
		} else {
			const spender = implementer && department && withoutCode(implementer.text) !== withoutCode(department.text) ? withoutCode(implementer.text) : null;
			this.task = { key: 'p1', kind: 'project', name: normalizeSpace(project.text), spending_unit_name: spender, amount_wan: null, goal_text: null, outcome_text: null, source_line: project.line };
			this.doc.tasks.push(this.task);
			this.facts.add(project.line);
		}
		this.funds();
		this.goal();
		this.indicatorTable();
		for (const n of this.facts) this.ledger.fact(n);
		for (const r of this.rows) {
			const why = this.ledger.has(r.line) ? null : this.headerLines.has(r.line) ? 'header: 主管部门 / 实施单位' : proseReason(r);
			if (why) this.ledger.prose(r.line, why);
		}
	}

	private title(): void {
		const i = this.cells.findIndex((c) => TITLE.test(c.key));
		if (i < 0) return;
		const c = this.cells[i];
		const m = /(?:项目(?:支出)?)?绩效(?:评价)?自评(?:价)?表.*$/.exec(c.text) ?? [c.text];
		this.doc.title = normalizeSpace(m[0]);
		const y = YEAR.exec(c.text) ?? (this.cells[i + 1] ? YEAR.exec(this.cells[i + 1].text) : null);
		if (y) {
			this.doc.fiscal_year = Number(y[1]);
			this.doc.fiscal_year_line = c.line;
		}
	}

	/** The cells after a label up to the next label, joined: 项目名称 ⇥ 委托业务项目. */
	private valueOf(field: Field): { text: string; line: number } | null {
		const i = this.cells.findIndex((c) => fieldOf(c.key) === field);
		if (i < 0) return null;
		// One cell; in a flattened line the value runs up to the next label (a name with a space).
		const parts: GridCell[] = [];
		for (let k = i + 1; k < this.cells.length && !isLabel(this.cells[k].key); k++) {
			if (parts.length && (this.rowOf(this.cells[k]).shape !== 'flat' || this.cells[k].line !== parts[0].line)) break;
			parts.push(this.cells[k]);
		}
		if (parts.length === 0) {
			this.flag(this.cells[i].line, 'warning', 'missing_value', 'tasks', `${this.cells[i].text}: no value printed`);
			return null;
		}
		return { text: parts.map((p) => p.text).join(' '), line: parts[0].line };
	}

	private rowOf(c: GridCell): GridRow {
		return this.rows.find((r) => r.line === c.line)!;
	}

	/**
	 * The funds block, read by the one budget reader. The row of 年度资金总额 is
	 * the project's funds; when it is missing or an unfilled row of zeros (the
	 * reader then skips it), the 其中 rows with figures stand for it.
	 */
	private funds(): void {
		const read = readBudgetFigures(this.lines);
		const total = read.budgets.find((b) => b.scope === 'total');
		const parts = read.budgets.filter((b) => b.scope !== 'total');
		const facts = total ? [total] : parts;
		this.doc.flags.push(...read.flags.map((f) => ({ ...f, ref: f.ref ?? null })));
		if (facts.length === 0) {
			this.flag(null, 'warning', 'missing_value', 'budgets', 'no figures found in the 项目资金 block (年初预算数 / 全年预算数 / 全年执行数)');
			return;
		}
		const sum = (k: 'initial_budget_wan' | 'adjusted_budget_wan' | 'actual_spend_wan') =>
			facts.every((f) => f[k] === null) ? null : roundMoney(facts.reduce((s, f) => s + (f[k] ?? 0), 0));
		const one = facts.length === 1 ? facts[0] : null;
		const fact: BudgetFact = {
			scope: 'project', task_key: this.task?.key ?? null,
			initial_budget_wan: sum('initial_budget_wan'), adjusted_budget_wan: sum('adjusted_budget_wan'), actual_spend_wan: sum('actual_spend_wan'),
			reported_execution_rate: one?.reported_execution_rate ?? null, reported_adjustment_rate: one?.reported_adjustment_rate ?? null,
			reported_execution_rate_decimals: one?.reported_execution_rate_decimals ?? null, reported_adjustment_rate_decimals: one?.reported_adjustment_rate_decimals ?? null,
			source_line: facts[0].source_line, label: facts.map((f) => f.label).join(' + ')
		};
		if (!total) {
			this.flag(fact.source_line, 'info', 'project_funds_from_parts', 'budgets',
				`年度资金总额 not read (missing or an unfilled row of zeros): the project's funds are the sum of ${facts.map((f) => f.label?.split(' [')[0]).join(', ')}`);
		}
		this.doc.budgets.push(fact);
		if (this.task) this.task.amount_wan = fact.adjusted_budget_wan ?? fact.initial_budget_wan;
		for (const n of read.factLines) this.facts.add(n);
		for (const n of read.labelLines) this.ledger.prose(n, 'label, weight or score of the funds block');
	}

	/** 年度总体目标 | 预期目标 | 实际完成情况, then the goal and what was achieved. */
	private goal(): void {
		const i = findCell(this.cells, /^(?:年度(?:总体)?目标|总体目标|年度绩效目标)$/);
		if (i < 0) return;
		let k = i + 1;
		while (k < this.cells.length && (fieldOf(this.cells[k].key) === 'goal_expected' || fieldOf(this.cells[k].key) === 'goal_actual')) k++;
		const texts: GridCell[] = [];
		for (; k < this.cells.length && texts.length < 2 && !isLabel(this.cells[k].key); k++) texts.push(this.cells[k]);
		if (!this.task || texts.length === 0) return;
		this.task.goal_text = normalizeSpace(texts[0].text);
		this.task.outcome_text = texts[1] ? normalizeSpace(texts[1].text) : null;
		for (const t of texts) this.facts.add(t.line);
		if (!texts[1]) this.flag(texts[0].line, 'warning', 'missing_value', 'tasks', `${this.task.name}: 年度总体目标 without 实际完成情况`, `task:${this.task.key}`);
	}

	private indicatorTable(): void {
		const i = this.cells.findIndex((c, k) => indicatorRole(c.key) !== null && readIndicatorHeader(this.cells, k) !== null);
		if (i < 0) {
			this.flag(null, 'warning', 'missing_value', 'indicators', 'no indicator table (一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成值) found');
			return;
		}
		const { header, end } = readIndicatorHeader(this.cells, i)!;
		const table = new IndicatorTable(header, this.task?.key ?? null, this.doc.indicators.length);
		const stop = (c: GridCell) => fieldOf(c.key) === 'total' || fieldOf(c.key) === 'closing';
		let after: number;
		if (this.rowOf(this.cells[i]).shape === 'table') {
			// Printed rows: one per line.
			after = end;
			let rowCells: GridCell[] = [];
			const flush = () => {
				if (rowCells.length) this.tableRow(table, rowCells);
				rowCells = [];
			};
			for (; after < this.cells.length && !stop(this.cells[after]); after++) {
				if (rowCells.length && this.cells[after].line !== rowCells[0].line) flush();
				rowCells.push(this.cells[after]);
			}
			flush();
		} else {
			const split = splitStreamRows(this.cells, end, header, stop);
			for (const r of split.rows) this.tableRow(table, r);
			for (const r of split.incomplete) table.cutOff(r);
			after = split.end;
		}
		this.doc.indicators.push(...table.out.indicators);
		this.doc.flags.push(...table.out.flags);
		for (const n of table.out.factLines) this.facts.add(n);
		this.scores(table, after);
	}

	private tableRow(table: IndicatorTable, cells: GridCell[]): void {
		if (table.row(cells) === 'unread') {
			this.flag(cells[0].line, 'warning', 'unread_indicator_row', 'indicators', `indicator table row not understood: ${cells.map((c) => c.text).join(' | ')}`);
		}
	}

	/** Per 一级 block: the sum of its printed 得分 when every row has one; the total from 总分. */
	private scores(table: IndicatorTable, after: number): void {
		const out: ScoreFact[] = [];
		for (const b of table.out.blocks) {
			if (b.scores.length === 0 || b.scores.some((s) => s === null)) continue;
			out.push({ component: b.level1, score: roundMoney(b.scores.reduce((s, x) => s! + x!, 0)!), max_score: b.max, source_line: b.line });
		}
		const t = after < this.cells.length && fieldOf(this.cells[after].key) === 'total' ? after : -1;
		if (t >= 0) {
			const nums = this.cells.slice(t + 1, t + 3).map((c) => readNumber(c.text.replace(/分$/, ''))).filter((r) => r.ok).map((r) => (r as { value: number }).value);
			if (nums.length) {
				out.push({ component: 'total', score: nums.length >= 2 ? nums[1] : nums[0], max_score: nums.length >= 2 ? nums[0] : null, source_line: this.cells[t].line });
				for (const c of this.cells.slice(t, t + 1 + Math.min(nums.length, 2))) this.facts.add(c.line);
			}
		}
		this.doc.scores.push(...out);
	}
}

/** Why a row without facts is prose; null when it is not recognised (it is then unparsed). */
function proseReason(r: GridRow): string | null {
	const keys = r.cells.map((c) => c.key);
	if (keys.some((k) => TITLE.test(k))) return 'title';
	if (keys.some((k) => fieldOf(k) === 'closing')) return 'notes and signatures of the form';
	// Labels with placeholders only (上年结转资金 | — | —): nothing printed.
	if (keys.every((k) => isLabel(k) || /^[-—–/\\]+$|^无$/.test(k) || /^附件|^\(?(?:金额)?单位[:：]?(?:万元|元)\)?$|^[(（]?(?:19|20)\d{2}年度?[)）]?$/.test(k))) return 'labels of the form';
	return null;
}
