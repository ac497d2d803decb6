// The levelled indicator table of self-evaluation forms (national template of
// 财预〔2020〕10号 and the department forms built on it):
//
//   一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施
//
// Levels are merged cells: printed on the first row of their block and empty
// (or left out altogether, shifting the row left) below, so they are carried
// down. Level cells are told from the indicator's own cells by the taxonomy,
// not by position. A target may be split over columns (指标性质 ≥ | 指标值 80 |
// 度量单位 人). Rows come from the grid: one printed row each in a tab or pipe
// table; from a flattened table they are cut where the weight and score
// columns close a row (see splitStreamRows).
import type { GridCell } from '../tables/cell-grid.ts';
import type { FlagFact, IndicatorFact } from '../types.ts';
import { readNumber } from '../values/parse-number.ts';
import { normalizeSpace } from '../values/normalize-text.ts';
import { LEVEL2, level1ByName, level2ByName } from '../values/taxonomy.ts';
import { labelKey } from './budget-labels.ts';

export type IndicatorRole = 'level1' | 'level2' | 'name' | 'op' | 'target' | 'unit' | 'actual' | 'weight' | 'score' | 'direction' | 'reason';

const ROLES: [IndicatorRole, RegExp][] = [
	['level1', /^一级指标$/],
	['level2', /^二级指标$/],
	['name', /^(?:三级指标|具体指标|指标名称)$/],
	['op', /^(?:指标性质|指标方向|比较符|运算符)$/],
	['target', /^(?:年度)?(?:指标值|目标值)$|^年初目标值$|^预期(?:目标)?值$|^年度指标目标值$/],
	['unit', /^(?:度量单位|计量单位|指标单位)$/],
	['actual', /^(?:实际完成值|全年实际值|完成值|实际值|指标完成值|实际完成情况|指标完成情况)$/],
	['weight', /^(?:分值|权重|指标分值)$/],
	['score', /^(?:得分|自评得分|评分)$/],
	['direction', /^(?:指标方向(?:性)?|正反向)$/],
	['reason', /^(?:偏差原因分析及改进措施|偏差原因分析|原因分析及改进措施|未完成原因分析|偏差原因)/]
];

export function indicatorRole(key: string): IndicatorRole | null {
	const k = labelKey(key);
	for (const [role, re] of ROLES) if (re.test(k)) return role;
	return null;
}

export interface IndicatorHeader {
	/** The value columns after the levels, in printed order (name first). */
	columns: IndicatorRole[];
	/** Role of each printed column, when the header is one printed row (tab or pipe). */
	byCol: Map<number, IndicatorRole> | null;
	/** Whether the header has 一级 / 二级 columns. */
	levels: boolean;
	line: number;
	/** Cells of the header (for the ledger). */
	cells: GridCell[];
}

/**
 * Reads a header starting at cells[i] (一级指标 … or 三级指标 …): the run of
 * role labels. Null unless it names the indicator and at least one value column.
 */
export function readIndicatorHeader(cells: GridCell[], i: number): { header: IndicatorHeader; end: number } | null {
	const roles: IndicatorRole[] = [];
	const used: GridCell[] = [];
	let k = i;
	for (; k < cells.length; k++) {
		const role = indicatorRole(cells[k].key);
		if (!role || roles.includes(role)) break;
		roles.push(role);
		used.push(cells[k]);
	}
	if (!roles.includes('name') || !roles.some((r) => r === 'target' || r === 'actual')) return null;
	const oneRow = used.every((c) => c.line === used[0].line);
	const byCol = oneRow ? new Map(used.map((c, j) => [c.col, roles[j]])) : null;
	return { header: { byCol, columns: roles.filter((r) => r !== 'level1' && r !== 'level2'), levels: roles.includes('level1') || roles.includes('level2'), line: cells[i].line, cells: used }, end: k };
}

/** A level cell: 产出指标, 产出指标(50分), 数量指标, the misspelt 日效性指标, 群众满意度 指标. */
function levelOf(text: string): { l1: string | null; l2: string | null; max: number | null } | null {
	const s = text.replace(/[\s\u3000]/g, '');
	const max = /[(（](\d+(?:\.\d+)?)分[)）]$/.exec(s);
	const bare = s.replace(/[(（]\d+(?:\.\d+)?分[)）]$/, '');
	// Without 指标 only a level's own short name (社会效益), not an alias: 群众满意度 is an indicator.
	const strict = !bare.endsWith('指标');
	const l1 = level1ByName(s);
	const l2def = level2ByName(s);
	const l2 = l2def && (!strict || LEVEL2.some((d) => d.name === `${bare}指标`)) ? l2def : null;
	if (!l1 && !l2) return null;
	return { l1, l2: l2?.name ?? null, max: max ? Number(max[1]) : null };
}

