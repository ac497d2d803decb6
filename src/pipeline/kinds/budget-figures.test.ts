import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineLedger } from '../documents/line-ledger.ts';
import { splitLines } from '../documents/split-lines.ts';
import type { SourceLine } from '../types.ts';
import { extractBudgetFigures } from './budget-figures.ts';

const ROOT = new URL('../../../', import.meta.url);
const CORPUS = 'tests/fixtures/corpus/';
const load = (path: string) => splitLines(readFileSync(new URL(path, ROOT), 'utf8'));
const corpusFile = (prefix: string) => CORPUS + readdirSync(new URL(CORPUS, ROOT)).find((f) => f.startsWith(prefix))!;

function run(lines: SourceLine[]) {
	const ledger = new LineLedger(lines);
	const result = extractBudgetFigures(lines, ledger);
	const factLines = lines.filter((l) => ledger.verdict(l.number)?.class === 'fact').map((l) => l.number);
	return { ...result, ledger, factLines };
}
const runText = (text: string) => run(splitLines(text));

describe('extractBudgetFigures on the corpus (values checked by hand against the files)', () => {
	it('001 tangxi, flattened onto one line: the all-zero 年度资金总额 row is a trap, 本年财政拨款 holds the figures', () => {
		// "… 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 上年结转资金 …"
		const r = run(load(corpusFile('001_')));
		expect(r.budgets).toEqual([
			expect.objectContaining({
				scope: 'fiscal_appropriation', initial_budget_wan: 90, adjusted_budget_wan: 89.974, actual_spend_wan: 89.974,
				reported_execution_rate: null, source_line: 1
			})
		]);
		const zero = r.flags.find((f) => f.code === 'zero_total_row');
		expect(zero).toMatchObject({ severity: 'info', source_line: 1 });
		expect(zero!.message).toContain('line 1');
		expect(r.factLines).toEqual([1]);
	});

	it('010 guantang, one cell per line: header cells, then 年度资金总额, then the figures', () => {
		const r = run(load(corpusFile('010_')));
		expect(r.budgets).toHaveLength(1);
		expect(r.budgets[0]).toMatchObject({
			scope: 'total', initial_budget_wan: 861.1, adjusted_budget_wan: 2030.12, actual_spend_wan: 2030.12,
			reported_execution_rate: 1, reported_execution_rate_decimals: 0, reported_adjustment_rate: null
		});
		const lines = load(corpusFile('010_'));
		const text = (n: number) => lines[n - 1].text.trim();
		expect(text(r.budgets[0].source_line)).toBe('年度资金总额');
		// The label and the four cells that became figures; not the 分值 / 得分 cells, not the header.
		expect(r.factLines.map(text)).toEqual(['年度资金总额', '861.10', '2030.12', '2030.12', '100%']);
	});

	it('003 tanghu, pipe table with an empty 执行数 cell: actual stays NULL, the rate is still read', () => {
		// 预算数(A) | 执行数(B) | 执行率(B/A) | 得分   /   部门整体支出总额 | 864.2 | 100% | 20 |
		const r = run(load(corpusFile('003_')));
		expect(r.budgets).toEqual([
			expect.objectContaining({
				scope: 'total', initial_budget_wan: null, adjusted_budget_wan: 864.2, actual_spend_wan: null, reported_execution_rate: 1, source_line: 5
			})
		]);
		expect(r.factLines).toEqual([5]);
		expect(r.flags).toEqual([]);
	});

	it('reads no figures where there are none, and never throws', () => {
		// 004: 预算数 is one column of a project target table (amounts planned per project), no execution header.
		// 013: 当年预算 229.66 is the planned amount of a project list, not a budget execution figure.
		// 006 / 014 / 016: reports; their figures are in prose (or cut off), for the report parser.
		for (const prefix of ['004_', '006_', '013_', '014_', '016_']) {
			const r = run(load(corpusFile(prefix)));
			expect(r.budgets, prefix).toEqual([]);
			expect(r.factLines, prefix).toEqual([]);
		}
		for (const f of readdirSync(new URL(CORPUS, ROOT))) expect(() => run(load(CORPUS + f))).not.toThrow();
	});
});

