// All of Guangzhou in the published units table, and documents of units that
// were never registered matched from their text, in registered and preview mode.
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from '../../src/lib/query/types.ts';
import { runPipeline, type RunResult } from '../../src/pipeline/run-pipeline.ts';
import { buildPreview, buildRegistered, ROOT } from './helpers.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'gazetteer');

describe('published units (npm run data on the seeds)', () => {
	let db: QueryRunner;
	beforeAll(async () => {
		({ db } = await buildRegistered());
	});

	it('every 街道 and 镇 of Guangzhou with its division code and district, plus the two sub-units', async () => {
		const kinds = await db.query(`SELECT kind, count(*) AS n, count(division_code) AS coded, count(district_code) AS placed FROM units GROUP BY kind ORDER BY kind`);
		expect(kinds).toEqual([
			{ kind: '下属单位', n: 2, coded: 0, placed: 2 },
			{ kind: '街道', n: 142, coded: 142, placed: 142 },
			{ kind: '镇', n: 34, coded: 34, placed: 34 }
		]);
		const perDistrict = await db.query<{ name: string; n: number }>(
			`SELECT d.name, count(*) AS n FROM units u JOIN districts d USING (district_code) WHERE u.division_code IS NOT NULL GROUP BY d.name, d.district_code ORDER BY d.district_code`
		);
		expect(Object.fromEntries(perDistrict.map((r) => [r.name, r.n]))).toEqual({
			荔湾区: 22, 越秀区: 18, 海珠区: 18, 天河区: 21, 白云区: 24, 黄埔区: 17, 番禺区: 16, 花都区: 10, 南沙区: 9, 从化区: 8, 增城区: 13
		});
		// Codes are 9 digits and begin with their district's code.
		expect(await db.query(`SELECT count(*) AS bad FROM units WHERE division_code IS NOT NULL AND NOT (regexp_full_match(division_code, '\\d{9}') AND division_code[1:6] = district_code)`)).toEqual([{ bad: 0 }]);
		expect(await db.query(`SELECT count(*) AS n FROM units WHERE short_name SIMILAR TO '.*(水库|林场)'`)).toEqual([{ n: 0 }]);
	});

	it('codes of a sample, read by hand from the NBS list', async () => {
		const rows = await db.query(
			`SELECT unit_id, short_name, division_code, district_code FROM units WHERE unit_id IN ('hp-yonghe', 'th-yuancun', 'zc-licheng', 'lw-jinhua') ORDER BY unit_id`
		);
		expect(rows).toEqual([
			{ unit_id: 'hp-yonghe', short_name: '永和街道', division_code: '440112015', district_code: '440112' },
			{ unit_id: 'lw-jinhua', short_name: '金花街道', division_code: '440103008', district_code: '440103' },
			{ unit_id: 'th-yuancun', short_name: '员村街道', division_code: '440106002', district_code: '440106' },
			{ unit_id: 'zc-licheng', short_name: '荔城街道', division_code: '440118001', district_code: '440118' }
		]);
		expect(await db.query(`SELECT unit_id, name, name_en, kind FROM units WHERE division_code = '440118101'`)).toEqual([
			{ unit_id: 'zc-xintang', name: '广州市增城区新塘镇人民政府', name_en: 'Xintang Town', kind: '镇' }
		]);
	});

	it('sub-units keep their parent and a NULL division code', async () => {
		expect(await db.query(`SELECT unit_id, parent_unit_id, district_code, division_code FROM units WHERE kind = '下属单位' ORDER BY unit_id`)).toEqual([
			{ unit_id: 'lw-jinhua-affairs', parent_unit_id: 'lw-jinhua', district_code: '440103', division_code: null },
			{ unit_id: 'lw-jinhua-party-service', parent_unit_id: 'lw-jinhua', district_code: '440103', division_code: null }
		]);
	});

	it('every seed maps to its unit with no registry line for the street offices', async () => {
		const units = JSON.parse(await readFile(join(ROOT, 'data', 'registry', 'units.json'), 'utf8')) as Record<string, unknown>[];
		expect(units.filter((u) => u.kind !== '下属单位' && !u.division_code)).toEqual([]);
		for (const id of ['hp-yonghe', 'th-yuancun', 'zc-licheng', 'lw-jinhua']) expect(units.some((u) => u.unit_id === id), id).toBe(false);
		const sources = JSON.parse(await readFile(join(ROOT, 'data', 'registry', 'sources.json'), 'utf8')) as Record<string, unknown>[];
		expect(sources.filter((s) => 'unit_id' in s)).toEqual([]);
		expect(await db.query(`SELECT doc_id, unit_id FROM documents ORDER BY doc_id`)).toEqual([
			{ doc_id: 'hp-yonghe-2021-selfeval', unit_id: 'hp-yonghe' },
			{ doc_id: 'lw-jinhua-2022-projects', unit_id: 'lw-jinhua' },
			{ doc_id: 'th-yuancun-2022-selfeval', unit_id: 'th-yuancun' },
			{ doc_id: 'zc-licheng-2021-report', unit_id: 'zc-licheng' },
			{ doc_id: 'zc-licheng-2022-target', unit_id: 'zc-licheng' }
		]);
		expect(await db.query(`SELECT count(*) AS n FROM quality_flags WHERE code IN ('unit_mismatch', 'unknown_unit', 'ambiguous_unit')`)).toEqual([{ n: 0 }]);
	});
});