/** A cell naming an indicator level (一级 or 二级). */
export const isLevelCell = (text: string): boolean => levelOf(text) !== null;

const numberOf = (c: GridCell): number | null => {
	const r = readNumber(c.text.replace(/分$/, ''));
	return r.ok ? r.value : null;
};
const isNumberCell = (c: GridCell) => numberOf(c) !== null;

export interface IndicatorBlock {
	/** The 一级 name as the taxonomy has it, with its printed maximum (产出指标(50分) → 50). */
	level1: string;
	max: number | null;
	scores: (number | null)[];
	line: number;
}

export interface IndicatorTableOutput {
	indicators: IndicatorFact[];
	flags: FlagFact[];
	/** Lines that yielded a fact. */
	factLines: Set<number>;
	/** Score per 一级 block, for the scores table. */
	blocks: IndicatorBlock[];
}

/**
 * Reads rows of one indicator table. Levels carry from row to row; a new 一级
 * clears the 二级. Call `row` for every row and `output` at the end.
 */
export class IndicatorTable {
	private level1: string | null = null;
	private level2: string | null = null;
	private block: IndicatorBlock | null = null;
	readonly out: IndicatorTableOutput = { indicators: [], flags: [], factLines: new Set(), blocks: [] };

	/** `refBase`: indicators the document holds before this table (flag refs are document positions). */
	constructor(readonly header: IndicatorHeader, private taskKey: string | null = null, private refBase = 0) {}

	/** Rows below belong to another task (one table listing several projects). */
	setTask(key: string | null): void {
		this.taskKey = key;
	}

	/** Reads one row; returns true when it yielded an indicator (or only levels, which is not a fact). */
	row(cells: GridCell[]): 'indicator' | 'levels' | 'unread' {
		let k = 0;
		for (; k < cells.length; k++) {
			const lv = levelOf(cells[k].text);
			if (!lv) break;
			if (this.isLevel2(lv, k > 0, k + 1 < cells.length && levelOf(cells[k + 1].text) !== null)) {
				this.level2 = lv.l2;
				this.level1 ??= level2ByName(lv.l2!)?.level1 ?? null;
			} else {
				this.level1 = lv.l1;
				this.level2 = null;
				this.startBlock(lv.l1!, lv.max, cells[k].line);
			}
		}
		const core = cells.slice(k);
		if (core.length === 0) return 'levels';
		const cols = this.header.columns;
		// By position when every cell sits under a value column of a one-row header
		// (empty cells then keep their columns); otherwise in order, as ragged rows print them.
		const byCol = this.header.byCol;
		const positional = byCol !== null && core.every((c) => c.line === core[0].line) && byCol.get(core[0].col) === 'name' &&
			core.every((c) => byCol.has(c.col) && byCol.get(c.col) !== 'level1' && byCol.get(c.col) !== 'level2');
		const at = (role: IndicatorRole): GridCell | null => {
			if (positional) return core.find((c) => byCol!.get(c.col) === role) ?? null;
			const i = cols.indexOf(role);
			return i >= 0 && i < core.length ? core[i] : null;
		};
		const name = at('name');
		if (!name) return 'unread';
		if (!positional && core.length > cols.length) {
			this.flag(core[cols.length].line, 'warning', 'ignored_cells', `${name.text}: cells beyond the ${cols.length} columns of the indicator table not read: ${core.slice(cols.length).map((c) => c.text).join(' | ')}`);
		}
		const target = composeTarget(at('op')?.text ?? null, at('target')?.text ?? null, at('unit')?.text ?? null);
		const actual = at('actual')?.text ?? null;
		const ref = `indicator:${this.refBase + this.out.indicators.length}`;
		if (this.level1 === null || this.level2 === null) {
			this.flag(name.line, 'info', 'level_missing', `${name.text}: ${this.level1 === null ? '一级' : '二级'}指标 not printed above this row`, ref);
		}
		this.out.indicators.push({
			task_key: this.taskKey, level1: this.level1, level2: this.level2, name: normalizeSpace(name.text),
			target_text: target && normalizeSpace(target), actual_text: actual && normalizeSpace(actual), source_line: name.line,
			actual_source_line: at('actual') && at('actual')!.line !== name.line ? at('actual')!.line : null,
			deviation_text: at('reason') ? normalizeSpace(at('reason')!.text) : null
		});
		for (const c of cells) this.out.factLines.add(c.line); // levels included: they are the indicator's
		const score = at('score');
		if (this.block) this.block.scores.push(score ? numberOf(score) : null);
		return 'indicator';
	}

