// Figures that text extraction ran together into one cell, such as
// `310.2154.741050%5` under 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分
// (= 310.2 | 154.74 | 10 | 50% | 5). A split is accepted only where the column
// labels (what kind of figure each column holds) and the arithmetic between
// them (执行率 = 执行数 ÷ 预算数, 得分 = 分值 × 执行率) single out one reading;
// otherwise the text is kept as printed and the caller flags it.

/** What a column holds, from its label. */
export type RunColumn = 'initial' | 'adjusted' | 'actual' | 'rate' | 'weight' | 'score';

// A money figure: no leading zero, at most 2 decimals (as tables print 万元; with
// 4 allowed, 861.102030.12… also reads 861.1020 | 30.1220 | 30.12 and agrees).
// A weight: at most 3 digits and 1 decimal; a score or a rate: 2 decimals.
const MONEY = /^(?:0|[1-9]\d*)(?:\.\d{1,2})?$/;
const PATTERN: Record<RunColumn, RegExp> = {
	initial: MONEY,
	adjusted: MONEY,
	actual: MONEY,
	rate: /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?%$/,
	weight: /^(?:0|[1-9]\d{0,2})(?:\.\d)?$/,
	score: /^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?$/
};

export type RunSplit = { ok: true; parts: string[] } | { ok: false; reason: string };

const MAX_READINGS = 5000;

export function splitRunTogether(text: string, columns: RunColumn[]): RunSplit {
	const s = text.replace(/\s+/g, '');
	if (!/^[\d.%]+$/.test(s)) return { ok: false, reason: 'not a run of figures' };
	if (columns.length < 2) return { ok: false, reason: 'fewer than two columns to split into' };
	if (!hasRelation(columns)) return { ok: false, reason: 'no arithmetic between these columns to check a split against' };
	const readings: string[][] = [];
	const walk = (at: number, col: number, acc: string[]) => {
		if (readings.length > MAX_READINGS) return;
		if (col === columns.length) {
			if (at === s.length) readings.push([...acc]);
			return;
		}
		for (let end = at + 1; end <= s.length; end++) {
			const part = s.slice(at, end);
			if (PATTERN[columns[col]].test(part)) walk(end, col + 1, [...acc, part]);
		}
	};
	walk(0, 0, []);
	const agreeing = readings.filter((r) => arithmeticAgrees(r, columns));
	if (agreeing.length === 1) return { ok: true, parts: agreeing[0] };
	if (agreeing.length === 0) return { ok: false, reason: `no split into ${columns.join(' | ')} agrees with the arithmetic` };
	return { ok: false, reason: `${agreeing.length} splits into ${columns.join(' | ')} agree with the arithmetic` };
}

function hasRelation(columns: RunColumn[]): boolean {
	const has = (c: RunColumn) => columns.includes(c);
	return (has('rate') && has('actual') && (has('adjusted') || has('initial'))) || (has('score') && has('weight') && has('rate'));
}

const num = (p: string) => Number(p.replace('%', ''));
const decimals = (p: string) => (p.replace('%', '').split('.')[1] ?? '').length;

/** Every relation the columns allow holds, to the printed precision. */
function arithmeticAgrees(parts: string[], columns: RunColumn[]): boolean {
	const at = (c: RunColumn) => {
		const i = columns.indexOf(c);
		return i < 0 ? null : parts[i];
	};
	const rate = at('rate');
	const actual = at('actual');
	const budget = at('adjusted') ?? at('initial');
	if (rate !== null && actual !== null && budget !== null) {
		if (num(budget) === 0) return false;
		const computed = (num(actual) / num(budget)) * 100;
		if (Math.abs(computed - num(rate)) > 0.5 * 10 ** -decimals(rate) + 1e-9) return false;
	}
	const weight = at('weight');
	const score = at('score');
	if (rate !== null && weight !== null && score !== null) {
		const computed = num(weight) * Math.min(num(rate) / 100, 1);
		if (Math.abs(computed - num(score)) > 0.5 * 10 ** -decimals(score) + 1e-9) return false;
	}
	return true;
}
