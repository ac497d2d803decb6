// Text for matching labels and titles: half-width, pinyin annotations of web
// mirrors dropped, Traditional folded to Simplified by OpenCC (opencc-js, the
// maintained converter). Used for matching only: printed text is always kept.
import * as OpenCC from 'opencc-js/t2cn';
import { toHalfWidth } from './normalize-text.ts';

// Traditional (any variant: 't' covers Taiwan and Hong Kong forms for the
// characters of these documents) → Mainland Simplified. Built once, on first use.
let convert: ((s: string) => string) | null = null;
const toSimplified = (s: string) => (convert ??= OpenCC.Converter({ from: 't', to: 'cn' }))(s);

// Pinyin that mirror sites insert after a character: 預(yù)算 → 預算. Lower-case
// only, so that column markers such as 预算数(A) survive.
export const PINYIN_RE = /(?<=[\u3400-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}\)/g;

// Only text with a character outside ASCII needs the converter (most cells are figures).
const HAS_CJK = /[\u3400-\u9fff]/;

/** Text for matching: half-width, pinyin annotations dropped, Traditional folded to Simplified. */
export function foldChinese(s: string): string {
	const t = toHalfWidth(s).replace(PINYIN_RE, '');
	return HAS_CJK.test(t) ? toSimplified(t) : t;
}