describe('extractBudgetFigures on the seeds: label/value pair layout', () => {
	it('001 永和: 整体支出年度预算数 ⇥ 19,206.99 ⇥ 整体支出年初预算数 ⇥ 18,847.80 …', () => {
		const r = run(load('data/sources/001_5db012f121f01c6e.txt'));
		expect(r.budgets).toEqual([
			expect.objectContaining({
				scope: 'total', initial_budget_wan: 18847.8, adjusted_budget_wan: 19206.99, actual_spend_wan: 18570.21,
				reported_execution_rate: 0.9668, reported_execution_rate_decimals: 2, reported_adjustment_rate: 0.0191, source_line: 8
			})
		]);
		// 其中: 一般公共预算 (line 10) is not a scope of the pair block: left for the form parser.
		expect(r.factLines).toEqual([8, 9, 11]);
	});

	it('002 员村: 部门调整预算收入 / 部门年初预算收入 labels, rate printed 98.10%', () => {
		const r = run(load('data/sources/002_9dad41ea0f0f2e66.txt'));
		expect(r.budgets).toEqual([
			expect.objectContaining({
				scope: 'total', initial_budget_wan: 12066.53, adjusted_budget_wan: 12436.77, actual_spend_wan: 12198.33,
				reported_execution_rate: 0.981, reported_adjustment_rate: 0.0307, source_line: 10
			})
		]);
	});

	it('finds nothing in the target declaration, the report prose and the project table', () => {
		for (const f of ['000_bb748f2cf32351ef', '003_a0655f5b282921e2', '004_71a78aaa1661d207']) {
			const r = run(load(`data/sources/${f}.txt`));
			expect(r.budgets, f).toEqual([]);
			expect(r.factLines, f).toEqual([]);
		}
	});
});

describe('extractBudgetFigures on synthetic layouts', () => {
	it('converts amounts in 元 to 万元, rounded to 4 decimals', () => {
		const r = runText('金额单位:元\n预算数 | 执行数 | 执行率\n合计 | 8,827,620.53 | 8,000,000.00 | 90.62%');
		expect(r.budgets).toEqual([
			expect.objectContaining({ scope: 'total', adjusted_budget_wan: 882.7621, actual_spend_wan: 800, reported_execution_rate: 0.9062, source_line: 3 })
		]);
		expect(r.flags.map((f) => f.code)).toEqual(['unit_converted']);
		expect(r.factLines).toEqual([3]);
	});

	it('does not read 1,2,3 as a number: no fact line, a warning naming the line and the cell', () => {
		const r = runText('预算数 | 执行数 | 执行率\n合计 | 1,2,3 | |');
		expect(r.budgets).toEqual([]);
		expect(r.factLines).toEqual([]);
		expect(r.flags).toHaveLength(1);
		expect(r.flags[0]).toMatchObject({ severity: 'warning', code: 'unreadable_number', source_line: 2 });
		expect(r.flags[0].message).toContain('"1,2,3"');
	});

	it('aligns by type: small trailing numbers are weights, a missing column stays NULL', () => {
		// 全年执行数 missing: 10 is the 分值, not the spend.
		const r = runText('年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t861.10\t2030.12\t10\t100%\t10');
		expect(r.budgets[0]).toMatchObject({ initial_budget_wan: 861.1, adjusted_budget_wan: 2030.12, actual_spend_wan: null, reported_execution_rate: 1 });
	});

	it('reads figures right under the header as the total, and several scopes', () => {
		const r = runText('年初预算数(A)\t全年执行数(B)\n100\t95\n其中:本年财政拨款\t80\t78\n其他资金\t20\t17');
		expect(r.budgets.map((b) => [b.scope, b.initial_budget_wan, b.actual_spend_wan, b.adjusted_budget_wan])).toEqual([
			['total', 100, 95, null],
			['fiscal_appropriation', 80, 78, null],
			['other_funds', 20, 17, null]
		]);
	});

	it('keeps a real zero total when no other row has figures', () => {
		const r = runText('年初预算数\t全年预算数\t全年执行数\n年度资金总额\t0\t0\t0');
		expect(r.budgets).toHaveLength(1);
		expect(r.flags).toEqual([]);
	});

	it('reads a Traditional header', () => {
		const r = runText('年初預算數 | 全年預算數 | 全年執行數 | 執行率\n年度資金總額 | 50 | 60 | 57 | 95%');
		expect(r.budgets[0]).toMatchObject({ scope: 'total', initial_budget_wan: 50, adjusted_budget_wan: 60, actual_spend_wan: 57, reported_execution_rate: 0.95 });
	});

	it('does not take a lone planned amount for an execution figure', () => {
		expect(runText('项目名称\t社区经费\n预算数\t50.00').budgets).toEqual([]);
	});
});

