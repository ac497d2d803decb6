import { describe, expect, it } from 'vitest';
import type { TextRun } from './page-content.ts';
import { unifyIdeographs } from './radicals.ts';
import { cellText, visualLines, withoutAutospace } from './text-lines.ts';

// A 9 pt run at x0 on baseline y, one em per Han character, half an em per ASCII character.
const run = (text: string, x0: number, y: number): TextRun => {
	const w = [...text].reduce((s, c) => s + (c.charCodeAt(0) < 0x80 ? 4.5 : 9), 0);
	return { text, x0, x1: x0 + w, y, size: 9 };
};

describe('cellText', () => {
	it('joins a number broken over the lines of a narrow cell without spaces', () => {
		// Cell 100..118 (text 101..117): "1,046.90" does not fit; each line is full for what comes next.
		const lines = visualLines([run('1,', 101, 20), run('046.', 101, 31), run('90', 101, 42)]);
		expect(cellText(lines, 100, 118)).toBe('1,046.90');
	});
	it('joins Han text wrapped at the cell edge without a space', () => {
		const lines = visualLines([run('广州市黄埔区人民', 101, 20), run('政府', 101, 31)]);
		expect(cellText(lines, 100, 174)).toBe('广州市黄埔区人民政府');
	});
	it('keeps items listed one per line apart with a space, as text extraction does', () => {
		const lines = visualLines([run('群众满意度', 101, 20), run('爱心午餐人次', 101, 31)]);
		expect(cellText(lines, 100, 190)).toBe('群众满意度 爱心午餐人次');
	});
});

describe('text of a PDF line', () => {
	it('drops the gap producers put between Han and Latin characters, keeps spaces between Latin characters', () => {
		expect(withoutAutospace('数 2.3 万张, 2021 年度 Work plan')).toBe('数2.3万张, 2021年度Work plan');
	});
	it('reads radicals that glyph-to-text mapping produced as the ideographs they are drawn as', () => {
		expect(unifyIdeographs('⻩埔区⼴州开发区部⻔⼈⺠政府 入⼾')).toBe('黄埔区广州开发区部门人民政府 入户');
		expect(unifyIdeographs('％ ＞＝ 95')).toBe('％ ＞＝ 95');
	});
});
