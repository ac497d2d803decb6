// A document cut off between two table rows reads like a complete one with
// fewer rows: nothing on a line is wrong. What gives it away is its end: the
// last non-blank line is a table row, and the parts every complete document of
// its kind has after (or as the last block of) its tables never came. Lines
// and kind only, no parser's internals, so it holds whatever a parser does.
import { filledCells } from '../documents/split-lines.ts';
import { LineLedger } from '../documents/line-ledger.ts';
import type { DocumentKind, FlagFact, SourceLine } from '../types.ts';
import { toHalfWidth } from '../values/normalize-text.ts';

interface Closing {
	/** What a complete document has, for the message. */
	what: string;
	/** Does this cell (half-width, spaces removed) belong to it? */
	test: (cell: string) => boolean;
}

// The national templates end the indicator table with the satisfaction block
// (满意度指标 / 服务对象满意度指标, as a level cell or inside a project's
// indicator list as `3-满意度指标`).
const SATISFACTION: Closing = {
	what: 'the satisfaction block (满意度指标) that ends the indicator table',
	test: (c) => /^(?:\d+[-、.])?(?:服务对象)?满意度(?:指标)?$/.test(c) || /\d+-(?:服务对象)?满意度指标/.test(c)
};
// Self-evaluations close with problems and measures after their tables
// (存在问题 / 改进措施 / 下一步…, as a row label or a numbered heading).
const CONCLUSION: Closing = {
	what: 'the closing parts after the tables (存在问题, 改进措施, 下一步…)',
	test: (c) => /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、.])?(?:存在(?:的)?(?:主要)?问题|问题及原因|改进措施|下一步|整改|结果应用)/.test(c)
};
const CLOSING: Record<DocumentKind, Closing> = {
	target_declaration: SATISFACTION,
	project_targets: SATISFACTION,
	// The national project self-evaluation form ends its indicator table with 满意度指标 too.
	project_self_evaluation: SATISFACTION,
	self_evaluation_form: CONCLUSION,
	self_evaluation_report: CONCLUSION
};

const squeeze = (s: string) => toHalfWidth(s).replace(/[\s\u3000]+/g, '');

/** A `truncated_document` warning when the document ends inside a table and lacks its kind's closing part; else none. */
export function checkTruncation(lines: SourceLine[], kind: DocumentKind | null): FlagFact[] {
	if (!kind) return [];
	let last: SourceLine | undefined;
	for (let i = lines.length - 1; i >= 0 && !last; i--) if (!LineLedger.isBlank(lines[i].text)) last = lines[i];
	if (!last || filledCells(last.text).length < 2) return [];
	const closing = CLOSING[kind];
	for (const l of lines) {
		const cells = filledCells(l.text);
		if (cells.some((c) => closing.test(squeeze(c)))) return [];
	}
	return [{
		source_line: last.number, severity: 'warning', code: 'truncated_document', table_name: 'documents',
		message: `the document ends inside a table (line ${last.number} is a table row) without ${closing.what}: it was probably cut off, and what came after line ${last.number} is missing`
	}];
}
