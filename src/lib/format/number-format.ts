// All number formatting of the site. d3-format with an explicit locale, never
// Intl/toLocaleString: the prerender (Node) and the browser must print the
// same characters, whatever ICU data or system locale either one has.
import { formatLocale } from 'd3-format';
import { lang } from '../i18n/i18n.ts';

/** What every formatter prints for a missing value (NULL, undefined, NaN, ±Infinity). */
export const MISSING = '—';

/** U+2212 MINUS SIGN: a true minus, not a hyphen. */
export const MINUS = '\u2212';

const zh = formatLocale({
	decimal: '.',
	thousands: ',',
	grouping: [3],
	currency: ['¥', ''],
	minus: MINUS
});

/** 1 亿 = 10,000 万. */
const WAN_PER_YI = 10_000;

type Num = number | null | undefined;

function missing(x: Num): x is null | undefined {
	return x === null || x === undefined || !Number.isFinite(x);
}

// d3 formatters are cached per specifier: building one parses the specifier.
const cache = new Map<string, (n: number) => string>();
function fmt(spec: string): (n: number) => string {
	let f = cache.get(spec);
	if (!f) cache.set(spec, (f = zh.format(spec)));
	return f;
}

export interface MoneyOptions {
	/** Append the unit (` 万元` / ` 亿元`). false for table cells whose header carries 万元. Default true. */
	unit?: boolean;
	/**
	 * 'auto' (default): 万元, or 亿元 once the figure reaches 1 亿 (10,000 万元) after rounding.
	 * 'wan': always 万元, as the source documents print it (tables, quotes of a document).
	 * With `unit: false` the scale is always 'wan': a bare number must not change unit silently.
	 */
	scale?: 'auto' | 'wan';
	/** Decimal places. Default 2 (the documents' precision in 万元; 亿元 to the 百万). */
	decimals?: number;
}

/** 万元 per million yuan, and per billion. */
const WAN_PER_MILLION = 100;
const WAN_PER_BILLION = 100_000;

/**
 * Money given in 万元 → `18,570.21 万元`, `8.29 亿元` (auto), `18,570.21` (unit: false).
 * Negative amounts (adjustments) get a true minus: `−359.19 万元`.
 *
 * In English (`lang` 'en'): auto → `CNY 185.70 m`, `CNY 1.22 bn` (millions and
 * billions of yuan read better than 10k units); 'wan' → `18,570.21 × CNY 10k`,
 * the number as the document prints it; a bare number stays a bare number
 * (the column header says CNY 10k). A no-break space keeps m, bn and 10k
 * with their number; a narrow tile may still break after "CNY".
 */
export function formatMoneyWan(x: Num, opts: MoneyOptions & { lang?: 'zh' | 'en' } = {}): string {
	if (missing(x)) return MISSING;
	const unit = opts.unit ?? true;
	const decimals = opts.decimals ?? 2;
	const scale = unit ? (opts.scale ?? 'auto') : 'wan';
	const f = fmt(`,.${decimals}f`);
	if ((opts.lang ?? lang()) === 'en' && unit) {
		if (scale === 'wan') return `${f(x)} ×\u00a0CNY\u00a010k`;
		const roundedMillions = Math.abs(Number((x / WAN_PER_MILLION).toFixed(decimals)));
		if (roundedMillions >= WAN_PER_BILLION / WAN_PER_MILLION) return `CNY ${f(x / WAN_PER_BILLION)}\u00a0bn`;
		return `CNY ${f(x / WAN_PER_MILLION)}\u00a0m`;
	}
	// Decide on the rounded figure so 9,999.999 万 prints 1.00 亿元, not 10,000.00 万元.
	const roundedWan = Math.abs(Number(x.toFixed(decimals)));
	if (scale === 'auto' && roundedWan >= WAN_PER_YI) return `${f(x / WAN_PER_YI)} 亿元`;
	return unit ? `${f(x)} 万元` : f(x);
}

/**
 * A rate given as a fraction → percent: 0.9668 → `96.68%`. `decimals` is the
 * precision the sources print (2, sometimes 1). Rounding is d3's (Number#toFixed
 * of x × 100), so ties are decided by the binary value: 0.96685 → 96.69%.
 */
export function formatRate(x: Num, decimals = 2): string {
	if (missing(x)) return MISSING;
	return noNegativeZero(fmt(`.${decimals}%`)(x), decimals);
}

/** A change as a fraction with its sign: 0.01906 → `+1.91%`, −0.0307 → `−3.07%`, 0 → `0.00%`. */
export function formatSignedRate(x: Num, decimals = 2): string {
	if (missing(x)) return MISSING;
	return noNegativeZero(fmt(`+.${decimals}%`)(x), decimals);
}

/** A count: 1234 → `1,234` (rounded to an integer). */
export function formatCount(n: Num): string {
	if (missing(n)) return MISSING;
	return noNegativeZero(fmt(',d')(n), 0);
}

// d3 keeps the sign of a value that rounds to zero when '+' is asked for
// (−0.00001 → `−0.00%`); a signed zero says "changed" where nothing did.
function noNegativeZero(s: string, decimals: number): string {
	const zero = (0).toFixed(decimals);
	const m = /^[+\u2212-](0(?:\.0+)?)(%?)$/.exec(s);
	return m && m[1] === zero ? `${m[1]}${m[2]}` : s;
}
