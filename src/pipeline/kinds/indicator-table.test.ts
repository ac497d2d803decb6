import { describe, expect, it } from 'vitest';
import { splitLines } from '../documents/split-lines.ts';
import { cellStream, readGrid } from '../tables/cell-grid.ts';
import { composeTarget, IndicatorTable, readIndicatorHeader, splitStreamRows } from './indicator-table.ts';

const cellsOf = (text: string) => cellStream(readGrid(splitLines(text), { isLabel: (k) => /指标|指标值|完成值|分值|得分/.test(k) }));

function readTable(text: string) {
	const cells = cellsOf(text);
	const start = cells.findIndex((_, k) => readIndicatorHeader(cells, k) !== null);
	const { header, end } = readIndicatorHeader(cells, start)!;
	const table = new IndicatorTable(header, 'p1');
	return { cells, header, end, table };
}

describe('the levelled indicator table', () => {
	it('reads printed rows with levels merged down (empty tab cells) and a target split over 指标性质 | 指标值 | 度量单位', () => {
		const text = [
			'一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值',
			'产出指标\t数量指标\t培训人数\t≥\t80\t人\t85人',
			'\t\t培训场次\t≥\t4\t场\t4场',
			'\t质量指标\t合格率\t≥\t95\t%\t98%',
			'效益指标\t社会效益指标\t群众知晓率\t定性\t提高\t\t明显提高'
		].join('\n');
		const rows = readGrid(splitLines(text));
		const { header } = readIndicatorHeader(rows[0].cells, 0)!;
		expect(header.columns).toEqual(['name', 'op', 'target', 'unit', 'actual']);
		const table = new IndicatorTable(header);
		for (const r of rows.slice(1)) table.row(r.cells);
		expect(table.out.indicators.map((i) => [i.level1, i.level2, i.name, i.target_text, i.actual_text, i.source_line])).toEqual([
			['产出指标', '数量指标', '培训人数', '≥80人', '85人', 2],
			['产出指标', '数量指标', '培训场次', '≥4场', '4场', 3],
			['产出指标', '质量指标', '合格率', '≥95%', '98%', 4],
			// 定性 is the nature, not a comparator; the empty unit cell adds nothing. Empty cells shift the row left: read in order.
			['效益指标', '社会效益指标', '群众知晓率', '提高', '明显提高', 5]
		]);
	});

	it('cuts a flattened stream into rows by the weight and score columns, a bare number actual included', () => {
		const { cells, header, end, table } = readTable(
			'绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(60分) 数量指标 办理件数 ≥50件 50 20 20 ' +
				'时效指标 办结时限 ≤3天 2天 20 20 未发生偏差 成本指标 项目总成本 ≤10万元 9.8 20 20 满意度指标(10分) 满意度指标 群众满意度 ≥90% 93% 10 10 总分 100 100'
		);
		const split = splitStreamRows(cells, end, header, (c) => c.key === '总分');
		for (const r of split.rows) table.row(r);
		expect(split.incomplete).toEqual([]);
		expect(cells[split.end].text).toBe('总分');
		expect(table.out.indicators.map((i) => [i.level1, i.level2, i.name, i.target_text, i.actual_text])).toEqual([
			['产出指标', '数量指标', '办理件数', '≥50件', '50'],
			['产出指标', '时效指标', '办结时限', '≤3天', '2天'],
			// 成本指标 under 产出指标 is its 二级; the reason 未发生偏差 belongs to the row before.
			['产出指标', '成本指标', '项目总成本', '≤10万元', '9.8'],
			['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%']
		]);
		expect(table.out.blocks.map((b) => [b.level1, b.max, b.scores])).toEqual([['产出指标', 60, [20, 20, 20]], ['满意度指标', 10, [10]]]);
		expect(table.out.flags.filter((f) => f.code === 'ignored_cells')).toEqual([]);
	});

	it('reports a row cut off at the end of the stream instead of guessing its cells', () => {
		const { cells, header, end, table } = readTable('一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 巡查次数 ≥12次 12次 10 10 质量指标 整改率');
		const split = splitStreamRows(cells, end, header, () => false);
		for (const r of split.rows) table.row(r);
		for (const r of split.incomplete) table.cutOff(r);
		expect(table.out.indicators.map((i) => i.name)).toEqual(['巡查次数']);
		expect(table.out.flags).toEqual([expect.objectContaining({ code: 'truncated_indicator', severity: 'warning' })]);
		expect(table.out.flags[0].message).toContain('质量指标 整改率');
	});

	it('flags an indicator printed without its levels', () => {
		const rows = readGrid(splitLines('三级指标\t年度指标值\t实际完成值\n办件量\t≥100件\t120件'));
		const table = new IndicatorTable(readIndicatorHeader(rows[0].cells, 0)!.header);
		expect(table.row(rows[1].cells)).toBe('indicator');
		expect(table.out.flags.map((f) => f.code)).toEqual(['level_missing']);
	});
});

describe('composeTarget', () => {
	it('joins a comparator, a value and a unit printed in three columns; keeps a whole target as printed', () => {
		expect(composeTarget('≥', '80', '人')).toBe('≥80人');
		expect(composeTarget('≤', '3', '天')).toBe('≤3天');
		expect(composeTarget(null, '≥95%', null)).toBe('≥95%');
		expect(composeTarget('定量', '100', '%')).toBe('100%');
		expect(composeTarget('≥', '100%', '%')).toBe('≥100%');
		expect(composeTarget('≥', null, '人')).toBeNull();
	});
});
