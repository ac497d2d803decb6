// Parser for 项目支出绩效目标表 (project spending performance targets).
//
//   项目名称(资金使用单位) | 总计 | 财政拨款 | 财政专户拨款 | 其他资金 | 绩效目标 | 绩效指标
//   合计                   → document total (budget line 'total', no spending unit)
//   <spending unit>        → group total (budget line 'total' with spending_unit_name)
//   <project>              → TaskFact 'project' + its encoded indicator list
//
// The indicator cell encodes a list such as
//   1、1-产出指标; 12-质量指标; 补贴发放率; 实施周期指标值:100%; 年度指标值:100%。2、…
// with `;` `；` `:` `：` `,` used interchangeably, PDF wrap spaces inside words,
// and items cut off at the end of the cell.
// Pure function: never throws, never does I/O.

import { FORM_NOTE } from './form-notes.ts';
import { readGrid } from '../tables/cell-grid.ts';
import { IndicatorTable, isLevelCell, readIndicatorHeader } from './indicator-table.ts';
import { eachLine, lastNonBlankLine } from '../documents/each-line.ts';
import type { LineLedger } from '../documents/line-ledger.ts';
import { isPageFooter } from '../documents/page-footer.ts';
import { cells } from '../documents/split-lines.ts';
import type { BudgetLineFact, FlagFact, IndicatorFact, ParsedDocument, SourceLine, TaskFact } from '../types.ts';
import { joinBrokenName, normalizeSpace, toHalfWidth } from '../values/normalize-text.ts';
import { readMoneyWan, roundMoney } from '../values/parse-number.ts';
import { LEVEL1_CODES, level1ByName, level2ByCode, level2ByName } from '../values/taxonomy.ts';

// ---------------------------------------------------------------------------
// Indicator lists

export interface ListedIndicator {
	/** Item number as printed (1、2、…). */
	number: number;
	/** Offset of the item in the (space-normalised) list text. */
	offset: number;
	raw: string;
	level1: string | null;
	level2: string | null;
	level1_code: string | null;
	level2_code: string | null;
	/** null when the item is cut off before its name. */
	name: string | null;
	period_target_text: string | null;
	target_text: string | null;
	/** Why the item is incomplete (cut off by the PDF), or null. */
	truncated: string | null;
	/** Contradictions between codes and names, kept as the names say. */
	mismatches: string[];
	/** Levels that neither the name nor the code resolves. */
	unknown: string[];
}

const SEP = '[;；:：,，。]';
const TRIM_END = /[\s;；:：,，。、]+$/;
const TRIM_START = /^[\s;；:：,，。、]+/;
const spaced = (word: string) => new RegExp(word.split('').join('\\s*'));
const PERIOD_KW = spaced('实施周期指标值');
const ANNUAL_KW = spaced('年度指标值');
const ANY_KW = new RegExp(`${PERIOD_KW.source}|${ANNUAL_KW.source}|(?<![期度]\\s*)指\\s*标\\s*值`);
// `2、1-产出指标` or `2、产出指标`: an item number followed by a level.
const ITEM_START = /(\d+)\s*、\s*(?=\d{1,2}\s*-|产\s*出|效\s*益|满\s*意|成\s*本)/g;
const LEVEL_TOKEN = new RegExp(`^\\s*(?:(\\d{1,2})\\s*-\\s*)?([^;；:：,，。]*?)\\s*(?:${SEP}|$)`);

// Values stay verbatim (whitespace normalised only): a separate module reads them.
const cleanValue = (s: string) => normalizeSpace(s.replace(TRIM_START, '').replace(TRIM_END, ''));

/** Joins two wrapped fragments: no space between two CJK characters. */
function joinWrapped(a: string, b: string): string {
	if (!a) return b;
	if (!b) return a;
	const cjk = /[\u3400-\u9fff（）()、，。：；“”]/;
	return cjk.test(a.slice(-1)) && cjk.test(b[0]) ? a + b : `${a} ${b}`;
}

