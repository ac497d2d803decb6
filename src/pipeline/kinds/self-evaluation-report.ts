// Parser of the 部门整体支出绩效自评报告 (self-evaluation report, prose).
// Facts come from sentences: budget execution per scope (全年预算数 … 万元，
// 全年执行数 … 万元，预算完成率 …%), scores (自评得分 … 分，其中管理效能分值 …),
// and indicator clauses (X年度指标值为 T，实际完成 A). PDF extraction breaks
// paragraphs across lines with blank lines between: fragments are joined into
// paragraphs first, and every fact keeps the line its text starts on.
// Pure: never throws, never does I/O.
import { LineLedger } from '../documents/line-ledger.ts';
import type { BudgetFact, BudgetScope, FlagFact, ParsedDocument, SourceLine } from '../types.ts';
import { normalizeSpace, toHalfWidth } from '../values/normalize-text.ts';
import { readMoneyWan, readPercent } from '../values/parse-number.ts';
import { budgetField, budgetScope, type BudgetField } from './budget-labels.ts';

// ---------------------------------------------------------------------------
// Paragraphs from line fragments

interface Fragment { line: number; start: number; end: number }
export interface Paragraph { text: string; frags: Fragment[]; kind: 'title' | 'heading' | 'text' }

const TITLE_RE = /自评报告|评价报告|绩效自评$/;
// 一、 （二） (3) 1. 2、 — the start of a numbered item or heading.
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+[章节部分])/;
// Heading numbering: 一、 （二） 1. — not (1), which numbers paragraphs in these reports.
const HEADING_NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+[章节部分])/;
const SENTENCE_END = /[。；;！!？?：:]$/;

const cjkOrPunct = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/;

function endsSentence(t: string): boolean {
	return SENTENCE_END.test(t.replace(/[”’」』）)\s]+$/, ''));
}

/** A short numbered line without a sentence inside it: a heading of its own (`1. 主要职责`). */
function isHeading(t: string): boolean {
	return HEADING_NUMBERING.test(t) && t.length <= 40 && !/[。；;]/.test(t.replace(/[。]$/, '')) && !/指标值|实际完成|预算数|执行数|得分/.test(t);
}

/**
 * Joins line fragments into paragraphs: a line that does not end a sentence
 * continues on the next non-blank line, unless that line starts a numbered
 * item; titles, headings and table rows stand alone.
 */
export function paragraphs(lines: SourceLine[], titleLine: number | null): Paragraph[] {
	const out: Paragraph[] = [];
	let cur: Paragraph | null = null;
	const close = () => {
		if (cur) out.push(cur);
		cur = null;
	};
	for (const l of lines) {
		if (LineLedger.isBlank(l.text)) continue;
		const t = normalizeSpace(l.text);
		if (l.number === titleLine || l.text.includes('\t')) {
			close();
			out.push({ text: t, frags: [{ line: l.number, start: 0, end: t.length }], kind: l.number === titleLine ? 'title' : 'text' });
			continue;
		}
		const heading = isHeading(t);
		if (heading || NUMBERING.test(t)) close();
		if (cur) {
			const c: Paragraph = cur;
			const prev = c.text[c.text.length - 1] ?? '';
			const sep = cjkOrPunct.test(prev) || cjkOrPunct.test(t[0]) ? '' : ' ';
			const start = c.text.length + sep.length;
			c.text += sep + t;
			c.frags.push({ line: l.number, start, end: c.text.length });
		} else {
			cur = { text: t, frags: [{ line: l.number, start: 0, end: t.length }], kind: heading ? 'heading' : 'text' };
		}
		if (heading || endsSentence(t)) close();
	}
	close();
	return out;
}

function lineAt(p: Paragraph, offset: number): number {
	let line = p.frags[0].line;
	for (const f of p.frags) if (f.start <= offset) line = f.line;
	return line;
}

function linesBetween(p: Paragraph, a: number, b: number): number[] {
	return p.frags.filter((f) => f.end > a && f.start < Math.max(a + 1, b)).map((f) => f.line);
}

interface Span { start: number; end: number; text: string }

/** Splits at `。` `；` (`!` `?`), not inside brackets. Offsets are into `text`. */
export function sentences(text: string, base = 0): Span[] {
	const out: Span[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if ('（(【《'.includes(ch)) depth++;
		else if ('）)】》'.includes(ch)) depth = Math.max(0, depth - 1);
		else if (depth === 0 && '。；;！？!?'.includes(ch)) {
			out.push({ start: base + start, end: base + i, text: text.slice(start, i) });
			start = i + 1;
		}
	}
	if (start < text.length) out.push({ start: base + start, end: base + text.length, text: text.slice(start) });
	return out.filter((s) => s.text.trim() !== '');
}

