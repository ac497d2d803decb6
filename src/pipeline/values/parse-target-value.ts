// Reads a written indicator value (年度指标值, 完成值) into a comparator, a
// number and a canonical unit: domain.md §3. The verbatim text is always kept;
// nothing here guesses a number that is not written (placeholders stay null).

import type { TargetOp } from '../types.ts';
import { normalizeSymbols } from './normalize-text.ts';
import { comparisonKey, canonicalUnit, matchUnitAt } from './units.ts';

export interface ValueReading {
	/** Verbatim input. */
	text: string | null;
	kind: 'number' | 'range' | 'qualitative' | 'placeholder' | 'unparsable';
	/** Null for placeholder and unparsable readings. */
	op: TargetOp | null;
	/** Numeric part in `unit`; percent stays 0–100; 万 expanded (10万人次 → 100000). */
	value: number | null;
	/** Upper bound of a range (90%-95%, 3至5次), else null. */
	high: number | null;
	/** Canonical unit (see units.ts), null when none is written. */
	unit: string | null;
	/** True when the comparator was written (≥, 不低于, 以上…), false for a bare number. */
	explicitOp: boolean;
}

type Comparator = '>=' | '>' | '<=' | '<' | '=';

// Comparators written before the number. Matched as a suffix of the text
// before it, longest first, so 不低于 wins over 低于 and 大于等于 over 大于.
const PREFIX_OPS: ReadonlyArray<readonly [string, Comparator]> = (
	[
		['≥', '>='], ['大于或等于', '>='], ['大于等于', '>='], ['不低于', '>='], ['不少于', '>='], ['不小于', '>='],
		['至少', '>='], ['最少', '>='], ['达到', '>='],
		['>', '>'], ['大于', '>'], ['高于', '>'], ['超过', '>'], ['多于', '>'],
		['≤', '<='], ['小于或等于', '<='], ['小于等于', '<='], ['不超过', '<='], ['不高于', '<='], ['不多于', '<='],
		['不大于', '<='], ['最多', '<='], ['控制在', '<='],
		['<', '<'], ['低于', '<'], ['少于', '<'], ['小于', '<'], ['不满', '<'], ['不足', '<'],
		['=', '='], ['等于', '='], ['为', '=']
	] as const
)
	.slice()
	.sort((a, b) => b[0].length - a[0].length);

// Comparators written after the number and its unit (巡河率95%以上).
const SUFFIX_OPS: ReadonlyArray<readonly [string, Comparator]> = [
	['及以上', '>='], ['或以上', '>='], ['以上', '>='],
	['及以下', '<='], ['或以下', '<='], ['以下', '<='], ['以内', '<='], ['之内', '<=']
];

// Words that make a number-free text a qualitative value (§3.6). Generous on
// purpose: a vague but meaningful phrase is better kept as qualitative than
// dropped; text without any of them (按照区核定编外人员数量) is unparsable.
const QUALITATIVE =
	/优|良|提升|提高|改善|增强|加强|达标|及时|有效|完善|符合|明显|显著|拉近|满意|合格|完成|达到|达成|按时|按期|准时|覆盖|规范|稳定|保持|到位|落实|是|否|好|一般|基本|部分|差|未|正常|安全|畅通|健全|降低|下降|减少|增加|增长|持续|确保|保障|实现|顺利|通过|零|严格|规定/;

// Whole-text placeholders (§3.7). Text with no digit, letter or CJK at all
// (—, -, /, …, empty) is a placeholder too.
const PLACEHOLDER_WORDS = /^(无|暂无|空|不适用|待定|未填|未填写|未设置|未设定|n\/?a|null|none)$/i;
// XX standing in for a number, with at most a comparator and a short unit around it.
const XX = /^[≥≤<>=]?[xX×*]+(%|[\u4e00-\u9fff]{1,3})?$/;

// A number that qualifies a noun rather than stating the value: 注册资本2000万的企业,
// 7米以上道路机扫率达到100%, 60岁以上老人 (one unknown unit character allowed).
const QUALIFIER = /^[\u4e00-\u9fff]?(?:的|(?:及|或)?(?:以上|以下|以内)[\u4e00-\u9fff])/;