/** Splits an encoded indicator list into items and reads each one. Never throws. */
export function parseIndicatorList(text: string): ListedIndicator[] {
	const s = normalizeSpace(toHalfWidth(text));
	const starts: { at: number; body: number; number: number }[] = [];
	for (const m of s.matchAll(ITEM_START)) {
		const printed = m[1];
		const last = starts.length ? starts[starts.length - 1].number : 0;
		const expected = String(last + 1);
		let num = Number(printed);
		let at = m.index!;
		if (starts.length > 0 && num > last && num <= last + 3 && printed.length <= 2) {
			/* the next item as printed (a skipped number is tolerated) */
		} else if (printed !== expected && printed.endsWith(expected)) {
			// A value ran into the item number: `年度指标值:32、1-产出…` → item 2.
			at += printed.length - expected.length;
			num = Number(expected);
		} else if (starts.length > 0 || printed.length > 2) continue;
		starts.push({ at, body: m.index! + m[0].length, number: num });
	}
	const out: ListedIndicator[] = [];
	for (let k = 0; k < starts.length; k++) {
		const end = k + 1 < starts.length ? starts[k + 1].at : s.length;
		out.push(readItem(starts[k].number, starts[k].at, s.slice(starts[k].at, end), s.slice(starts[k].body, end)));
	}
	return out;
}

function readItem(number: number, offset: number, raw: string, body: string): ListedIndicator {
	const item: ListedIndicator = {
		number,
		offset,
		raw: raw.replace(TRIM_END, ''),
		level1: null,
		level2: null,
		level1_code: null,
		level2_code: null,
		name: null,
		period_target_text: null,
		target_text: null,
		truncated: null,
		mismatches: [],
		unknown: []
	};
	let rest = body;
	// Up to two level tokens: `1-产出指标;` `12-质量指标;` (codes optional).
	let l1Name: string | null = null;
	let l2Def: ReturnType<typeof level2ByName> = null;
	for (let t = 0; t < 2; t++) {
		const m = LEVEL_TOKEN.exec(rest);
		if (!m) break;
		const code = m[1] ?? null;
		const name = m[2].replace(/\s+/g, '');
		const asL1 = level1ByName(name);
		const asL2 = level2ByName(name);
		const cut = m[0].length >= rest.length && !new RegExp(`${SEP}\\s*$`).test(m[0]);
		let slot: 'l1' | 'l2' | null = null;
		if (code && code.length === 1 && item.level1_code === null && item.level2_code === null) slot = 'l1';
		else if (code && code.length === 2) slot = 'l2';
		else if (!code && asL1 && l1Name === null && item.level1_code === null && t === 0) slot = 'l1';
		else if (!code && asL2) slot = 'l2';
		if (slot === null) break;
		// A bare name followed by the values is the indicator's name, not a level.
		if (!code && ANY_KW.exec(rest.slice(m[0].length))?.index === rest.slice(m[0].length).search(/\S/)) break;
		if (slot === 'l1') {
			item.level1_code = code;
			l1Name = asL1;
			const byCode = code ? (LEVEL1_CODES[code] ?? null) : null;
			item.level1 = asL1 ?? byCode;
			if (asL1 && byCode && asL1 !== byCode) item.mismatches.push(`一级 code ${code} is ${byCode} but the name says ${asL1}`);
			if (!asL1 && !cut) item.unknown.push(`一级 "${m[1] ? `${m[1]}-` : ''}${m[2]}"`);
		} else {
			item.level2_code = code;
			l2Def = asL2;
			const byCode = code ? level2ByCode(code) : null;
			item.level2 = asL2?.name ?? byCode?.name ?? null;
			if (asL2 && byCode && asL2.name !== byCode.name) item.mismatches.push(`二级 code ${code} is ${byCode.name} but the name says ${asL2.name}`);
			if (!asL2 && !cut) item.unknown.push(`二级 "${m[1] ? `${m[1]}-` : ''}${m[2]}"`);
		}
		rest = rest.slice(m[0].length);
		if (cut) {
			item.truncated = 'cut off inside its levels, before the indicator name';
			return finish(item, l1Name, l2Def);
		}
	}
	// The name runs up to the first value keyword (names may contain commas).
	const kw = ANY_KW.exec(rest);
	const namePart = kw ? rest.slice(0, kw.index) : rest;
	const name = joinBrokenName(namePart.replace(TRIM_START, '').replace(TRIM_END, ''));
	item.name = name === '' ? null : name;
	if (item.name === null) {
		item.truncated = kw ? 'no indicator name before its values' : 'cut off before the indicator name';
		return finish(item, l1Name, l2Def);
	}
	if (!kw) {
		item.truncated = 'cut off after the indicator name: no 实施周期指标值 / 年度指标值';
		return finish(item, l1Name, l2Def);
	}
	const values = rest.slice(kw.index);
	const p = PERIOD_KW.exec(values);
	const a = ANNUAL_KW.exec(values);
	const generic = !p && !a;
	if (p) {
		const from = p.index + p[0].length;
		const to = a && a.index > p.index ? a.index : values.length;
		const v = cleanValue(values.slice(from, to));
		item.period_target_text = v === '' ? null : v;
	}
	if (a) {
		const to = p && p.index > a.index ? p.index : values.length;
		const v = cleanValue(values.slice(a.index + a[0].length, to));
		item.target_text = v === '' ? null : v;
	}
	if (generic) {
		// Only `指标值:…` (older template): it is the annual target.
		const v = cleanValue(values.slice(kw[0].length));
		item.target_text = v === '' ? null : v;
	}
	if (p && item.period_target_text === null && !a) item.truncated = 'cut off after 实施周期指标值: no value and no 年度指标值';
	else if (!a && !generic) item.truncated = 'no 年度指标值 (the cell is cut off)';
	else if (item.target_text === null) item.truncated = '年度指标值 has no value (the cell is cut off)';
	return finish(item, l1Name, l2Def);
}

