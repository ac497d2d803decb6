// Preview mode on the corpus of real documents from elsewhere (tests/fixtures/corpus,
// most cut off by their source): no exception, every line accounted for, the kind
// recognised or reported with a reason, budget figures under any label set.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import type { RunResult } from '../../src/pipeline/run-pipeline.ts';
import { buildPreview, ROOT } from './helpers.ts';

const CORPUS = join(ROOT, 'tests', 'fixtures', 'corpus');
let db: QueryRunner;
let run: RunResult;
beforeAll(async () => {
	({ db, run } = await buildPreview(CORPUS));
});

const budgetOf = async (prefix: string) =>
	db.query<Record<string, number | string | null>>(
		`SELECT b.scope, b.initial_budget_wan, b.adjusted_budget_wan, b.actual_spend_wan, b.reported_execution_rate
		 FROM budgets b JOIN documents d USING (doc_id) WHERE d.source_file LIKE '${prefix}%' ORDER BY b.scope`
	);

describe('preview mode on ../shared/corpus', () => {
	it('ingests all eight documents without an exception, every non-blank line accounted for', async () => {
		const files = (await readdir(CORPUS)).filter((f) => f.endsWith('.txt'));
		expect(run.outcomes.map((o) => o.file).sort()).toEqual(files.sort());
		for (const o of run.outcomes) {
			const text = await readFile(join(CORPUS, o.file), 'utf8');
			const nonBlank = text.split(/\r\n|\r|\n/).filter((l) => l.replace(/[\s\u3000\u00a0\ufeff]/g, '') !== '').length;
			expect(o.counts.total, o.file).toBe(nonBlank);
			expect(o.counts.fact + o.counts.prose + o.counts.unparsed, o.file).toBe(nonBlank);
			expect(o.unparsed.every((u) => u.reason.length > 0), o.file).toBe(true);
		}
	});

	it('recognises each kind or says why not', () => {
		const kinds = Object.fromEntries(run.outcomes.map((o) => [o.file.slice(0, 3), o.kind]));
		expect(kinds).toEqual({
			'001': null, '003': 'self_evaluation_form', '004': 'project_targets', '006': 'self_evaluation_report',
			'010': 'self_evaluation_form', '013': 'project_targets', '014': 'self_evaluation_report', '016': 'self_evaluation_report'
		});
		const tangxi = run.outcomes.find((o) => o.file.startsWith('001'))!;
		expect(tangxi.kind_reason).toContain('项目支出绩效自评表');
		expect(tangxi.flags.some((f) => f.code === 'unknown_kind' && f.severity === 'error')).toBe(true);
	});

	it('001 tangxi: the 本年财政拨款 row, not the all-zero 年度资金总额 row', async () => {
		expect(await budgetOf('001')).toEqual([
			{ scope: 'fiscal_appropriation', initial_budget_wan: 90, adjusted_budget_wan: 89.974, actual_spend_wan: 89.974, reported_execution_rate: null }
		]);
	});

	it('010 guantang: one cell per line, 年初预算数 / 全年预算数 / 全年执行数 / 执行率', async () => {
		expect(await budgetOf('010')).toEqual([
			{ scope: 'total', initial_budget_wan: 861.1, adjusted_budget_wan: 2030.12, actual_spend_wan: 2030.12, reported_execution_rate: 1 }
		]);
	});

	it('003 tanghu: 预算数(A) 864.2 with the printed rate 1.00 and a NULL actual (the cell is empty)', async () => {
		expect(await budgetOf('003')).toEqual([
			{ scope: 'total', initial_budget_wan: null, adjusted_budget_wan: 864.2, actual_spend_wan: null, reported_execution_rate: 1 }
		]);
	});

	it('infers units and years from the text and flags every inference', async () => {
		const docs = await db.query<{ source_file: string; fiscal_year: number | null; short_name: string }>(
			`SELECT d.source_file, d.fiscal_year, u.short_name FROM documents d JOIN units u USING (unit_id) ORDER BY d.source_file`
		);
		expect(docs.find((d) => d.source_file.startsWith('010'))).toMatchObject({ fiscal_year: 2023 });
		const inferred = await db.query(`SELECT DISTINCT code FROM quality_flags WHERE code IN ('unit_inferred', 'year_inferred', 'year_missing', 'unit_unknown') ORDER BY code`);
		expect(inferred.length).toBeGreaterThanOrEqual(2);
		expect(run.manifest.synthetic).toBe(false);
	});
});
