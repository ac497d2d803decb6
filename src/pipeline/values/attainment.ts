// Compares an indicator's actual value with its target: direction, attainment
// and status (domain.md §4), plus the quality flags the comparison reveals.
// Targets are reported as read; only the actual is adjusted to be comparable
// (a bare 1 against a % target becomes 100 %), and every adjustment is flagged.

import type { Direction, IndicatorStatus } from '../types.ts';
import { readValue, tidy, type ValueReading } from './parse-target-value.ts';
import { sameQuantity } from './units.ts';

export interface AssessmentFlag {
	code: string;
	severity: 'error' | 'warning' | 'info';
	message: string;
}

export interface Assessment {
	direction: Direction | null;
	attainment: number | null;
	status: IndicatorStatus;
	/** As read. */
	target: ValueReading;
	/** As compared (a bare 1 against a % target becomes 100 %); null when no actual text was given. */
	actual: ValueReading | null;
	flags: AssessmentFlag[];
}

// Names whose bare target is a ceiling (§4). A rate of decrease (同比下降率) is
// itself higher_better, and so is the handling rate of something bad
// (投诉处理率, 事故处置及时率): those are checked first.
const LOWER_BETTER_NAME = /投诉|事故|差错|发生率|超支|警情|发案|下降|减少|降低/;
const HIGHER_BETTER_NAME =
	/(下降|减少|降低)(率|比例|比率|幅度|百分比)|(处理|办结|回复|回访|查处|处置|解决|调处|化解|结案|整改|响应|受理)(及时)?率|满意|知晓/;

/** Direction of a bare target (no comparator written), from the indicator's name. */
export function directionFromName(name: string): 'higher_better' | 'lower_better' {
	if (HIGHER_BETTER_NAME.test(name)) return 'higher_better';
	return LOWER_BETTER_NAME.test(name) ? 'lower_better' : 'higher_better';
}

// Physical measures ending in 度 that are not rates.
const NOT_A_RATE_DU = /(温度|强度|密度|长度|高度|深度|力度|年度|季度|额度|速度|浓度|精度|难度|程度|角度|宽度|厚度|湿度|亮度|幅度)$/;
const GROWTH = /增长|增加|增幅|同比|环比|提升率|提高率|上升|超额|溢价|偏差|变动|变化/;

/**
 * True for a name that is a share of a whole and cannot exceed 100 %
 * (发放率, 覆盖率, 满意度…), false for growth and comparison rates (增长率,
 * 增加比例, 同比…) which can.
 */
export function isBoundedRate(name: string): boolean {
	const n = name
		.replace(/\s+/g, '')
		.replace(/[(（]%[)）]$/, '')
		.replace(/指标$/, '');
	if (GROWTH.test(n)) return false;
	return /(率|度|占比)$/.test(n) && !NOT_A_RATE_DU.test(n);
}

function directionOf(name: string, target: ValueReading): Direction | null {
	switch (target.op) {
		case '>=':
		case '>':
			return 'higher_better';
		case '<=':
		case '<':
			return 'lower_better';
		case 'range':
			return 'exact';
		case 'qualitative':
			return 'qualitative';
		case '=':
			// A written = / 为 asks for exactly that; a bare number is a floor or, by name, a ceiling.
			return target.explicitOp ? 'exact' : directionFromName(name);
		default:
			return null;
	}
}

// Words an actual uses to report a qualitative target (§4). Negations are
// checked first (不合格 contains 合格), then partial achievement (较好 contains 好).
const NEGATIVE = /未|没有|不合格|不达标|不符合|不满意|不及时|否|无效|欠佳|较差|差/;
const PARTIAL = /基本|部分|较好|一般/;
const ACHIEVING = /达成|达到|达标|完成|合格|符合|是|好|优|良好|满意|提升|改善|增强|明显|及时|有效/;

const squash = (s: string | null): string => (s ?? '').replace(/\s+/g, '').normalize('NFKC');

function judgeWords(target: ValueReading, actual: ValueReading): { status: IndicatorStatus; attainment: number | null } {
	const text = squash(actual.text);
	if (text === squash(target.text)) return { status: 'met', attainment: 1 };
	if (NEGATIVE.test(text)) return { status: 'not_met', attainment: 0 };
	if (PARTIAL.test(text)) return { status: 'not_met', attainment: 0.7 };
	if (ACHIEVING.test(text)) return { status: 'met', attainment: 1 };
	// An unknown word says nothing measurable: not met, with no attainment figure.
	return { status: 'not_met', attainment: null };
}

// Float noise from scaling must not flip a comparison (0.85 × 100 vs 85).
const EPS = 1e-9;
const ge = (a: number, b: number) => a >= b - EPS * Math.max(1, Math.abs(b));
const le = (a: number, b: number) => a <= b + EPS * Math.max(1, Math.abs(b));
const eq = (a: number, b: number) => ge(a, b) && le(a, b);

