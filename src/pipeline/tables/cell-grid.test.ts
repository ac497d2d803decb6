import { describe, expect, it } from 'vitest';
import { splitLines } from '../documents/split-lines.ts';
import { cellStream, flatTokens, readGrid } from './cell-grid.ts';

const LABELS = /^(?:项目名称|主管部门|实施单位|年初预算数|全年预算数|全年执行数|一级指标|二级指标|三级指标)$/;
const grid = (text: string) => readGrid(splitLines(text), { isLabel: (k) => LABELS.test(k) });
const texts = (text: string) => grid(text).map((r) => [r.shape, ...r.cells.map((c) => c.text)]);

describe('readGrid: every text shape becomes rows of cells with their lines', () => {
	it('tab-separated cells, empty merged cells kept as positions', () => {
		const rows = grid('项目名称\t社区安全\n\t\t数量指标\t≥5次');
		expect(texts('项目名称\t社区安全\n\t\t数量指标\t≥5次')).toEqual([['table', '项目名称', '社区安全'], ['table', '数量指标', '≥5次']]);
		expect(rows[1].cells.map((c) => [c.col, c.line])).toEqual([[2, 2], [3, 2]]);
		expect(rows[1].width).toBe(4);
	});

	it('pipe tables with border pipes and ragged empty cells', () => {
		expect(texts('| 单位名称 | 塘湖镇人民政府 | ||||\n产出指标 | 数量指标 | 办结信访案件 | 168起 ||')).toEqual([
			['table', '单位名称', '塘湖镇人民政府'],
			['table', '产出指标', '数量指标', '办结信访案件', '168起']
		]);
		expect(grid('a | | b')[0].cells.map((c) => c.col)).toEqual([0, 2]);
	});

	it('one cell per line with blank lines between: blank lines are no rows', () => {
		const rows = grid('年初预算数\n\n全年预算数\n\n\u3000\n861.10\n');
		expect(rows.map((r) => [r.line, r.shape, r.cells[0].text])).toEqual([[1, 'single', '年初预算数'], [3, 'single', '全年预算数'], [6, 'single', '861.10']]);
	});

	it('a table flattened onto one line, after DOCX metadata, becomes one row of tokens', () => {
		const line = '张三 docx1 2019-05-22T04:56:35Z 15.00 附件: 项目名称 委托业务项目 主管部门 219-某镇人民政府 项目资金 (万元) 年初预算数 全年预算数';
		const rows = grid(line);
		expect(rows).toHaveLength(1);
		expect(rows[0].shape).toBe('flat');
		const cells = rows[0].cells.map((c) => c.text);
		expect(cells.slice(5, 9)).toEqual(['项目名称', '委托业务项目', '主管部门', '219-某镇人民政府']);
		// A bracketed unit belongs to the label before it.
		expect(cells).toContain('项目资金 (万元)');
		expect(rows[0].cells.every((c) => c.line === 1)).toBe(true);
	});

	it('prose with spaces but fewer than two labels stays one cell', () => {
		expect(texts('本年度 共完成 项目 三个 达到 预期 目标')).toEqual([['single', '本年度 共完成 项目 三个 达到 预期 目标']]);
		// Below the token threshold, even with labels.
		expect(texts('项目名称 主管部门')[0][0]).toBe('single');
	});

	it('keys fold Traditional, full-width and colons for label matching; the text stays as printed', () => {
		const [row] = grid('項目名稱：\t１２３');
		expect(row.cells.map((c) => [c.text, c.key])).toEqual([['項目名稱：', '项目名称'], ['１２３', '123']]);
	});

	it('cellStream reads every shape in order', () => {
		const s = cellStream(grid('a\tb\n\nc\n项目名称 x 主管部门 y 实施单位 z'));
		expect(s.map((c) => `${c.line}:${c.text}`)).toEqual(['1:a', '1:b', '3:c', '4:项目名称', '4:x', '4:主管部门', '4:y', '4:实施单位', '4:z']);
	});
});

describe('flatTokens', () => {
	it('glues a lone comparator to its value and a bracketed note to its label', () => {
		expect(flatTokens('满意度 ≥ 90% 产出指标 (50分)')).toEqual(['满意度', '≥90%', '产出指标 (50分)']);
	});
});
