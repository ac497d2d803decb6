// The comparison's data on the seeds, from the real pipeline and the site's
// query layer. Expected figures read from the seeds by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { attainmentGap, defaultYearChoice, districtPreset, gapReason, rowFor, slopeYears, loadComparison, loadEntityOptions, parseSelection, selectionSearch, unitPreset, type EntityOption } from '../../src/lib/data/compare.ts';
import { QUERIES } from '../../src/lib/query/queries.ts';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import { buildRegistered } from './helpers.ts';

let db: QueryRunner;
let options: EntityOption[];

beforeAll(async () => {
	({ db } = await buildRegistered());
	options = await loadEntityOptions(db);
}, 120_000);

describe('selection in the URL', () => {
	it('reads units and districts in order, without duplicates, and writes them back', () => {
		const refs = parseSelection(new URLSearchParams('units=hp-yonghe,th-yuancun,hp-yonghe&districts=440112'));
		expect(refs).toEqual([
			{ kind: 'unit', id: 'hp-yonghe' },
			{ kind: 'unit', id: 'th-yuancun' },
			{ kind: 'district', id: '440112' }
		]);
		expect(selectionSearch(refs)).toBe('units=hp-yonghe,th-yuancun&districts=440112');
		expect(selectionSearch([])).toBe('');
	});
});

describe('loadComparison on the seeds', () => {
	it('永和街道 2021 and 员村街道 2022: actual spend with the lines it came from', async () => {
		const c = await loadComparison(db, parseSelection(new URLSearchParams('units=hp-yonghe,th-yuancun')), options);
		expect(c.unknown).toEqual([]);
		expect(c.entities.map((e) => e.label)).toEqual(['永和街道', '员村街道']);
		const yonghe = c.entities[0].years.find((y) => y.fiscal_year === 2021)!;
		const yuancun = c.entities[1].years.find((y) => y.fiscal_year === 2022)!;
		expect(yonghe.actual_spend_wan).toBeCloseTo(18570.21, 4);
		expect(yonghe.adjusted_budget_wan).toBeCloseTo(19206.99, 4);
		expect(yonghe.reported_execution_rate).toBeCloseTo(0.9668, 6);
		expect([yonghe.doc_id, yonghe.source_line]).toEqual(['hp-yonghe-2021-selfeval', 8]);
		expect(yuancun.actual_spend_wan).toBeCloseTo(12198.33, 4);
		expect([yuancun.doc_id, yuancun.source_line]).toEqual(['th-yuancun-2022-selfeval', 10]);
		// Each unit has one year only: the other year is a gap with a reason, not a zero.
		expect(c.years).toEqual([2021, 2022]);
		expect(gapReason(c.entities[0], 2022, 'budget')).toBe('no_documents');
		expect(gapReason(c.entities[1], 2021, 'budget')).toBe('no_documents');
		expect(gapReason(c.entities[0], 2021, 'budget')).toBeNull();
		// 员村街道's 18 indicators carry no target to judge them by: no attainment rate, and the reason.
		expect(yuancun.indicators_total).toBe(18);
		expect(yuancun.attainment_rate).toBeNull();
		expect(attainmentGap(yuancun)).toBe('none_assessable');
		expect(attainmentGap(yonghe)).toBeNull();
		// Budgets by scope, with their lines: 一般公共预算 18,211.58 on line 10.
		const gpb = c.entities[0].budgets.find((b) => b.scope === 'general_public_budget')!;
		expect(gpb.actual_spend_wan).toBeCloseTo(18211.58, 4);
		expect(gpb.source_line).toBe(10);
	});

	it('a unit against its district: the district figure is the overview’s own (district_year)', async () => {
		const yonghe = options.find((o) => o.entity_kind === 'unit' && o.entity_id === 'hp-yonghe')!;
		const c = await loadComparison(db, unitPreset(yonghe), options);
		expect(c.entities.map((e) => [e.ref.kind, e.ref.id])).toEqual([['unit', 'hp-yonghe'], ['district', '440112']]);
		const district = c.entities[1].years.find((y) => y.fiscal_year === 2021)!;
		// the overview's district comparison lists every district, whatever the district filter
		const overview = (
			await db.query<{ district_code: string; execution_rate: number; actual_spend_wan: number }>(QUERIES.overviewDistricts, { year: 2021, district: '440112' })
		).find((r) => r.district_code === '440112')!;
		expect(district.execution_rate).toBe(overview.execution_rate);
		expect(district.actual_spend_wan).toBe(overview.actual_spend_wan);
		// 黄埔区 has one unit with documents: the district's sum is 永和's figure.
		expect(district.actual_spend_wan).toBeCloseTo(18570.21, 4);
		expect(district.units_with_budget).toBe(1);
	});

	it('says which ids are unknown, and compares the rest', async () => {
		const c = await loadComparison(db, parseSelection(new URLSearchParams('units=hp-yonghe,no-such-unit&districts=999999')), options);
		expect(c.unknown).toEqual([{ kind: 'unit', id: 'no-such-unit' }, { kind: 'district', id: '999999' }]);
		expect(c.entities.map((e) => e.ref.id)).toEqual(['hp-yonghe']);
	});

	it('a unit with only a target declaration that year: the gap says so', async () => {
		// 荔城街道: a 2022 target declaration and a 2021 self-evaluation report.
		const c = await loadComparison(db, [{ kind: 'unit', id: 'zc-licheng' }], options);
		expect(gapReason(c.entities[0], 2022, 'budget')).toBe('targets_only');
		expect(gapReason(c.entities[0], 2021, 'budget')).toBeNull();
	});

	it('families: the same family’s indicators of two units side by side', async () => {
		const c = await loadComparison(db, parseSelection(new URLSearchParams('units=hp-yonghe,th-yuancun')), options);
		for (const e of c.entities) {
			const total = e.years.reduce((n, y) => n + y.indicators_total, 0);
			expect(e.families.reduce((n, f) => n + f.indicators, 0)).toBe(total);
			for (const i of e.indicators) expect(i.family_id).not.toBeNull();
		}
	});

	it('district presets list the district’s units with documents', () => {
		expect(districtPreset('440103', options).refs.map((r) => r.id)).toEqual(['lw-jinhua']);
		expect(districtPreset('440105', options)).toEqual({ refs: [], withDocuments: 0 });
	});
});

