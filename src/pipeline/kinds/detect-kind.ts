// Recognises what a document is from its text (title phrases first, table
// vocabulary second), never from its file name. Works on Simplified and
// Traditional text (folded by OpenCC), on one-cell-per-line and flattened layouts, and on web
// mirrors that interleave pinyin annotations (`預(yù)算`).
import { filledCells } from '../documents/split-lines.ts';
import type { DocumentKind, SourceLine } from '../types.ts';
import { foldChinese, PINYIN_RE } from '../values/fold-chinese.ts';
import { normalizeSpace } from '../values/normalize-text.ts';

export interface DetectedKind {
	kind: DocumentKind | null;
	reason: string;
	/** A document kind recognised but not parsed (部门决算, 预算公开说明 …); null when it is supported or matches nothing. */
	recognised?: string | null;
	title: string | null;
	titleLine: number | null;
}

export { foldChinese } from '../values/fold-chinese.ts';

const compact = (s: string) => foldChinese(s).replace(/[\s\u00a0]+/g, '');

interface TitleRule {
	re: RegExp;
	/** A kind, or 'ask' when the vocabulary decides. */
	kind: DocumentKind | 'ask';
	what: string;
}

interface UnsupportedRule {
	re: RegExp;
	what: string;
	/** What the document holds instead, for the reason. */
	holds: string;
}

// Order matters: the more specific phrase first (项目…自评表 before …自评表,
// 部门整体…申报表 before 项目…申报表). Unsupported kinds are in UNSUPPORTED_RULES.
const TITLE_RULES: TitleRule[] = [
	{ re: /项目(?:支出)?绩效(?:评价)?自评(?:价)?表/, kind: 'project_self_evaluation', what: '项目支出绩效自评表' },
	{ re: /整体(?:预算)?绩效目标申报表|整体支出(?:预算)?绩效目标(?:申报)?表/, kind: 'target_declaration', what: '部门整体预算绩效目标申报表' },
	{ re: /(?:整体支出)?绩效(?:评价)?自评(?:价)?报告|绩效自我评价报告|绩效评价报告|自评报告/, kind: 'self_evaluation_report', what: '自评报告' },
	// 整体支出绩效评价基础数据表 is a data sheet attached to the form, not the form.
	{ re: /整体(?:支出)?绩效(?:评价)?自评表|整体支出绩效评价(?!基础数据)[\u4e00-\u9fff]{0,4}表/, kind: 'self_evaluation_form', what: '部门整体支出绩效自评表' },
	{ re: /项目(?:支出)?绩效目标(?:申报)?表/, kind: 'project_targets', what: '项目支出绩效目标表' },
	{ re: /绩效目标申报表/, kind: 'ask', what: '绩效目标申报表' },
	{ re: /绩效自评表/, kind: 'ask', what: '绩效自评表' }
];

// Documents the bureaus publish beside the performance documents. Recognised
// only when no supported title occurs anywhere in the text (a 决算 report may
// carry the self-evaluation form as an attachment, as corpus/010 does).
const UNSUPPORTED_RULES: UnsupportedRule[] = [
	{ re: /部门决算|决算公开|决算编制说明|决算说明|决算报告|决算表/, what: '部门决算', holds: 'final accounts (收支决算), not performance targets or a self-evaluation' },
	{ re: /预算公开说明|部门预算公开|部门预算编制说明|预算编制说明|部门预算说明|部门预算/, what: '部门预算 / 预算公开说明', holds: 'the budget as approved, without performance targets or results' },
	{ re: /政府采购(?:实施)?计划|采购意向/, what: '政府采购计划', holds: 'procurement plans' },
	{ re: /工作总结|工作报告|工作计划/, what: '工作总结 / 工作报告', holds: 'a work report without the tables of a performance document' }
];

const LOOKED_FOR =
	'looked for the titles 部门整体(预算)绩效目标申报表, 部门整体支出绩效自评表, 自评报告, 项目(支出)绩效目标表 and 项目支出绩效自评表 (Simplified or Traditional) and for the table vocabulary of those forms';