// ---------------------------------------------------------------------------
// Indicator clauses

const INDICATOR_RE = /^(.*?)(?:年度)?(?:指标值|目标值)\s*(?:为|是|[:：])?\s*(.*?)\s*[，,]\s*(?:实际完成(?:值|情况)?|实际值|完成值)\s*(?:为|是|[:：])?\s*(.*?)\s*$/s;
const TARGET_ONLY_RE = /^(.*?)(?:年度)?指标值\s*(?:为|是|[:：])?\s*(.+?)\s*$/s;

function cleanName(raw: string): { name: string; skip: number } {
	const m = /^[\s，,、:：]*(?:其中[，,:：]?\s*)?(?:(?:[（(]?\d{1,2}[)）.、．]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])\s*)?/.exec(raw);
	const skip = m ? m[0].length : 0;
	return { name: normalizeSpace(raw.slice(skip)), skip };
}

// ---------------------------------------------------------------------------
// Budget sentences

const MONEY_RE = /(-?\d{1,3}(?:[,，]\s?\d{3})+(?:\.\s?\d+)?|-?\d+(?:\.\s?\d+)?)\s*(亿元|万元|元)/g;
const PERCENT_RE = /(-?\d+(?:\.\d+)?)\s*(%|％)/g;
const SEPARATORS = '，,；;。:：（(、';
const TRAILING_VERB = /(?:为|是|达到?|共计?|合计|约)\s*$/;
// What may stand before a budget label in its clause: a subject ending with a year, a filler word.
const SUBJECT_OK = /^(?:.*?\d{4}\s*年度?)?\s*(?:其中|涉及|包括|含|共|合计|本年|全部|部门|单位)?\s*$/;
const MONEY_FIELDS: BudgetField[] = ['initial', 'adjusted', 'actual'];

/** Text of the clause ending at `end`, from the last separator (or `floor`). */
function clauseBefore(text: string, end: number, floor: number): { start: number; text: string } {
	let i = end - 1;
	while (i >= floor && !SEPARATORS.includes(text[i])) i--;
	return { start: i + 1, text: text.slice(i + 1, end) };
}

interface LabelHit { field: BudgetField | null; scope: BudgetScope | null; label: string; prefix: string }

/** The longest suffix of `clause` that is a money label (or a sub-scope spending label), and what stands before it. */
function moneyLabel(clause: string): LabelHit | null {
	const c = clause.replace(TRAILING_VERB, '').trimEnd();
	for (let i = 0; i < c.length; i++) {
		const suffix = c.slice(i).trim();
		if (suffix === '') break;
		const field = budgetField(suffix);
		if (field && MONEY_FIELDS.includes(field)) return { field, scope: null, label: suffix, prefix: c.slice(0, i) };
		const scope = budgetScope(suffix);
		if (scope && scope !== 'total' && /支出|拨款|执行/.test(suffix)) return { field: 'actual', scope, label: suffix, prefix: c.slice(0, i) };
	}
	return null;
}

/** The scope named at the end of a prefix (其中财政拨款 → fiscal_appropriation) and the rest before it. */
function scopeSuffix(prefix: string): { scope: BudgetScope | null; rest: string } {
	const p = prefix.trimEnd();
	for (let i = 0; i < p.length; i++) {
		const s = budgetScope(p.slice(i).trim());
		if (s) return { scope: s, rest: p.slice(0, i) };
	}
	return { scope: null, rest: p };
}

function round(x: number, d: number): number {
	return Number(x.toFixed(d));
}

// ---------------------------------------------------------------------------
// Scores

const SCORE_RE = /(\d+(?:\.\d+)?)\s*分(?![钟之析别类配局享布批期段解工数])/g;
const TOTAL_PREFIX = /^(?:本|我)?(?:部门|单位|街道|镇)?(?:整体)?(?:支出)?(?:绩效)?(?:评价)?(?:综合|总)?$/;

interface ScoreSlot { component: string; weight: number | null; score: number | null; line: number }

// ---------------------------------------------------------------------------
// The parser

function emptyDocument(): ParsedDocument {
	return {
		kind: 'self_evaluation_report', title: null, unit_name: null, unit_name_line: null, fiscal_year: null, fiscal_year_line: null,
		budgets: [], budget_lines: [], tasks: [], indicators: [], scores: [], flags: []
	};
}