	/**
	 * 成本指标 and 满意度指标 are both 一级 and 二级 names: a 二级 when a level
	 * precedes it in the row, or when it belongs under the current 一级 and no
	 * other level follows it.
	 */
	private isLevel2(lv: { l1: string | null; l2: string | null }, afterLevel: boolean, beforeLevel: boolean): boolean {
		if (!lv.l1) return true;
		if (!lv.l2 || beforeLevel) return false;
		return afterLevel || (this.level1 !== null && level2ByName(lv.l2)?.level1 === this.level1);
	}

	/** A row the stream reader could not complete (the table is cut off there). */
	cutOff(cells: GridCell[]): void {
		if (cells.length === 0) return;
		this.flag(cells[0].line, 'warning', 'truncated_indicator', `indicator table cut off: "${cells.map((c) => c.text).join(' ')}" has fewer cells than the ${this.header.columns.length} columns; no indicator recorded`);
		this.block = null; // its score would be incomplete
	}

	private startBlock(level1: string, max: number | null, line: number): void {
		this.block = { level1, max, scores: [], line };
		this.out.blocks.push(this.block);
	}

	private flag(line: number, severity: FlagFact['severity'], code: string, message: string, ref: string | null = null): void {
		this.out.flags.push({ source_line: line, severity, code, table_name: 'indicators', message, ref });
	}
}

/** 指标性质 `≥` | 指标值 `80` | 度量单位 `人` → `≥80人`; a target in one cell stays as printed. */
export function composeTarget(op: string | null, value: string | null, unit: string | null): string | null {
	if (value === null) return null;
	const v = value.trim();
	const o = op && /^(?:[≥≤><=≧≦＞＜＝]+|不低于|不少于|不超过|不高于|大于|小于|等于|定性|定量)$/.test(op.trim()) && !/^(?:定性|定量)$/.test(op.trim()) ? op.trim() : '';
	const u = unit && unit.trim() !== '' && !/^[-—/]$/.test(unit.trim()) && !v.endsWith(unit.trim()) && /\d$/.test(v) ? unit.trim() : '';
	return `${o}${v}${u}`;
}

/**
 * Cuts a stream of cells (a flattened table, or one cell per line) into
 * indicator rows. With weight or score columns, a row closes when it holds
 * the cells up to the score column and they end in numbers (a bare `50` as
 * the actual is then told from the weight by the count); without them, when
 * it holds a cell per column. A level cell after indicator cells starts a new
 * row: non-level cells left before it are the previous row's reason, or an
 * incomplete row. Stops at the first cell `stop` accepts.
 */
export function splitStreamRows(cells: GridCell[], from: number, header: IndicatorHeader, stop: (c: GridCell) => boolean): { rows: GridCell[][]; incomplete: GridCell[][]; end: number } {
	const cols = header.columns;
	const w = cols.indexOf('weight');
	const s = cols.indexOf('score');
	const reasonCol = cols.includes('reason');
	const closing = Math.max(w, s) >= 0 ? Math.max(w, s) + 1 : cols.filter((r) => r !== 'reason').length;
	const rows: GridCell[][] = [];
	const incomplete: GridCell[][] = [];
	let seg: GridCell[] = [];
	const isLevel = (c: GridCell) => levelOf(c.text) !== null;
	const leftover = () => {
		if (seg.length === 0) return;
		// Only cells that follow a closed row with nothing else can be its reason.
		if (!seg.some(isLevel) && rows.length && reasonCol && seg.length <= 1) rows[rows.length - 1].push(...seg);
		else if (seg.some((c) => !isLevel(c))) incomplete.push(seg);
		else rows.push(seg); // levels only: they still set the levels below
		seg = [];
	};
	let k = from;
	for (; k < cells.length; k++) {
		const c = cells[k];
		if (stop(c)) break;
		if (isLevel(c) && seg.some((x) => !isLevel(x))) leftover();
		seg.push(c);
		let coreStart = 0;
		while (coreStart < seg.length && isLevel(seg[coreStart])) coreStart++;
		const core = seg.slice(coreStart);
		const closes = w >= 0 || s >= 0
			? core.length >= closing && isNumberCell(core[core.length - 1]) && (w < 0 || s < 0 || isNumberCell(core[core.length - 2]))
			: core.length >= closing;
		if (!closes) continue;
		// More cells than the row needs: the first ones are the previous row's reason.
		const extra = core.length - closing;
		if (extra > 0) {
			if (rows.length && reasonCol && coreStart === 0) rows[rows.length - 1].push(...core.slice(0, extra));
			else incomplete.push(core.slice(0, extra));
		}
		rows.push([...seg.slice(0, coreStart), ...core.slice(extra)]);
		seg = [];
	}
	leftover();
	return { rows, incomplete, end: k };
}