describe('extractBudgetFigures with empty cells in tab and pipe rows', () => {
	it('an empty cell between figures holds its column', () => {
		const r = runText('预算数(A) | 执行数(B) | 执行率(B/A)\n合计 | 800 |  | 90%');
		expect(r.budgets[0]).toMatchObject({ adjusted_budget_wan: 800, actual_spend_wan: null, reported_execution_rate: 0.9 });
	});

	it('an empty value cell in the pair layout does not turn two labels into a header', () => {
		const r = runText('单位: 万元\n部门资金情况\t整体支出年度预算数\t\t整体支出年初预算数\t18,847.80\n\t实际支出数\t18,570.21\t年度调整额\t\n\t预算完成率\t96.68%\t预算调整率\t');
		expect(r.budgets).toEqual([
			expect.objectContaining({ initial_budget_wan: 18847.8, adjusted_budget_wan: null, actual_spend_wan: 18570.21, reported_execution_rate: 0.9668 })
		]);
	});
});

describe('robustness', () => {
	it('never throws on any source cut at any point, and marks only lines it read figures from', async () => {
		const { detectKind } = await import('./detect-kind.ts');
		const files = [
			...readdirSync(new URL('data/sources/', ROOT)).map((f) => `data/sources/${f}`),
			...readdirSync(new URL(CORPUS, ROOT)).map((f) => CORPUS + f)
		];
		for (const f of files) {
			const text = readFileSync(new URL(f, ROOT), 'utf8');
			for (let cut = 0; cut < text.length; cut += 211) {
				const lines = splitLines(text.slice(0, cut));
				expect(() => detectKind(lines), `${f} @${cut}`).not.toThrow();
				const r = run(lines);
				for (const n of r.factLines) expect(r.budgets.length, `${f} @${cut} line ${n}`).toBeGreaterThan(0);
			}
		}
	});
});

describe('figures run together into one cell', () => {
	const read = (text: string) => {
		const lines = splitLines(text);
		return extractBudgetFigures(lines, new LineLedger(lines));
	};
	it('splits 310.2154.741050%5 under 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 and says so', () => {
		const r = read('全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t310.2154.741050%5');
		expect(r.budgets).toEqual([expect.objectContaining({ scope: 'total', adjusted_budget_wan: 310.2, actual_spend_wan: 154.74, reported_execution_rate: 0.5 })]);
		expect(r.flags.map((f) => f.code)).toEqual(['run_together_split']);
		expect(r.flags[0].message).toContain('310.2 | 154.74 | 10 | 50% | 5');
	});
	it('keeps the text and flags it when no split agrees with the arithmetic', () => {
		const r = read('全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t310.2154.741060%5');
		expect(r.budgets).toEqual([]);
		expect(r.flags).toEqual([expect.objectContaining({ code: 'run_together_numbers', severity: 'warning', source_line: 2 })]);
		expect(r.flags[0].message).toContain('310.2154.741060%5');
	});
	it('splits only the columns the other cells leave (年初预算数 printed in its own cell)', () => {
		const r = read('年初预算数\t全年预算数\t全年执行数\t执行率\n年度资金总额\t300\t310.2154.7449.88%');
		expect(r.budgets).toEqual([expect.objectContaining({ initial_budget_wan: 300, adjusted_budget_wan: 310.2, actual_spend_wan: 154.74, reported_execution_rate: 0.4988 })]);
	});
});

describe('other wordings of the budget block', () => {
	const read = (text: string) => {
		const lines = splitLines(text);
		return extractBudgetFigures(lines, new LineLedger(lines));
	};
	it('年初预算数(A) | 全年执行数(B) with no full-year column: the rate is against the initial budget, flagged', () => {
		const r = read('预算执行情况（万元）\t年初预算数(A)\t全年执行数(B)\t执行率(B/A)\t得分\n部门整体支出总额\t500\t450\t90%\t18');
		expect(r.budgets).toEqual([expect.objectContaining({ initial_budget_wan: 500, adjusted_budget_wan: 500, actual_spend_wan: 450, reported_execution_rate: 0.9 })]);
		expect(r.flags).toEqual([expect.objectContaining({ code: 'execution_against_initial', severity: 'warning', source_line: 2 })]);
	});
	it('amounts in 元 are converted to 万元 and the conversion is flagged', () => {
		const r = read('金额单位：元\n年初预算数\t全年预算数\t全年执行数\n年度资金总额\t900,000\t899,740\t899,740');
		expect(r.budgets).toEqual([expect.objectContaining({ initial_budget_wan: 90, adjusted_budget_wan: 89.974, actual_spend_wan: 89.974 })]);
		expect(r.flags.map((f) => f.code)).toEqual(['unit_converted']);
	});
});
