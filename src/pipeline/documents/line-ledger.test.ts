import { describe, expect, it } from 'vitest';
import { LineLedger } from './line-ledger.ts';
import { splitLines } from './split-lines.ts';

describe('LineLedger', () => {
	const lines = splitLines('标题\n\n表头\t列\n数据\t1\n\u3000\n尾');

	it('counts only non-blank lines, each in exactly one bucket', () => {
		const l = new LineLedger(lines);
		l.prose(1);
		l.prose(3);
		l.fact(4);
		l.finish('not recognised');
		expect(l.counts()).toEqual({ total: 4, fact: 1, prose: 2, unparsed: 1 });
		expect(l.unparsedLines()).toEqual([{ line: 6, text: '尾', reason: 'not recognised' }]);
	});

	it('lets a fact win over prose and unparsed marks on the same line, and unparsed over prose', () => {
		const l = new LineLedger(lines);
		l.unparsed(4, 'bad cell');
		l.fact(4);
		l.prose(4);
		l.prose(3);
		l.unparsed(3, 'cut off');
		expect(l.verdict(4)?.class).toBe('fact');
		expect(l.verdict(3)).toEqual({ class: 'unparsed', reason: 'cut off' });
	});

	it('ignores marks on blank or missing lines', () => {
		const l = new LineLedger(lines);
		l.fact(2);
		l.fact(5);
		l.fact(99);
		expect(l.has(2) || l.has(5) || l.has(99)).toBe(false);
	});
});