function finish(item: ListedIndicator, l1Name: string | null, l2Def: ReturnType<typeof level2ByName>): ListedIndicator {
	// Levels keep their names' meaning; a 二级 under another parent is a mismatch.
	if (item.level1 === null && l2Def) item.level1 = l2Def.level1;
	if (l1Name && l2Def && l2Def.level1 !== l1Name) {
		const code = item.level2_code ? `${item.level2_code}-` : '';
		item.mismatches.push(`二级 ${code}${l2Def.name} belongs to ${l2Def.level1}, printed under ${l1Name}`);
	}
	return item;
}

// ---------------------------------------------------------------------------
// The table

interface Columns {
	name: number;
	total: number;
	fiscal: number | null;
	special: number | null;
	other: number | null;
	goal: number | null;
	indicators: number | null;
	width: number;
}

const DEFAULT_COLS: Columns = { name: 0, total: 1, fiscal: 2, special: 3, other: 4, goal: 5, indicators: 6, width: 7 };

const key = (raw: string | undefined) => toHalfWidth(raw ?? '').replace(/[\s\u3000\u00a0]/g, '').replace(/[:：]$/, '');

function col(c: string[], re: RegExp, not?: RegExp): number | null {
	const i = c.findIndex((x) => re.test(key(x)) && !(not && not.test(key(x))));
	return i < 0 ? null : i;
}

/** `项目名称(资金使用单位) | 总计 | 财政拨款 | 财政专户拨款 | 其他资金 | 绩效目标 | 绩效指标`. */
export function projectHeader(c: string[]): Columns | null {
	const name = col(c, /^项目名称/);
	if (name === null) return null;
	const total = col(c, /^(?:总计|合计|项目总额|金额合计|资金总额|预算数|总金额)/);
	const goal = col(c, /绩效目标|年度目标/);
	const indicators = col(c, /绩效指标/);
	if (total === null && goal === null && indicators === null) return null;
	return {
		name,
		total: total ?? name + 1,
		fiscal: col(c, /财政拨款/, /专户/),
		special: col(c, /财政专户/),
		other: col(c, /^其他资金|^其他收入/),
		goal,
		indicators,
		width: lastFilled(c) + 1
	};
}