describe('year choice', () => {
	it('defaults to each one’s latest year when no year has figures for all, else the latest shared year', async () => {
		const two = await loadComparison(db, parseSelection(new URLSearchParams('units=hp-yonghe,th-yuancun')), options);
		expect(defaultYearChoice(two)).toBe('latest');
		expect(rowFor(two.entities[0], 'latest')?.fiscal_year).toBe(2021);
		expect(rowFor(two.entities[1], 'latest')?.fiscal_year).toBe(2022);
		expect(rowFor(two.entities[0], 2022)).toBeNull();
		expect(slopeYears(two)).toBeNull();
		const withDistrict = await loadComparison(db, parseSelection(new URLSearchParams('units=hp-yonghe&districts=440112')), options);
		expect(defaultYearChoice(withDistrict)).toBe(2021);
	});
});

describe('the comparison as a workbook', () => {
	it('holds the figures as numbers with their lines, one row per entity and year', async () => {
		const { comparisonWorkbook } = await import('../../src/lib/data/compare-workbook.ts');
		const { workbookBytes } = await import('../../src/lib/workbook/workbook.ts');
		const { default: readXlsxFile } = await import('read-excel-file/node');
		const c = await loadComparison(db, parseSelection(new URLSearchParams('units=hp-yonghe,th-yuancun')), options);
		const sheets = await readXlsxFile(Buffer.from(await workbookBytes(comparisonWorkbook(c), { title: 't', version: 'v', built: 'b', source: 's' })));
		expect(sheets.map((s) => s.sheet)).toEqual(['主要数字', '预算（按资金范围）', '任务与项目', '同类指标', '说明']);
		const [zh, , ...rows] = sheets[0].data;
		const col = (name: string) => zh.indexOf(name);
		const yonghe = rows.find((r) => r[col('对比对象')] === '永和街道')!;
		expect(yonghe[col('实际支出（万元）')]).toBe(18570.21);
		expect(yonghe[col('来源文件')]).toBe('hp-yonghe-2021-selfeval');
		expect(yonghe[col('来源行号')]).toBe(8);
		const yuancun = rows.find((r) => r[col('对比对象')] === '员村街道')!;
		expect(yuancun[col('实际支出（万元）')]).toBe(12198.33);
		expect(yuancun[col('指标达成率')]).toBeNull();
	});
});
