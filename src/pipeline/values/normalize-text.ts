// Text normalization shared by every reader of printed values.

/** Full-width ASCII (Ａ-ｚ, ０-９, ％, ＞, ＝ …) to half-width; ideographic space to space. */
export function toHalfWidth(s: string): string {
	return s
		.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
		.replace(/\u3000/g, ' ');
}

/** Collapses runs of whitespace and trims. Keeps the text otherwise verbatim. */
export function normalizeSpace(s: string): string {
	return s.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

/**
 * Removes spaces that PDF extraction put inside a name: between two CJK
 * characters, or between CJK and punctuation ("街消毒站病媒生物防治专职 人员补贴").
 */
export function joinBrokenName(s: string): string {
	return normalizeSpace(s).replace(/(?<=[\u3400-\u9fff（）()、，：；“”"])\s+(?=[\u3400-\u9fff（）()、，：；“”"])/g, '');
}

/** Normalizes comparison symbols: ≧ >= ＞＝ → ≥, ≦ <= → ≤. */
export function normalizeSymbols(s: string): string {
	return toHalfWidth(s)
		.replace(/≧|>=|=>/g, '≥')
		.replace(/≦|<=|=</g, '≤');
}