const CN_DIGITS: Record<string, number> = {
	一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_NUMERAL = /[零〇一二两三四五六七八九十百千]+/g;

/** Small Chinese numerals: 两 → 2, 十二 → 12, 一百零五 → 105. Null when malformed (一二). */
export function chineseNumeral(s: string): number | null {
	let total = 0;
	let digit: number | null = null;
	for (const ch of s) {
		if (ch === '零' || ch === '〇') {
			if (digit !== null) return null;
			continue;
		}
		if (ch in CN_DIGITS) {
			if (digit !== null) return null;
			digit = CN_DIGITS[ch];
		} else if (ch in CN_UNITS) {
			total += (digit ?? 1) * CN_UNITS[ch];
			digit = null;
		} else return null;
	}
	return total + (digit ?? 0);
}

// Arabic numbers: thousands groups of exactly three digits, else plain digits.
const ARABIC = /\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?/g;

// Years and dates are never values (2023年全覆盖, 2022年12月31日前, 2021-2023年).
const DATES: RegExp[] = [
	/(?<!\d)(19|20)\d\d[-~至到—–]{1,2}(19|20)\d\d年度?/g,
	/(?<!\d)(19|20)\d\d年度?(\d{1,2}月(\d{1,2}[日号])?)?/g,
	// 2022-12, 2022/12/31, 2022.12.31; a lone 2022.12 is a decimal number, not a date.
	/(?<!\d)(19|20)\d\d[-/](0?[1-9]|1[0-2])(?:[-/](0?[1-9]|[12]\d|3[01]))?(?![\d.%])/g,
	/(?<!\d)(19|20)\d\d\.(0?[1-9]|1[0-2])\.(0?[1-9]|[12]\d|3[01])(?![\d.%])/g,
	/(?<!\d)\d{1,2}月(\d{1,2}[日号])?(底|初|末|中旬|上旬|下旬|之前|以前|前)/g,
	/(?<!\d)\d{1,2}月\d{1,2}[日号]/g
];
const DATE_MASK = '§';

/** Rounds away float noise from scaling (0.09 × 10000, 0.85 × 100). */
export function tidy(x: number): number {
	// + 0 turns -0 into 0.
	return Number(x.toPrecision(12)) + 0;
}

interface Token {
	start: number;
	/** End of the number, its multiplier and unit. */
	end: number;
	value: number;
	high: number | null;
	unit: string | null;
	/** Scale applied to the printed number (万, 亿, 元 → 万元), 1 when none. */
	mult: number;
}

/**
 * Normalizes what OCR and typists vary: width, ≧/≦, spaces (kept only between
 * two digits, where they separate numbers), 百分之九十 → 90%.
 */
function normalize(text: string): string {
	const s = normalizeSymbols(text)
		.replace(/[⩾≮]/g, '≥')
		.replace(/[⩽≯]/g, '≤')
		.replace(/\s+/g, (ws, at: number, all: string) =>
			/\d/.test(all[at - 1] ?? '') && /\d/.test(all[at + ws.length] ?? '') ? ' ' : ''
		);
	return s
		.replace(/百分之百/g, '100%')
		.replace(/百分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)/g, (m, n: string) => {
			const v = /\d/.test(n) ? Number(n) : chineseNumeral(n);
			return v === null ? m : `${v}%`;
		});
}

/** Multiplier and unit written after a number ending at `pos`. */
function readUnit(s: string, pos: number): { unit: string | null; factor: number; mult: number; end: number } {
	const direct = matchUnitAt(s, pos);
	if (direct) return { unit: direct.unit, factor: direct.factor, mult: 1, end: direct.end };
	// 万/亿 not followed by 元 multiply the number: 10万人次, 0.09万份, 2000万的.
	const mult = s[pos] === '万' ? 10000 : s[pos] === '亿' ? 100000000 : 1;
	if (mult === 1) return { unit: null, factor: 1, mult, end: pos };
	const after = matchUnitAt(s, pos + 1);
	return { unit: after?.unit ?? null, factor: after?.factor ?? 1, mult, end: after?.end ?? pos + 1 };
}

function makeToken(s: string, start: number, numEnd: number, raw: number): Token | null {
	const u = readUnit(s, numEnd);
	const value = tidy(raw * u.mult * u.factor);
	if (!Number.isFinite(value)) return null;
	return { start, end: u.end, value, high: null, unit: u.unit, mult: u.mult * u.factor };
}

function arabicTokens(s: string): Token[] {
	const tokens: Token[] = [];
	for (const m of s.matchAll(ARABIC)) {
		let start = m.index;
		let raw = Number(m[0].replace(/,/g, ''));
		// A minus sign only at the start or right after a comparator: 3-5 is a range.
		if (s[start - 1] === '-' && (start === 1 || /[≥≤<>=:为]/.test(s[start - 2]))) {
			start -= 1;
			raw = -raw;
		}
		const t = makeToken(s, start, m.index + m[0].length, raw);
		if (t) tokens.push(t);
	}
	return mergeRanges(s, tokens);
}