export function parseSelfEvaluationReport(lines: SourceLine[], ledger: LineLedger): ParsedDocument {
	const doc = emptyDocument();
	try {
		new ReportParser(lines, ledger, doc).run();
	} catch (e) {
		doc.flags.push({ source_line: null, severity: 'error', code: 'parser_error', table_name: null, message: `self-evaluation report parser stopped: ${(e as Error)?.message ?? e}` });
	}
	return doc;
}

class ReportParser {
	private budgets = new Map<BudgetScope, BudgetFact & { labels: string[] }>();
	private scoreSlots: ScoreSlot[] = [];

	constructor(private lines: SourceLine[], private ledger: LineLedger, private doc: ParsedDocument) {}

	private flag(line: number | null, severity: FlagFact['severity'], code: string, table: string | null, message: string, ref: string | null = null) {
		this.doc.flags.push({ source_line: line, severity, code, table_name: table, message, ref });
	}

	run(): void {
		const titleLine = this.header();
		for (const p of paragraphs(this.lines, titleLine)) {
			if (p.kind === 'title') {
				this.ledger.prose(p.frags[0].line, 'title');
				continue;
			}
			if (p.kind === 'heading') {
				this.ledger.prose(p.frags[0].line, 'heading');
				continue;
			}
			this.paragraph(p);
			for (const f of p.frags) this.ledger.prose(f.line, 'narrative');
		}
		for (const b of this.budgets.values()) {
			const { labels, ...fact } = b;
			this.doc.budgets.push({ ...fact, label: [...new Set(labels)].join(' / ') });
		}
		this.emitScores();
	}

	/** Title, unit name and year from the first lines. */
	private header(): number | null {
		let titleLine: number | null = null;
		for (const l of this.lines.slice(0, 40)) {
			if (LineLedger.isBlank(l.text)) continue;
			const t = normalizeSpace(l.text);
			if (titleLine === null && TITLE_RE.test(t) && t.length <= 80 && !/[。；]/.test(t)) {
				titleLine = l.number;
				this.doc.title = t;
				const y = /(20\d{2})\s*年/.exec(t);
				if (y) {
					this.doc.fiscal_year = Number(y[1]);
					this.doc.fiscal_year_line = l.number;
				}
				for (const piece of t.split(/\d{4}\s*年度?/)) {
					const m = /^[\u4e00-\u9fff（）()]*(?:街道办事处|办事处|人民政府)/.exec(piece.trim());
					if (m) {
						this.doc.unit_name = m[0];
						this.doc.unit_name_line = l.number;
						break;
					}
				}
			}
			const u = /^(?:部门|单位)(?:[(（]单位[)）])?名称\s*[:：]\s*(.+)$/.exec(t);
			if (u && u[1].trim()) {
				this.doc.unit_name = normalizeSpace(u[1]);
				this.doc.unit_name_line = l.number;
				this.ledger.prose(l.number, 'header: unit name');
			}
		}
		return titleLine;
	}

	private paragraph(p: Paragraph): void {
		let component: string | null = null;
		for (const s of sentences(p.text)) {
			const got = { indicator: this.indicatorClause(p, s), budget: this.budgetSentence(p, s) };
			const sc = this.scoreSentence(p, s, component);
			component = sc.component;
			const lines = linesBetween(p, s.start, s.end);
			if (got.indicator === true || got.budget || sc.read) {
				for (const l of lines) this.ledger.fact(l);
			}
			if (typeof got.indicator === 'string') {
				const why = got.indicator;
				if (got.budget || sc.read) this.flag(lines[0], 'warning', 'unparsed_clause', 'indicators', why);
				else for (const l of lines) this.ledger.unparsed(l, why);
			} else if (!got.budget && !sc.read && got.indicator !== true) {
				const t = toHalfWidth(s.text);
				if (/(?:全年|年初|调整后?)预算数|全年执行数|预算(?:完成|执行)率/.test(t) && /\d/.test(t) && /万元|%/.test(t)) {
					for (const l of lines) this.ledger.unparsed(l, `budget sentence not understood: "${normalizeSpace(s.text).slice(0, 60)}"`);
				} else if (/自评得分|得分/.test(t) && /\d\s*分/.test(t)) {
					for (const l of lines) this.ledger.unparsed(l, `score sentence not understood: "${normalizeSpace(s.text).slice(0, 60)}"`);
				}
			}
		}
	}