function lastFilled(c: string[]): number {
	for (let i = c.length - 1; i >= 0; i--) if (c[i] !== '') return i;
	return -1;
}

const TITLE = /绩效目标表|绩效目标申报表/;
const YEAR = /((?:19|20)\d{2})\s*年/;
/** A line that only states the year: `（2023年度）`, `2023年`, `预算年度：2023`. */
const YEAR_HEADING = /^[(（]?\s*(?:(?:19|20)\d{2}\s*年度?|(?:预算)?年度\s*[:：]\s*(?:19|20)\d{2}\s*年?)\s*[)）]?$/;
const DOC_TOTAL = /^(?:合计|总计|总合计)$/;
/** Names of spending units (after joining names broken by the PDF). */
const UNIT_NAME = /(?:办事处|街道|镇|乡|人民政府|中心|委员会|管理处|服务站|服务所|事务所)$/;
const INDICATOR_TEXT = /\d\s*、\s*(?:\d{1,2}\s*-|产出|效益|满意)|指\s*标\s*值/;
const units = (x: number) => Math.round(x * 10000);

export function isSpendingUnitName(name: string): boolean {
	const s = joinBrokenName(name).replace(/\s+/g, '');
	// `广州市荔湾区金花街道综合事务中心`: an office's own name, not a project called `…服务中心`.
	return UNIT_NAME.test(s) && /^广州市|街道|镇|乡|人民政府/.test(s);
}

interface Project {
	task: TaskFact;
	segments: { line: number; text: string }[];
}

type Prev = { kind: 'project'; p: Project } | { kind: 'unit'; line: BudgetLineFact } | null;

