// Every example query of the SQL workspace runs against the dataset built
// from the seeds and returns rows; a few values checked by hand against the
// source documents.
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/lib/workspace/examples.ts';
import { checkSql } from '../../src/lib/workspace/statement-guard.ts';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import { buildRegistered } from './helpers.ts';

let db: QueryRunner;
beforeAll(async () => {
	({ db } = await buildRegistered());
});

const byId = (id: string) => {
	const e = EXAMPLES.find((x) => x.id === id);
	if (!e) throw new Error(`no example ${id}`);
	return e;
};
const run = (id: string) => db.query<Record<string, unknown>>(byId(id).sql);

describe('SQL workspace examples', () => {
	it('there are at least the four the issue asks for, each with a Chinese title', () => {
		expect(EXAMPLES.length).toBeGreaterThanOrEqual(4);
		for (const e of EXAMPLES) expect(e.title, e.id).toMatch(/[\u4e00-\u9fff]/);
	});

	for (const e of EXAMPLES) {
		it(`${e.id} runs, returns rows and passes the workspace guard`, async () => {
			expect(checkSql(e.sql, { tempTables: [], tempViews: [], tempMacros: [], published: [] }).ok).toBe(true);
			const rows = await db.query(e.sql);
			expect(rows.length).toBeGreaterThan(0);
		});
	}

	it('execution ranking: 员村街道 2022 first (12,198.33 ÷ 12,436.77 = 98.08 %)', async () => {
		const rows = await run('01-execution-ranking');
		expect(rows[0]).toMatchObject({ rank: 1, short_name: '员村街道', district_name: '天河区', fiscal_year: 2022, execution_pct: 98.08 });
		expect(rows.map((r) => r.short_name)).toEqual(['员村街道', '永和街道', '荔城街道']);
	});

	it('unmet by category: the 5 unmet indicators are all in uncategorised self-evaluation rows', async () => {
		const rows = await run('02-unmet-by-category');
		expect(rows[0]).toMatchObject({ level1: '未分类', level2: '未分类', not_met: 5, met: 26 });
		expect(rows.reduce((s, r) => s + Number(r.indicators), 0)).toBe(308);
	});

	it('district roll-up: 增城区 executes 75,317.78 of 82,912.04 万元 (90.84 %)', async () => {
		const rows = await run('03-district-rollup');
		expect(rows.map((r) => r.district_code)).toEqual(['440103', '440106', '440112', '440118']);
		expect(rows.find((r) => r.district_code === '440118')).toMatchObject({ district_name: '增城区', execution_pct: 90.84, adjusted_budget_wan: 82912.04 });
	});

	it('indicators across units: 群众满意度 in 永和 and 金花, 服务对象满意率 in 员村 and 金花', async () => {
		const rows = await run('04-indicators-across-units');
		const units = (name: string) => [...new Set(rows.filter((r) => r.name === name).map((r) => r.short_name))];
		expect(units('群众满意度')).toEqual(['永和街道', '金花街道']);
		expect(units('服务对象满意率')).toEqual(['员村街道', '金花街道']);
		expect(rows.every((r) => Number(r.units_with_name) >= 2)).toBe(true);
	});

	it('budget adjustment: 员村 +3.07 % before 永和 +1.91 %', async () => {
		const rows = await run('05-budget-adjustment');
		expect(rows.map((r) => [r.short_name, r.adjustment_pct])).toEqual([
			['员村街道', 3.07],
			['永和街道', 1.91]
		]);
	});

	it('reported vs computed: every rate with both figures is listed', async () => {
		const rows = await run('06-reported-vs-computed');
		expect(rows).toHaveLength(5); // 永和 total, 员村 total, 荔城 total + fiscal appropriation + other funds
	});
});