	/** true: an indicator; string: a clause that looks like one but was not read; false: none. */
	private indicatorClause(p: Paragraph, s: Span): boolean | string {
		if (!/指标值|目标值/.test(s.text)) return false;
		const m = INDICATOR_RE.exec(s.text);
		let name: string, target: string | null, actual: string | null, nameAt: number, actualAt: number | null = null;
		if (m) {
			const cn = cleanName(m[1]);
			name = cn.name;
			nameAt = s.start + cn.skip;
			target = normalizeSpace(m[2]) || null;
			actual = normalizeSpace(m[3]) || null;
			if (actual) actualAt = s.start + s.text.lastIndexOf(m[3]);
		} else {
			const t = TARGET_ONLY_RE.exec(s.text);
			if (!t || !/年度指标值/.test(s.text)) return `indicator clause not understood: "${normalizeSpace(s.text).slice(0, 60)}"`;
			const cn = cleanName(t[1]);
			name = cn.name;
			nameAt = s.start + cn.skip;
			target = normalizeSpace(t[2]) || null;
			actual = null;
		}
		if (name === '') return `indicator clause without a name: "${normalizeSpace(s.text).slice(0, 60)}"`;
		const line = lineAt(p, nameAt);
		const actualLine = actualAt === null ? null : lineAt(p, actualAt);
		this.doc.indicators.push({
			task_key: null, level1: null, level2: null, name, target_text: target, actual_text: actual,
			source_line: line, actual_source_line: actualLine !== null && actualLine !== line ? actualLine : null
		});
		if (actual === null) {
			this.flag(line, 'info', 'no_actual', 'indicators', `${name}: 年度指标值 without 实际完成`, `indicator:${this.doc.indicators.length - 1}`);
		}
		return true;
	}

	/** Reads the money and rates of one sentence; true when it yielded (or repeated) a budget figure. */
	private budgetSentence(p: Paragraph, s: Span): boolean {
		const text = s.text;
		let scope: BudgetScope = 'total';
		let floor = 0;
		let read = false;
		const events: { at: number; end: number; kind: 'money' | 'rate'; raw: string; unit: string }[] = [];
		for (const m of text.matchAll(MONEY_RE)) events.push({ at: m.index!, end: m.index! + m[0].length, kind: 'money', raw: m[1], unit: m[2] });
		for (const m of text.matchAll(PERCENT_RE)) events.push({ at: m.index!, end: m.index! + m[0].length, kind: 'rate', raw: m[1] + m[2], unit: '%' });
		events.sort((a, b) => a.at - b.at);
		let moneySeen = false;
		let otherSubject = false;
		for (const e of events) {
			const clause = clauseBefore(text, e.at, floor);
			floor = e.end;
			const line = lineAt(p, s.start + e.at);
			if (e.kind === 'money') {
				const hit = moneyLabel(clause.text);
				if (!hit || otherSubject) continue;
				const sub = scopeSuffix(hit.prefix);
				if (!SUBJECT_OK.test(sub.rest.trim())) {
					// The figures of this sentence are about something else (项目预算数 …): none of them is the unit's.
					otherSubject = true;
					continue;
				}
				if (hit.scope) scope = hit.scope;
				else if (sub.scope) scope = sub.scope;
				const r = readMoneyWan(e.raw);
				if (!r.ok) {
					this.flag(line, 'warning', 'unreadable_value', 'budgets', `${hit.label}: ${r.reason}`);
					continue;
				}
				let value = r.value;
				if (e.unit === '元') value = Math.round(value) / 10000;
				else if (e.unit === '亿元') value = value * 10000;
				if (e.unit !== '万元') this.flag(line, 'info', 'unit_converted', 'budgets', `${hit.label} printed in ${e.unit}: converted to 万元`);
				const k = hit.field === 'initial' ? 'initial_budget_wan' : hit.field === 'adjusted' ? 'adjusted_budget_wan' : 'actual_spend_wan';
				this.set(scope, k, value, null, line, hit.label);
				moneySeen = true;
				read = true;
			} else {
				if (!moneySeen) continue;
				const label = clause.text.replace(TRAILING_VERB, '').trim();
				const field = budgetField(label);
				if (field !== 'rate' && field !== 'adjustment_rate') {
					if (label !== '') this.flag(line, 'info', 'unknown_label', 'budgets', `rate "${label} ${e.raw}" beside the budget figures not read: label not in the budget vocabulary`);
					continue;
				}
				const r = readPercent(e.raw);
				if (!r.ok) continue;
				const k = field === 'rate' ? 'reported_execution_rate' : 'reported_adjustment_rate';
				this.set(scope, k, r.value, r.decimals, line, label);
				read = true;
			}
		}
		return read;
	}