export function parseProjectTargets(lines: SourceLine[], ledger: LineLedger): ParsedDocument {
	const doc: ParsedDocument = {
		kind: 'project_targets',
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
	const projects: Project[] = [];
	try {
		new ProjectTableParser(lines, ledger, doc, projects).run();
	} catch (e) {
		doc.flags.push({ source_line: null, severity: 'error', code: 'parser_error', message: `project targets parser stopped: ${(e as Error)?.message ?? String(e)}` });
	}
	for (const p of projects) {
		try {
			emitIndicators(p, doc);
		} catch (e) {
			doc.flags.push({ source_line: p.task.source_line, severity: 'error', code: 'parser_error', message: `indicator list of ${p.task.name} not read: ${(e as Error)?.message ?? String(e)}` });
		}
	}
	return doc;
}

function emitIndicators(p: Project, doc: ParsedDocument): void {
	if (!p.segments.length) return;
	// One text, with the line each segment starts on.
	let text = '';
	const starts: { at: number; line: number }[] = [];
	for (const s of p.segments) {
		const t = normalizeSpace(toHalfWidth(s.text));
		if (!t) continue;
		if (text) text += ' ';
		starts.push({ at: text.length, line: s.line });
		text += t;
	}
	const lineAt = (offset: number) => {
		let line = p.segments[0].line;
		for (const s of starts) if (s.at <= offset) line = s.line;
		return line;
	};
	const items = parseIndicatorList(text);
	if (!items.length) {
		doc.flags.push({ source_line: p.task.source_line, severity: 'warning', code: 'unreadable_indicators', table_name: 'indicators', message: `${p.task.name}: no numbered indicator items found in 绩效指标 "${text.slice(0, 60)}"`, ref: `task:${p.task.key}` });
		return;
	}
	for (const it of items) {
		const line = lineAt(it.offset);
		if (it.name === null) {
			doc.flags.push({ source_line: line, severity: 'warning', code: 'truncated_indicator', table_name: 'indicators', message: `${p.task.name}: indicator ${it.number} ${it.truncated ?? 'is incomplete'}: "${it.raw}" (no indicator recorded)`, ref: `task:${p.task.key}` });
			continue;
		}
		const ref = `indicator:${doc.indicators.length}`;
		doc.indicators.push({
			task_key: p.task.key,
			level1: it.level1,
			level2: it.level2,
			name: it.name,
			target_text: it.target_text,
			period_target_text: it.period_target_text,
			actual_text: null,
			source_line: line
		});
		if (it.truncated) {
			doc.flags.push({ source_line: line, severity: 'warning', code: 'truncated_indicator', table_name: 'indicators', message: `${p.task.name} / ${it.name}: ${it.truncated}: "${it.raw}"`, ref });
		}
		if (it.mismatches.length) {
			doc.flags.push({ source_line: line, severity: 'warning', code: 'level_code_mismatch', table_name: 'indicators', message: `${p.task.name} / ${it.name}: ${it.mismatches.join('; ')}; levels kept as named (${it.level1 ?? '—'} / ${it.level2 ?? '—'})`, ref });
		}
		if (it.unknown.length) {
			doc.flags.push({ source_line: line, severity: 'warning', code: 'unknown_level', table_name: 'indicators', message: `${p.task.name} / ${it.name}: level not in the taxonomy: ${it.unknown.join(', ')}`, ref });
		}
	}
}

class ProjectTableParser {
	private cols: Columns | null = null;
	private levelled: IndicatorTable | null = null;
	private yuan: number | null = null;
	private yuanFlagged = false;
	private group: string | null = null;
	private prev: Prev = null;
	private lastLine: number;

	constructor(
		private lines: SourceLine[],
		private ledger: LineLedger,
		private doc: ParsedDocument,
		private projects: Project[]
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
		// A header that starts with 单位名称 (单位名称 | 项目名称 | 预算数 | … | 三级指标 | 指标值) is the table's, not a page header.
		const lh = levelledHeader(l);
		if (lh && projectHeader(c)) {
			this.cols = projectHeader(c);
			this.levelled = new IndicatorTable(lh, null, this.doc.indicators.length);
			return this.ledger.prose(n, 'table header: one indicator per row (一级 / 二级 / 三级指标)');
		}
		if (/(?:部门|单位)名称/.test(key(c[0])) || /^.{0,3}门名称[:：]/.test(key(c[0]))) return this.unitNameRow(c, n);
		if (one !== null && FORM_NOTE.test(key(one))) {
			if (/单位[:：]?元\)?$/.test(key(one))) this.yuan = n;
			return this.ledger.prose(n, 'form note');
		}
		if (one !== null && YEAR_HEADING.test(normalizeSpace(toHalfWidth(one)))) {
			this.year(one, n, /((?:19|20)\d{2})/);
			return this.ledger.prose(n, 'year heading');
		}
		const h = projectHeader(c);
		if (h) {
			this.cols = h;
			return this.ledger.prose(n, 'table header (repeated on every page)');
		}
		if (this.levelled) return this.levelledRow(l);
		this.row(c, n);
	}

	/**
	 * A table with one indicator per row: [单位名称] [项目名称 | 预算数 | 年度目标] 一级 | 二级 | 三级 |
	 * 指标性质 | 指标值 | 度量单位 | 权重. Cells before the first level cell start a project (or, with
	 * an amount and no indicator, a group total); the rest is the indicator, read by the shared reader.
	 */
	private levelledRow(l: SourceLine): void {
		const n = l.number;
		const cells = readGrid([l])[0]?.cells ?? [];
		const k = cells.findIndex((x) => isLevelCell(x.text));
		const head = k < 0 ? cells : cells.slice(0, k);
		const ind = k < 0 ? [] : cells.slice(k);
		let used = false;
		if (head.length) {
			const m = head.findIndex((x) => readMoneyWan(x.text).ok);
			if (m < 0) return this.ledger.unparsed(n, `row before its indicator cells holds no amount: ${head.map((x) => x.text).join(' | ')}`);
			const amount = this.wan((readMoneyWan(head[m].text) as { value: number }).value, n);
			const name = m > 0 ? joinBrokenName(head[m - 1].text) : null;
			const goal = head.slice(m + 1).map((x) => x.text).join(' ') || null;
			if (name === null || (ind.length === 0 && !goal && m === 1 && /^\d{3,}\s*[-－]/.test(head[0].text))) {
				// 820-马踏镇部门 | 8,827,620.53: the total of a unit's projects.
				const label = joinBrokenName((name ?? head[0]?.text ?? '').replace(/^\d{3,}\s*[-－]\s*/, ''));
				this.doc.budget_lines.push({ category: 'total', label: label || '合计', amount_wan: amount, source_line: n, spending_unit_name: null });
				this.ledger.fact(n);
				if (ind.length === 0) return;
			} else {
				// 820001-井研县马踏镇人民政府 | 村组干部报酬 | …: the unit, with its budget code.
				if (m >= 2 && this.doc.unit_name === null) {
					this.doc.unit_name = joinBrokenName(head[m - 2].text.replace(/^\d{3,}\s*[-－]\s*/, ''));
					this.doc.unit_name_line = n;
				}
				const task: TaskFact = { key: `p${this.projects.length + 1}`, kind: 'project', name, spending_unit_name: null, amount_wan: amount, goal_text: goal, source_line: n };
				this.projects.push({ task, segments: [] });
				this.doc.tasks.push(task);
				this.levelled!.setTask(task.key);
				used = true;
			}
		}
		if (ind.length) {
			const t = this.levelled!;
			const before = { i: t.out.indicators.length, f: t.out.flags.length };
			const r = t.row(ind);
			this.doc.indicators.push(...t.out.indicators.slice(before.i));
			this.doc.flags.push(...t.out.flags.slice(before.f));
			if (r === 'indicator') used = true;
		}
		if (used) this.ledger.fact(n);
		else this.ledger.unparsed(n, `row of the indicator table not understood: ${cells.map((x) => x.text).join(' | ')}`);
	}

	/** An amount in the table's unit, as 万元 (金额单位:元 converts, flagged once). */
	private wan(value: number, line: number): number {
		if (this.yuan === null) return value;
		if (!this.yuanFlagged) {
			this.flag(line, 'info', 'unit_converted', `amounts printed in 元 (unit declared on line ${this.yuan}), converted to 万元`, 'tasks');
			this.yuanFlagged = true;
		}
		return roundMoney(value / 10000);
	}

	private year(text: string, n: number, re: RegExp = YEAR): void {
		if (this.doc.fiscal_year !== null) return;
		const m = re.exec(toHalfWidth(text));
		if (m) {
			this.doc.fiscal_year = Number(m[1]);
			this.doc.fiscal_year_line = n;
		}
	}

	/** `部门名称:广州市荔湾区人民政府 ⇥ 3门名称:广州市荔湾区人民政府金花街道办事处`: the longest name printed. */
	private unitNameRow(c: string[], n: number): void {
		const names = c
			.map((x) => joinBrokenName(x.replace(/^.*?名称\s*[:：]?\s*/, '')))
			.filter((x) => x !== '' && !/名称$/.test(x));
		const best = names.sort((a, b) => b.length - a.length)[0] ?? null;
		if (best && this.doc.unit_name === null) {
			this.doc.unit_name = best;
			this.doc.unit_name_line = n;
		}
		this.ledger.prose(n, 'page header: 部门名称');
	}

	private row(c: string[], n: number): void {
		const cols = this.cols ?? DEFAULT_COLS;
		const at = (i: number | null) => (i === null ? '' : (c[i] ?? ''));
		const rawName = at(cols.name);
		const name = joinBrokenName(rawName);
		const cut = n === this.lastLine && c.length < cols.width;

		// Indicator cell: where the header says, or wherever the encoded list sits.
		let indAt = cols.indicators !== null && INDICATOR_TEXT.test(at(cols.indicators)) ? cols.indicators : null;
		if (indAt === null) {
			const i = c.findIndex((x, k) => k > cols.name && k !== cols.total && INDICATOR_TEXT.test(x));
			if (i >= 0) indAt = i;
		}
		const amountCols = [cols.total, cols.fiscal, cols.special, cols.other].filter((x): x is number => x !== null);
		const lastAmount = Math.max(...amountCols);
		const goalCells = c
			.map((t, i) => ({ t, i }))
			.filter((x) => x.t !== '' && x.i > lastAmount && x.i !== indAt && (indAt === null || x.i < indAt) && x.i !== cols.name);
		const goal = goalCells.length ? normalizeSpace(goalCells.map((x) => x.t).join(' ')) : null;
		const indicatorText = indAt === null ? null : c.slice(indAt).filter((x) => x !== '').join(' ');
		const amountFilled = amountCols.some((i) => at(i) !== '');

		// A row without a name: the wrapped rest of the project above.
		if (name === '') {
			if (!amountFilled && this.prev?.kind === 'project' && (goal || indicatorText)) {
				const t = this.prev.p.task;
				if (goal) t.goal_text = joinWrapped(t.goal_text ?? '', goal);
				if (indicatorText) this.prev.p.segments.push({ line: n, text: indicatorText });
				return this.ledger.fact(n);
			}
			if (amountFilled) return this.ledger.unparsed(n, 'amounts without a project name');
			return this.ledger.unparsed(n, 'row with no project name and no project above to continue');
		}

		// A row with only a name: the wrapped end of the name above.
		if (!amountFilled && !goal && !indicatorText && c.filter((x) => x !== '').length === 1) {
			if (cut) return this.ledger.unparsed(n, `row "${name}" stops before the 总计 column: the file looks cut off here`);
			if (this.prev?.kind === 'project') {
				this.prev.p.task.name = joinBrokenName(`${this.prev.p.task.name} ${rawName}`);
				return this.ledger.fact(n);
			}
			if (this.prev?.kind === 'unit') {
				const bl = this.prev.line;
				const joined = joinBrokenName(`${bl.spending_unit_name ?? bl.label} ${rawName}`);
				for (const t of this.doc.tasks) if (t.spending_unit_name === bl.spending_unit_name) t.spending_unit_name = joined;
				bl.spending_unit_name = joined;
				bl.label = joined;
				this.group = joined;
				return this.ledger.fact(n);
			}
			return this.ledger.unparsed(n, `row "${name}" has no amounts, goal or indicators`);
		}

		const money = this.amounts(c, cols, name);

		// 合计: the document total.
		if (DOC_TOTAL.test(key(rawName))) {
			const totalCell = readMoneyWan(at(cols.total));
			if (!totalCell.ok) return this.ledger.unparsed(n, `total row: 总计 cell "${at(cols.total)}" is not a number`);
			for (const f of money.flags) this.flag(n, f.severity, f.code, f.message, 'budget_lines');
			this.doc.budget_lines.push({ category: 'total', label: normalizeSpace(rawName), amount_wan: totalCell.value, source_line: n, spending_unit_name: null });
			this.prev = null;
			return this.ledger.fact(n);
		}

		// A spending unit: starts a group; its 总计 is the group total.
		if (!indicatorText && !goal && isSpendingUnitName(name)) {
			const totalCell = readMoneyWan(at(cols.total));
			if (!totalCell.ok) {
				// Still a group: the projects below belong to it.
				this.group = name;
				this.prev = null;
				return this.ledger.unparsed(n, `spending unit ${name}: 总计 cell "${at(cols.total)}" is not a number`);
			}
			for (const f of money.flags) this.flag(n, f.severity, f.code, f.message, 'budget_lines');
			const bl: BudgetLineFact = { category: 'total', label: name, amount_wan: totalCell.value, source_line: n, spending_unit_name: name };
			this.doc.budget_lines.push(bl);
			this.group = name;
			this.prev = { kind: 'unit', line: bl };
			return this.ledger.fact(n);
		}

		// A project.
		if (money.total === null && cut) {
			return this.ledger.unparsed(n, `project row "${name}" stops before a readable 总计: the file looks cut off here`);
		}
		const task: TaskFact = {
			key: `p${this.projects.length + 1}`,
			kind: 'project',
			name,
			spending_unit_name: this.group,
			amount_wan: money.total,
			goal_text: goal,
			source_line: n
		};
		const p: Project = { task, segments: indicatorText ? [{ line: n, text: indicatorText }] : [] };
		this.projects.push(p);
		this.doc.tasks.push(task);
		this.prev = { kind: 'project', p };
		for (const f of money.flags) this.flag(n, f.severity, f.code, f.message, 'tasks', `task:${task.key}`);
		if (cut) this.flag(n, 'warning', 'truncated_row', `project ${name}: the row looks cut off (last line of the file, fewer cells than the header)`, 'tasks', `task:${task.key}`);
		if (!indicatorText) this.flag(n, 'info', 'no_indicators', `project ${name}: no 绩效指标 printed`, 'tasks', `task:${task.key}`);
		this.ledger.fact(n);
	}

	/** Reads 总计 / 财政拨款 / 财政专户拨款 / 其他资金, telling stray extraction marks from real amounts. */
	private amounts(c: string[], cols: Columns, name: string) {
		const flags: Omit<FlagFact, 'source_line'>[] = [];
		const read = (i: number | null) => {
			const t = i === null ? '' : (c[i] ?? '');
			if (t === '') return { t, v: null as number | null, bad: false };
			const r = readMoneyWan(t);
			return { t, v: r.ok ? r.value : null, bad: !r.ok };
		};
		const total = read(cols.total);
		const fiscal = read(cols.fiscal);
		const special = read(cols.special);
		const other = read(cols.other);
		const noise = (label: string, t: string, why: string) =>
			flags.push({ severity: 'info', code: 'extraction_noise', message: `${name}: ${label} cell "${t}" ${why}; ignored as extraction noise` });

		if (special.bad) noise('财政专户拨款', special.t, 'is not a number');
		if (other.bad) noise('其他资金', other.t, 'is not a number');
		if (fiscal.bad) flags.push({ severity: 'warning', code: 'unreadable_amount', message: `${name}: 财政拨款 cell "${fiscal.t}" is not a number` });

		let amount = total.v;
		if (total.v === null) {
			if (fiscal.v !== null) {
				amount = fiscal.v;
				flags.push({ severity: 'warning', code: 'unreadable_amount', message: `${name}: 总计 cell "${total.t}" ${total.t ? 'is not a number' : 'is empty'}; 财政拨款 ${fiscal.v} used as the amount` });
			} else {
				flags.push({ severity: 'warning', code: 'unreadable_amount', message: `${name}: no readable 总计 (cell "${total.t}")` });
			}
		} else {
			const f = fiscal.v ?? 0;
			const sp = special.v ?? 0;
			const ot = other.v ?? 0;
			const T = units(total.v);
			if (T === units(f + sp + ot)) {
				/* consistent */
			} else if (special.v !== null && T === units(f + ot)) {
				noise('财政专户拨款', special.t, `does not add up with 总计 ${total.t} = 财政拨款 ${fiscal.t || '0'}`);
			} else if (other.v !== null && T === units(f + sp)) {
				noise('其他资金', other.t, `does not add up with 总计 ${total.t} = 财政拨款 ${fiscal.t || '0'}`);
			} else if (special.v !== null && other.v !== null && T === units(f)) {
				noise('财政专户拨款', special.t, `does not add up with 总计 ${total.t}`);
				noise('其他资金', other.t, `does not add up with 总计 ${total.t}`);
			} else if (fiscal.v !== null || fiscal.bad) {
				flags.push({
					severity: 'warning',
					code: 'amount_mismatch',
					message: `${name}: 总计 ${total.t} ≠ 财政拨款 ${fiscal.t}${special.v !== null ? ` + 财政专户拨款 ${special.t}` : ''}${other.v !== null ? ` + 其他资金 ${other.t}` : ''}`
				});
			}
		}
		return { total: amount, flags };
	}
}

/** The header of a one-indicator-per-row table anywhere in the row (after 单位名称 | 项目名称 | 预算数 …). */
function levelledHeader(l: SourceLine) {
	const row = readGrid([l])[0]?.cells ?? [];
	for (let k = 0; k < row.length; k++) {
		const h = readIndicatorHeader(row, k);
		if (h && h.header.levels) return h.header;
	}
	return null;
}