// Chinese numerals count only when a unit follows (两场, 三次), so that 统一 or
// 一般 never read as 1; idioms that look like a count are skipped (十分满意 is
// "very satisfied", 一起 "together", 一件事一次办 a slogan).
const CN_IDIOMS = /^(十分|一起|一次性|一件事|一条龙|一站式|一张网|一张图|一门式)/;

function chineseTokens(s: string): Token[] {
	const tokens: Token[] = [];
	for (const m of s.matchAll(CN_NUMERAL)) {
		const raw = chineseNumeral(m[0]);
		if (raw === null || CN_IDIOMS.test(s.slice(m.index))) continue;
		const t = makeToken(s, m.index, m.index + m[0].length, raw);
		if (t && t.unit) tokens.push(t);
	}
	return tokens;
}

/** 90%-95%, 3至5次, 3-5万人: two numbers joined by a dash or 至/到 become one range token. */
function mergeRanges(s: string, tokens: Token[]): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const lo = tokens[i];
		const hi = tokens[i + 1];
		const joined = hi && /^(?:[-~—–]{1,2}|至|到)$/.test(s.slice(lo.end, hi.start));
		if (!hi || !joined || (lo.unit && hi.unit && comparisonKey(lo.unit) !== comparisonKey(hi.unit))) {
			out.push(lo);
			continue;
		}
		// The low end borrows the high end's multiplier when it has none of its own (3-5万人).
		const low = lo.unit || lo.mult !== 1 ? lo.value : tidy(lo.value * hi.mult);
		if (!Number.isFinite(low)) {
			out.push(lo);
			continue;
		}
		out.push({
			start: lo.start,
			end: hi.end,
			value: Math.min(low, hi.value),
			high: Math.max(low, hi.value),
			unit: hi.unit ?? lo.unit,
			mult: hi.mult
		});
		i++;
	}
	return out;
}

/** The comparator written around a token: before it (longest phrase first), else after it. */
function comparatorOf(before: string, after: string): Comparator | null {
	const lead = before.replace(/(?:[:,]|大约|约|近)+$/, '');
	for (const [phrase, op] of PREFIX_OPS) if (lead.endsWith(phrase)) return op;
	for (const [phrase, op] of SUFFIX_OPS) if (after.startsWith(phrase)) return op;
	return null;
}

function reading(text: string | null, kind: ValueReading['kind'], rest: Partial<ValueReading> = {}): ValueReading {
	return { text, kind, op: null, value: null, high: null, unit: null, explicitOp: false, ...rest };
}

function isPlaceholder(s: string): boolean {
	if (!/[\p{L}\p{N}]/u.test(s)) return true;
	return PLACEHOLDER_WORDS.test(s) || XX.test(s);
}

/**
 * Reads one written value. With `hint.unit` (the target's unit when reading an
 * actual), the first number in that unit is preferred over an earlier one
 * (`引进注册资本 2000 万的企业数 1 家` with hint 家 → 1 家). Never throws.
 */
export function readValue(text: string | null | undefined, hint?: { unit?: string | null }): ValueReading {
	const verbatim = text ?? null;
	if (text == null) return reading(null, 'placeholder');
	const s = normalize(String(text));
	if (isPlaceholder(s)) return reading(verbatim, 'placeholder');

	const masked = DATES.reduce((acc, re) => acc.replace(re, DATE_MASK), s);
	const arabic = arabicTokens(masked);
	// Arabic numbers win over Chinese ones: 一年事故次数低于3次 is 3 次, not 1 年.
	const tokens = arabic.length > 0 ? arabic : chineseTokens(masked);
	if (tokens.length === 0) {
		return QUALITATIVE.test(masked)
			? reading(verbatim, 'qualitative', { op: 'qualitative' })
			: reading(verbatim, 'unparsable');
	}

	// Numbers that qualify a noun are not the value when another number is there.
	const values = tokens.filter((t) => !QUALIFIER.test(masked.slice(t.end)));
	const candidates = values.length > 0 ? values : tokens;
	const hintUnit = canonicalUnit(hint?.unit ?? null);
	const hinted = hintUnit
		? candidates.find((t) => t.unit && comparisonKey(t.unit) === comparisonKey(hintUnit))
		: undefined;
	const pick = hinted ?? candidates[0];
	const prevEnd = tokens.filter((t) => t.end <= pick.start).reduce((end, t) => Math.max(end, t.end), 0);

	if (pick.high !== null) {
		return reading(verbatim, 'range', { op: 'range', value: pick.value, high: pick.high, unit: pick.unit, explicitOp: true });
	}
	const op = comparatorOf(masked.slice(prevEnd, pick.start), masked.slice(pick.end));
	return reading(verbatim, 'number', { op: op ?? '=', value: pick.value, unit: pick.unit, explicitOp: op !== null });
}