	private set(scope: BudgetScope, k: 'initial_budget_wan' | 'adjusted_budget_wan' | 'actual_spend_wan' | 'reported_execution_rate' | 'reported_adjustment_rate', value: number, decimals: number | null, line: number, label: string) {
		let b = this.budgets.get(scope);
		if (!b) {
			b = {
				scope, initial_budget_wan: null, adjusted_budget_wan: null, actual_spend_wan: null, reported_execution_rate: null,
				reported_adjustment_rate: null, reported_execution_rate_decimals: null, reported_adjustment_rate_decimals: null, source_line: line, labels: []
			};
			this.budgets.set(scope, b);
		}
		const prev = b[k];
		if (prev === null) {
			b[k] = value;
			if (k === 'reported_execution_rate') b.reported_execution_rate_decimals = decimals;
			if (k === 'reported_adjustment_rate') b.reported_adjustment_rate_decimals = decimals;
			b.labels.push(label);
			return;
		}
		// A repeat: the same figure again is fine; a different one is flagged, the first kept.
		let same = prev === value;
		if (!same && decimals !== null) {
			const d = Math.min(decimals, (k === 'reported_execution_rate' ? b.reported_execution_rate_decimals : b.reported_adjustment_rate_decimals) ?? decimals) + 2;
			same = round(prev, d) === round(value, d);
		}
		if (!same) {
			this.flag(line, 'warning', 'inconsistent_repeat', 'budgets', `${scope}: ${label} repeated as ${value}, first printed as ${prev} (line ${b.source_line}); the first is kept`);
		}
	}

	/** Score figures of a sentence; the component carries over from the previous sentence of the paragraph. */
	private scoreSentence(p: Paragraph, s: Span, component: string | null): { read: boolean; component: string | null } {
		const text = s.text;
		if (!/得分|分值/.test(text)) return { read: false, component };
		let floor = 0;
		let read = false;
		for (const m of text.matchAll(SCORE_RE)) {
			const clause = clauseBefore(text, m.index!, floor);
			floor = m.index! + m[0].length;
			const c = clause.text.replace(TRAILING_VERB, '').trimEnd();
			let field: BudgetField | null = null;
			let prefix = '';
			for (let i = 0; i < c.length; i++) {
				const f = budgetField(c.slice(i).trim());
				if (f === 'weight' || f === 'score') {
					field = f;
					prefix = c.slice(0, i);
					break;
				}
			}
			if (!field) continue;
			const named = prefix.replace(/^\s*(?:其中[，,:：]?)?\s*/, '').replace(/的\s*$/, '').trim();
			if (named !== '') component = TOTAL_PREFIX.test(named.replace(/\s/g, '')) ? 'total' : normalizeSpace(named);
			else component ??= 'total';
			const value = Number(m[1]);
			const line = lineAt(p, s.start + m.index!);
			let slot = this.scoreSlots.find((x) => x.component === component);
			if (!slot) {
				slot = { component, weight: null, score: null, line };
				this.scoreSlots.push(slot);
			}
			const k = field === 'weight' ? 'weight' : 'score';
			if (slot[k] === null) slot[k] = value;
			else if (slot[k] !== value) {
				this.flag(line, 'warning', 'inconsistent_repeat', 'scores', `${component}: ${k} repeated as ${value}, first printed as ${slot[k]}; the first is kept`);
			}
			read = true;
		}
		return { read, component };
	}

	private emitScores(): void {
		const parts = this.scoreSlots.filter((s) => s.component !== 'total');
		const total = this.scoreSlots.find((s) => s.component === 'total');
		const weights = parts.map((s) => s.weight);
		const weightSum = weights.every((w) => w !== null) && weights.length ? weights.reduce((a, b) => a + b!, 0) : null;
		if (total && total.score !== null) {
			const max = total.weight ?? (weightSum !== null && Math.abs(weightSum - 100) < 1e-9 ? 100 : null);
			this.doc.scores.push({ component: 'total', score: total.score, max_score: max, source_line: total.line });
		} else if (total) {
			this.flag(total.line, 'warning', 'score_missing', 'scores', 'total weight printed without a score');
		}
		for (const s of parts) {
			if (s.score === null) {
				this.flag(s.line, 'warning', 'score_missing', 'scores', `${s.component}: 分值 ${s.weight} printed without a score`);
				continue;
			}
			this.doc.scores.push({ component: s.component, score: s.score, max_score: s.weight, source_line: s.line });
		}
		if (total?.score != null && parts.length && parts.every((s) => s.score !== null)) {
			const sum = parts.reduce((a, s) => a + Math.round(s.score! * 100), 0);
			if (sum !== Math.round(total.score * 100)) {
				this.flag(total.line, 'warning', 'sum_mismatch', 'scores', `total score ${total.score} ≠ sum of the components ${(sum / 100).toFixed(2)}`);
			}
		}
	}
}
