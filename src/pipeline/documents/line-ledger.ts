import type { LineClass, SourceLine } from '../types.ts';

export interface LineVerdict {
	class: LineClass;
	reason: string | null;
}

// fact beats unparsed beats prose: a line that yielded any fact is a fact line
// (partial failures on it are reported as flags by the parser), and a line a
// parser tried and failed on must not hide behind a "prose" mark.
const RANK: Record<LineClass, number> = { prose: 0, unparsed: 1, fact: 2 };

/**
 * Bookkeeping of what became of every non-blank line of a document, so that
 * nothing is silently dropped: lines_total = lines_fact + lines_prose + lines_unparsed.
 */
export class LineLedger {
	readonly lines: SourceLine[];
	private verdicts = new Map<number, LineVerdict>();

	constructor(lines: SourceLine[]) {
		this.lines = lines;
	}

	static isBlank(text: string): boolean {
		return text.replace(/[\s\u3000\u00a0\ufeff]/g, '') === '';
	}

	fact(line: number): void {
		this.mark(line, 'fact', null);
	}

	prose(line: number, reason: string | null = null): void {
		this.mark(line, 'prose', reason);
	}

	unparsed(line: number, reason: string): void {
		this.mark(line, 'unparsed', reason);
	}

	mark(line: number, cls: LineClass, reason: string | null): void {
		const text = this.lines[line - 1]?.text;
		if (text === undefined || LineLedger.isBlank(text)) return;
		const prev = this.verdicts.get(line);
		if (!prev || RANK[cls] > RANK[prev.class]) this.verdicts.set(line, { class: cls, reason });
	}

	has(line: number): boolean {
		return this.verdicts.has(line);
	}

	verdict(line: number): LineVerdict | undefined {
		return this.verdicts.get(line);
	}

	/** Closes the books: any non-blank line nobody claimed becomes unparsed with `reason`. */
	finish(reason: string): LineVerdict[] {
		const out: LineVerdict[] = [];
		for (const l of this.lines) {
			if (LineLedger.isBlank(l.text)) continue;
			if (!this.verdicts.has(l.number)) this.verdicts.set(l.number, { class: 'unparsed', reason });
		}
		for (const [, v] of [...this.verdicts].sort((a, b) => a[0] - b[0])) out.push(v);
		return out;
	}

	counts(): { total: number; fact: number; prose: number; unparsed: number } {
		const c = { total: 0, fact: 0, prose: 0, unparsed: 0 };
		for (const l of this.lines) {
			if (LineLedger.isBlank(l.text)) continue;
			c.total++;
			const v = this.verdicts.get(l.number);
			if (v) c[v.class]++;
		}
		return c;
	}

	/** Unparsed lines with their reasons, in line order. */
	unparsedLines(): { line: number; text: string; reason: string }[] {
		return this.lines
			.filter((l) => this.verdicts.get(l.number)?.class === 'unparsed')
			.map((l) => ({ line: l.number, text: l.text, reason: this.verdicts.get(l.number)!.reason ?? '' }));
	}
}