describe('preview mode on documents of never-registered units (tests/fixtures/gazetteer)', () => {
	let db: QueryRunner;
	let run: RunResult;
	beforeAll(async () => {
		({ db, run } = await buildPreview(FIXTURES));
	});

	it('大塘街道 of 越秀区, 新塘镇 of 增城区, 新塘街道 of 天河区: the right unit and division code', async () => {
		const rows = await db.query(
			`SELECT d.source_file, u.unit_id, u.division_code, u.district_code FROM documents d JOIN units u USING (unit_id) ORDER BY d.source_file`
		);
		expect(rows).toEqual([
			{ source_file: 'tianhe-xintang-street-2022-selfeval-form.txt', unit_id: 'th-xintang', division_code: '440106022', district_code: '440106' },
			{ source_file: 'xintang-district-in-title-2022-selfeval-form.txt', unit_id: 'zc-xintang', division_code: '440118101', district_code: '440118' },
			{ source_file: 'yuexiu-datang-2022-selfeval-form.txt', unit_id: 'yx-datang', division_code: '440104017', district_code: '440104' },
			{ source_file: 'zengcheng-xintang-town-2022-selfeval-form.txt', unit_id: 'zc-xintang', division_code: '440118101', district_code: '440118' }
		]);
	});

	it('their figures land under the matched unit (大塘 2022: 6,174 of 6,300 万元 = 98 %)', async () => {
		expect(await db.query(`SELECT unit_id, fiscal_year, adjusted_budget_wan, actual_spend_wan, round(execution_rate, 4) AS r FROM unit_year WHERE unit_id = 'yx-datang'`)).toEqual([
			{ unit_id: 'yx-datang', fiscal_year: 2022, adjusted_budget_wan: 6300, actual_spend_wan: 6174, r: 0.98 }
		]);
	});

	it('says how each unit was matched; the bare 新塘 with 增城区 in the title is decided by the title', () => {
		const flag = (f: string) => run.outcomes.find((o) => o.file === f)!.flags.find((x) => x.code === 'unit_matched')?.message;
		expect(flag('yuexiu-datang-2022-selfeval-form.txt')).toBe('unit matched from the text: 大塘街道 (越秀区, 440104017, yx-datang)');
		expect(flag('xintang-district-in-title-2022-selfeval-form.txt')).toBe('unit matched from the text: 新塘镇 (增城区, 440118101, zc-xintang); the district from the title (line 5)');
	});

	it('the bare 新塘 with no district anywhere: not ingested, an error naming both candidates', () => {
		const o = run.outcomes.find((x) => x.file === 'xintang-no-district-2022-selfeval-form.txt')!;
		expect(o.doc_id).toBeNull();
		expect(o.error).toContain('xintang-no-district-2022-selfeval-form.txt:9');
		expect(o.error).toContain('新塘街道 (天河区, 440106022, th-xintang)');
		expect(o.error).toContain('新塘镇 (增城区, 440118101, zc-xintang)');
		expect(run.dataset.quality_flags.filter((f) => f.code === 'ambiguous_unit').map((f) => [f.source_file, f.source_line, f.severity])).toEqual([
			['xintang-no-district-2022-selfeval-form.txt', 9, 'error']
		]);
		expect(run.strictProblems).toBeGreaterThan(0);
	});

	it('publishes all of Guangzhou in preview too, with the same ids as the site', async () => {
		expect(await db.query(`SELECT count(*) AS n, count(division_code) AS coded FROM units`)).toEqual([{ n: 178, coded: 176 }]);
		expect(await db.query(`SELECT count(*) AS n FROM districts`)).toEqual([{ n: 11 }]);
	});
});