// A title is a short line, or sits at the very start of a flattened document.
const TITLE_MAX = 60;
const HEAD_CHARS = 300;

/** Recognises the document kind from its content. */
export function detectKind(lines: SourceLine[]): DetectedKind {
	const nonBlank = lines.filter((l) => l.text.replace(/[\s\u3000\u00a0\ufeff]/g, '') !== '');
	if (nonBlank.length === 0) return none('the text is empty');
	const all = nonBlank.map((l) => l.text).join('\n');
	// Control characters and U+FFFD in bulk mean the "text" is really binary.
	const junk = (all.match(/[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g) ?? []).length;
	if (all.includes('\u0000') || junk > 0.05 * all.replace(/\s/g, '').length) {
		return none('the text looks binary (control or replacement characters), not text extracted from a document');
	}

	const vocab = vocabulary(nonBlank);
	const title = findTitle(nonBlank);
	if (title) {
		const { rule, match, text, line } = title;
		if (rule.kind !== 'ask') return { kind: rule.kind, reason: `title names a ${rule.what} (${match})`, title: text, titleLine: line };
		const decided = decideAmbiguous(rule, vocab);
		return { ...decided, title: text, titleLine: line };
	}
	const fromVocab = fromVocabulary(vocab);
	if (fromVocab.kind) return { ...fromVocab, title: null, titleLine: null };
	const other = findUnsupported(nonBlank);
	if (other) {
		return {
			kind: null, recognised: other.rule.what, title: other.text, titleLine: other.line,
			reason: `recognised as ${other.rule.what} (line ${other.line}: "${other.text}"), which holds ${other.rule.holds}: not a kind this pipeline reads`
		};
	}
	return { ...fromVocab, title: null, titleLine: null };
}

/** The first short line naming a document kind the pipeline does not read. */
function findUnsupported(lines: SourceLine[]): { rule: UnsupportedRule; text: string; line: number } | null {
	for (const l of lines.slice(0, 40)) {
		const key = compact(l.text);
		if (key.length > TITLE_MAX || sentence(key)) continue;
		for (const rule of UNSUPPORTED_RULES) {
			const m = rule.re.exec(key);
			if (m && !quoted(key, m.index)) return { rule, text: cleanTitle(l.text), line: l.number };
		}
	}
	return null;
}

const none = (reason: string): DetectedKind => ({ kind: null, reason, title: null, titleLine: null });

interface TitleHit {
	rule: TitleRule;
	match: string;
	text: string;
	line: number;
}

/** The first title-like line (or pair of short lines) that names a kind. */
function findTitle(lines: SourceLine[]): TitleHit | null {
	let offset = 0; // folded characters before the current line
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		const key = compact(l.text);
		const hit = matchRule(key);
		if (hit && (key.length <= TITLE_MAX || offset + hit.index < HEAD_CHARS) && !quoted(key, hit.index) && !sentence(key)) {
			return { rule: hit.rule, match: hit.match, text: titleText(l.text, hit.match), line: l.number };
		}
		// A title broken over two short lines: 岳陽樓區2021年度部門(單位)整體支出 / 績效評價自評報告.
		// The phrase must start on the first line, so that two titles in a row are not merged.
		const next = lines[i + 1];
		if (!hit && next && key.length <= TITLE_MAX / 2 && !sentence(key)) {
			const nextKey = compact(next.text);
			const joined = matchRule(key + nextKey);
			if (joined && joined.index < key.length && nextKey.length <= TITLE_MAX / 2 && !sentence(nextKey)) {
				return { rule: joined.rule, match: joined.match, text: cleanTitle(`${l.text.trim()}${next.text.trim()}`), line: l.number };
			}
		}
		offset += key.length;
	}
	return null;
}

function matchRule(key: string): { rule: TitleRule; index: number; match: string } | null {
	for (const rule of TITLE_RULES) {
		const m = rule.re.exec(key);
		if (m) return { rule, index: m.index, match: m[0] };
	}
	return null;
}