function compare(
	direction: Direction,
	target: ValueReading,
	a: number
): { met: boolean; attainment: number | null } {
	const t = target.value as number;
	if (target.kind === 'range') {
		const hi = target.high as number;
		if (ge(a, t) && le(a, hi)) return { met: true, attainment: 1 };
		// Outside the band: below scores like a floor, above like a ceiling.
		if (a < t) return { met: false, attainment: t > 0 ? Math.max(0, a / t) : null };
		return { met: false, attainment: hi > 0 ? Math.max(0, 1 - (a - hi) / hi) : null };
	}
	if (direction === 'higher_better') {
		const met = target.op === '>' ? a > t && !eq(a, t) : ge(a, t);
		if (t === 0) return { met, attainment: a >= 0 ? 1 : 0 };
		// A negative floor (≥ -5 %) has no meaningful ratio.
		return { met, attainment: t > 0 ? Math.max(0, a / t) : null };
	}
	if (direction === 'lower_better') {
		const met = target.op === '<' ? a < t && !eq(a, t) : le(a, t);
		if (t === 0) return { met, attainment: a <= 0 ? 1 : 0 };
		if (t < 0) return { met, attainment: null };
		return { met, attainment: met ? 1 : Math.max(0, 1 - (a - t) / t) };
	}
	// exact: symmetric shortfall, like lower_better on the distance to the target.
	const met = eq(a, t);
	if (met) return { met, attainment: 1 };
	return { met, attainment: t > 0 ? Math.max(0, 1 - Math.abs(a - t) / t) : 0 };
}

/**
 * Makes the actual comparable with the target: an actual without a unit takes
 * the target's, and a bare ratio (≤ 1) against a % target is read as a share
 * (rule 8: `1` → 100 %). Null when the units measure different things.
 */
function alignUnits(target: ValueReading, actual: ValueReading, flags: AssessmentFlag[]): ValueReading | null {
	if (actual.unit === null && target.unit !== null) {
		const a = actual.value as number;
		// Only when the target itself is above 1 %: against 差错率≤1% a bare 0.5 is 0.5 %, not 50 %.
		const targetTop = Math.max(target.value ?? 0, target.high ?? 0);
		if (target.unit === '%' && a > 0 && a <= 1 && targetTop > 1) {
			flags.push({
				code: 'unit_assumed',
				severity: 'info',
				message: `actual "${actual.text}" has no unit against a % target: read as a ratio, ${tidy(a * 100)} %`
			});
			return { ...actual, value: tidy(a * 100), unit: '%' };
		}
		flags.push({
			code: 'unit_from_target',
			severity: 'info',
			message: `actual "${actual.text}" has no unit: read in the target's unit (${tidy(a)} ${target.unit})`
		});
		return { ...actual, unit: target.unit };
	}
	if (actual.unit !== null && target.unit !== null && !sameQuantity(actual.unit, target.unit)) return null;
	return actual;
}

function checkBoundedRate(name: string, role: 'target' | 'actual', r: ValueReading | null, flags: AssessmentFlag[]): void {
	if (!r || r.unit !== '%' || !isBoundedRate(name)) return;
	const top = Math.max(r.value ?? -Infinity, r.high ?? -Infinity);
	if (top > 100) {
		flags.push({
			code: 'suspicious_value',
			severity: 'warning',
			message: `${role} "${r.text}" is ${top} %, above 100 % for a rate that cannot exceed it (kept as printed)`
		});
	}
}

const present = (r: ValueReading | null): r is ValueReading => r !== null && r.kind !== 'placeholder';

/** Assesses one indicator from its name and verbatim target and actual texts. Never throws. */
export function assessIndicator(name: string, targetText: string | null, actualText: string | null): Assessment {
	const flags: AssessmentFlag[] = [];
	const target = readValue(targetText);
	const direction = directionOf(name ?? '', target);
	checkBoundedRate(name ?? '', 'target', target, flags);
	const raw = actualText == null ? null : readValue(actualText, { unit: target.unit });
	const result = (status: IndicatorStatus, attainment: number | null, actual: ValueReading | null = raw): Assessment => {
		checkBoundedRate(name ?? '', 'actual', actual, flags);
		return { direction, attainment, status, target, actual, flags };
	};

	if (!present(raw)) return result('no_actual', null);
	if (!present(target)) return { ...result('no_target', null), direction: null };
	if (target.kind === 'unparsable' || direction === null) return result('not_comparable', null);

	if (target.kind === 'qualitative') {
		if (raw.kind === 'qualitative') {
			const j = judgeWords(target, raw);
			return result(j.status, j.attainment);
		}
		return result('not_comparable', null);
	}
	// A numeric target needs one numeric actual (not a word, not a range).
	if (raw.kind !== 'number') return result('not_comparable', null);
	const actual = alignUnits(target, raw, flags);
	if (!actual) return result('not_comparable', null);

	const { met, attainment } = compare(direction, target, actual.value as number);
	if (direction === 'higher_better' && attainment !== null && Number.isFinite(attainment) && attainment > 1.2) {
		flags.push({
			code: 'over_target',
			severity: 'info',
			message: `actual "${actual.text}" is ${Math.round(attainment * 100)} % of target "${target.text}": the target may have been set too low`
		});
	}
	// A vanishing target (0.000…1) can overflow the ratio: no figure rather than Infinity.
	const figure = attainment !== null && Number.isFinite(attainment) ? attainment : null;
	return result(met ? 'met' : 'not_met', figure, actual);
}
