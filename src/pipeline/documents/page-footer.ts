// Page numbers that PDF extraction leaves between table rows ("第 3 页 共 5 页",
// "- 3 -", "3/5"): prose, never a row, in every document kind.
import { normalizeSpace, toHalfWidth } from '../values/normalize-text.ts';

const PAGE_FOOTER = /^(?:第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|[-—–]?\s*\d{1,3}\s*[-—–]?|\d+\s*\/\s*\d+)$/;

export function isPageFooter(text: string): boolean {
	return PAGE_FOOTER.test(normalizeSpace(toHalfWidth(text)));
}