describe('registered mode: matched from the text unless the source registry says otherwise', () => {
	let run: RunResult;
	const outcome = (file: string) => run.outcomes.find((o) => o.file === `sources/${file}`)!;
	beforeAll(async () => {
		const dataDir = await mkdtemp(join(tmpdir(), 'gz-match-'));
		await cp(join(ROOT, 'data', 'registry'), join(dataDir, 'registry'), { recursive: true });
		await mkdir(join(dataDir, 'sources'));
		const fixture = (f: string) => readFile(join(FIXTURES, f), 'utf8');
		const s002 = await readFile(join(ROOT, 'data', 'sources', '002_9dad41ea0f0f2e66.txt'), 'utf8');
		const files: Record<string, string> = {
			'datang.txt': await fixture('yuexiu-datang-2022-selfeval-form.txt'),
			'ambiguous.txt': await fixture('xintang-no-district-2022-selfeval-form.txt'),
			// The same form with another figure (the same bytes would be a duplicate document).
			'ambiguous-decided.txt': (await fixture('xintang-no-district-2022-selfeval-form.txt')).replace('居住证受理宗数1.2万张', '居住证受理宗数1.3万张'),
			// The text names 石牌街道; the curator says the figures are 员村's.
			'overridden.txt': s002.replace('广州市天河区人民政府员村街道办事处', '广州市天河区人民政府石牌街道办事处'),
			// 新塘镇 printed with the wrong district; the registry says which unit it is.
			'conflict.txt': (await fixture('zengcheng-xintang-town-2022-selfeval-form.txt')).replace('广州市增城区新塘镇人民政府', '广州市天河区新塘镇人民政府'),
			// Neither the title nor the 部门名称 row names a unit.
			'nameless.txt': s002.replace('2022年度员村街道办事处部门整体支出绩效自评表', '2022年度部门整体支出绩效自评表').replace('广州市天河区人民政府员村街道办事处', '')
		};
		for (const [name, body] of Object.entries(files)) await writeFile(join(dataDir, 'sources', name), body);
		const entry = (doc_id: string, file: string, unit_id?: string) => ({
			doc_id, file: `sources/${file}`, ...(unit_id ? { unit_id } : {}), fiscal_year: 2022, year_assumed: false, year_basis: 'test', kind: 'self_evaluation_form', url: null
		});
		await writeFile(join(dataDir, 'registry', 'sources.json'), JSON.stringify([
			entry('datang', 'datang.txt'), entry('ambiguous', 'ambiguous.txt'), entry('ambiguous-decided', 'ambiguous-decided.txt', 'zc-xintang'),
			entry('overridden', 'overridden.txt', 'th-yuancun'), entry('nameless', 'nameless.txt'), entry('conflict', 'conflict.txt', 'zc-xintang')
		]));
		const out = await mkdtemp(join(tmpdir(), 'gz-match-out-'));
		run = await runPipeline({ mode: 'registered', dataDir, outDir: out, reportPath: join(out, 'report.md') });
	});

	it('a street office in no registry file is matched from the text', () => {
		expect(outcome('datang.txt')).toMatchObject({ error: null, doc_id: 'datang', unit_id: 'yx-datang' });
	});
	it('an ambiguous name without a unit_id is an error naming both candidates and what to add', () => {
		const e = outcome('ambiguous.txt').error!;
		expect(e).toContain('sources/ambiguous.txt:9');
		expect(e).toContain('th-xintang');
		expect(e).toContain('zc-xintang');
		expect(e).toContain('"unit_id"');
		expect(run.dataset.quality_flags.some((f) => f.source_file === 'sources/ambiguous.txt' && f.code === 'ambiguous_unit' && f.severity === 'error')).toBe(true);
	});
	it('the same document with a unit_id in sources.json is ingested under it, without a flag', () => {
		const o = outcome('ambiguous-decided.txt');
		expect(o).toMatchObject({ error: null, unit_id: 'zc-xintang' });
		expect(o.flags.filter((f) => f.code.startsWith('unit_') || f.code.endsWith('_unit'))).toEqual([]);
	});
	it('a registry unit_id against a district the text contradicts: ingested under it, with a warning', () => {
		const o = outcome('conflict.txt');
		expect(o).toMatchObject({ error: null, unit_id: 'zc-xintang' });
		expect(o.flags.find((f) => f.code === 'unit_mismatch')?.message).toBe(
			'"广州市天河区新塘镇人民政府" names 天河区, but 新塘镇 (增城区, 440118101, zc-xintang) is not in 天河区; the source registry says zc-xintang'
		);
	});
	it('a text that names no unit, without a unit_id: an error saying to add one', () => {
		expect(outcome('nameless.txt').error).toBe('sources/nameless.txt: the text names no unit: add "unit_id" to the document\'s entry in data/registry/sources.json');
	});
	it('a registry entry overrides the text, with a warning naming both', () => {
		const o = outcome('overridden.txt');
		expect(o).toMatchObject({ error: null, unit_id: 'th-yuancun' });
		expect(o.flags.find((f) => f.code === 'unit_mismatch')).toMatchObject({
			severity: 'warning', source_line: 9, message: 'the text names 石牌街道 (天河区, 440106006, th-shipai) but the source registry says th-yuancun'
		});
	});
});