// 《部门整体支出绩效自评表》 in a sentence cites a form; it is not this document's title.
const quoted = (key: string, index: number) => key[index - 1] === '《';
const sentence = (key: string) => /[。；;]$|^根据|^按照/.test(key);

const cleanTitle = (s: string) => normalizeSpace(s.replace(PINYIN_RE, ''));

/** The printed title: the cell holding the phrase, or the phrase itself inside a long flattened line. */
function titleText(raw: string, match: string): string {
	for (const cell of filledCells(raw)) {
		const key = compact(cell);
		if (key.includes(match) && key.length <= TITLE_MAX) return cleanTitle(cell);
	}
	return match;
}

interface Vocabulary {
	hasTable: boolean;
	project: boolean; // 项目名称 / 项目概况
	department: boolean; // 部门名称 / 总体绩效目标 / 年度重点工作任务
	indicators: boolean; // 三级指标 / 指标值
	execution: boolean; // budget and execution columns: 年初预算数 / 预算数(A) with 执行数 / 执行率
	actuals: boolean; // 实际完成值 / 完成值 / 得分
	reportProse: boolean; // several sentences about 绩效 and 自评
}

function vocabulary(lines: SourceLine[]): Vocabulary {
	const text = lines.map((l) => compact(l.text)).join('\n');
	const sentences = lines.filter((l) => /[。]/.test(l.text) && compact(l.text).length > 40).length;
	return {
		hasTable: lines.filter((l) => l.text.includes('\t') || l.text.includes('|')).length >= 3,
		project: /项目名称|项目概况/.test(text),
		department: /部门名称|总体绩效目标|年度重点工作任务|部门整体/.test(text),
		indicators: /三级指标|指标值/.test(text),
		execution: /年初预算数|全年预算数|预算数\(A\)/.test(text) && /执行数|实际支出数|执行率/.test(text),
		actuals: /实际完成值|完成值|自评得分|得分/.test(text),
		reportProse: sentences >= 3 && /自评/.test(text) && /绩效/.test(text)
	};
}

/** 绩效目标申报表 and 绩效自评表 alone do not say whether the form is about a project or the whole department. */
function decideAmbiguous(rule: TitleRule, v: Vocabulary): Omit<DetectedKind, 'title' | 'titleLine'> {
	if (rule.what === '绩效目标申报表') {
		if (v.project) return { kind: 'project_targets', reason: 'title names a 绩效目标申报表 and the table lists 项目名称' };
		if (v.department) return { kind: 'target_declaration', reason: 'title names a 绩效目标申报表 and the table is about the whole department (部门名称 / 总体绩效目标)' };
		return { kind: 'project_targets', reason: 'title names a 绩效目标申报表 (read as a project target table: no 部门整体 vocabulary)' };
	}
	if (v.project) return { kind: 'project_self_evaluation', reason: 'title names a 绩效自评表 and the table lists 项目名称: a project self-evaluation form (项目支出绩效自评表)' };
	if (v.hasTable || v.execution) return { kind: 'self_evaluation_form', reason: 'title names a 绩效自评表 and the document holds a table' };
	return { kind: null, reason: 'title names a 绩效自评表 but the document holds no table' };
}

/** No title: the table vocabulary, then the prose, may still say what the document is. */
function fromVocabulary(v: Vocabulary): Omit<DetectedKind, 'title' | 'titleLine'> {
	if (v.execution && v.indicators && v.project) {
		return { kind: 'project_self_evaluation', reason: 'no title; table vocabulary of a project self-evaluation form (项目名称 with budget execution and indicators)' };
	}
	if (v.execution && v.actuals) return { kind: 'self_evaluation_form', reason: 'no title; table vocabulary of a self-evaluation form (预算数 / 执行数 / 执行率 columns with 得分)' };
	if (v.indicators && v.project) return { kind: 'project_targets', reason: 'no title; table vocabulary of a project target table (项目名称, 三级指标 / 指标值)' };
	if (v.reportProse) return { kind: 'self_evaluation_report', reason: 'no title; prose about 绩效 and 自评 reads as a self-evaluation report' };
	return { kind: null, reason: `no known kind recognised: ${LOOKED_FOR}` };
}
