import type { SourceLine } from '../types.ts';
import { LineLedger } from './line-ledger.ts';

/**
 * Runs a row parser over every non-blank line. A row the parser trips on
 * becomes an unparsed line with the reason, so one bad row never costs the
 * rest of the document.
 */
export function eachLine(lines: SourceLine[], ledger: LineLedger, parse: (line: SourceLine) => void): void {
	for (const l of lines) {
		if (LineLedger.isBlank(l.text)) continue;
		try {
			parse(l);
		} catch (e) {
			ledger.unparsed(l.number, `the parser failed on this line: ${(e as Error)?.message ?? String(e)}`);
		}
	}
}

/** Number of the last non-blank line: a short row there is a document cut off. */
export function lastNonBlankLine(lines: SourceLine[]): number {
	for (let i = lines.length - 1; i >= 0; i--) if (!LineLedger.isBlank(lines[i].text)) return lines[i].number;
	return 0;
}
