import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadFamiliesSync } from '../registry/load-families.ts';
import { familyOf, familyRows } from '../values/indicator-family.ts';
import { level1ByName, level2ByName } from '../values/taxonomy.ts';
import type { IndicatorRow } from '../types.ts';
import { expectedIndicatorRows, generateSynthetic } from './generate.ts';
import { isInsidePublishedData, parseArgs } from './cli.ts';

const DISTRICT_CODES = ['440103', '440104', '440105', '440106', '440111', '440112', '440113', '440114', '440115', '440117', '440118'];

// One medium dataset shared by the invariant tests: 200 units × 5 years × 50 = 50,000 indicators.
const MEDIUM = { units: 200, years: 5, seed: 2024 };
const ds = generateSynthetic(MEDIUM);

const hasAtMost2Decimals = (x: number | null) => x === null || Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;
const share = <T>(xs: T[], pred: (x: T) => boolean) => xs.filter(pred).length / xs.length;
const close = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 1e-12;

/** Collects failed row checks (plain ifs: per-row expect() is slow on 50k rows); assert with expect(v.errors).toEqual([]). */
function violations() {
	const errors: string[] = [];
	return { errors, check: (ok: boolean, what: string) => { if (!ok && errors.length < 10) errors.push(what); } };
}

describe('generateSynthetic: determinism and size', () => {
	it('gives identical output for the same seed and different output for another', () => {
		const a = generateSynthetic({ units: 25, years: 3, seed: 7 });
		const b = generateSynthetic({ units: 25, years: 3, seed: 7 });
		expect(b).toEqual(a);
		const c = generateSynthetic({ units: 25, years: 3, seed: 8 });
		expect(c.budgets.map((r) => r.adjusted_budget_wan)).not.toEqual(a.budgets.map((r) => r.adjusted_budget_wan));
	});

	it('is stable under more units: a smaller run is a prefix of a larger one', () => {
		const small = generateSynthetic({ units: 10, years: 4, seed: 3 });
		const large = generateSynthetic({ units: 30, years: 4, seed: 3 });
		expect(large.units.slice(0, 10)).toEqual(small.units);
		const prefix = <T extends { unit_id: string }>(rows: T[]) => rows.filter((r) => r.unit_id <= 'syn-00010');
		for (const t of ['documents', 'budgets', 'budget_lines', 'tasks', 'indicators', 'scores'] as const) {
			expect(prefix(large[t] as { unit_id: string }[]), t).toEqual(small[t]);
		}
	});

	it('scales row counts with the options: indicators = units × years × indicatorsPerUnitYear exactly', () => {
		for (const o of [
			{ units: 1, years: 1, indicatorsPerUnitYear: 7 },
			{ units: 13, years: 3 },
			{ units: 40, years: 2, indicatorsPerUnitYear: 20 },
			{ units: 5, years: 6, indicatorsPerUnitYear: 0 }
		]) {
			const d = generateSynthetic(o);
			expect(d.units).toHaveLength(o.units);
			expect(d.districts).toHaveLength(11);
			expect(d.indicators).toHaveLength(expectedIndicatorRows(o));
			const unitYears = new Set(d.documents.map((x) => `${x.unit_id}|${x.fiscal_year}`));
			expect(unitYears.size).toBe(o.units * o.years);
			expect(d.tasks.length).toBeGreaterThanOrEqual(3 * o.units * o.years);
			expect(d.tasks.length).toBeLessThanOrEqual(8 * o.units * o.years);
		}
		const years = new Set(generateSynthetic({ units: 2, years: 3, firstYear: 2020 }).documents.map((d) => d.fiscal_year));
		expect([...years].sort()).toEqual([2020, 2021, 2022]);
	});

	it('2000 units × 10 years × 50 is 1M indicator rows, in reasonable memory (extrapolated from 50k)', () => {
		expect(expectedIndicatorRows({ units: 2000, years: 10 })).toBe(1_000_000);
		const before = process.memoryUsage().heapUsed;
		const t0 = performance.now();
		const d = generateSynthetic({ units: 100, years: 10, seed: 9 });
		const ms = performance.now() - t0;
		const bytes = process.memoryUsage().heapUsed - before;
		expect(d.indicators).toHaveLength(expectedIndicatorRows({ units: 100, years: 10 }));
		expect(d.indicators).toHaveLength(50_000);
		// Everything (all tables) per indicator row, extrapolated to 1M rows: well under 1.5 GB.
		expect((bytes / d.indicators.length) * 1_000_000).toBeLessThan(1.5e9);
		expect(ms).toBeLessThan(10_000); // ~0.1 s normally; generous for loaded CI machines
	});

	it('rejects invalid options', () => {
		expect(() => generateSynthetic({ units: 0, years: 1 })).toThrow(RangeError);
		expect(() => generateSynthetic({ units: 1, years: 1.5 })).toThrow(RangeError);
		expect(() => generateSynthetic({ units: 1, years: 1, indicatorsPerUnitYear: -1 })).toThrow(RangeError);
		expect(() => generateSynthetic({ units: 1, years: 1, seed: Number.NaN })).toThrow(RangeError);
	});
});

describe('generateSynthetic: keys and referential integrity', () => {
	it('has unique ids in every table', () => {
		const ids: [string, string[]][] = [
			['units', ds.units.map((r) => r.unit_id)],
			['documents', ds.documents.map((r) => r.doc_id)],
			['budgets', ds.budgets.map((r) => r.budget_id)],
			['budget_lines', ds.budget_lines.map((r) => r.budget_line_id)],
			['tasks', ds.tasks.map((r) => r.task_id)],
			['indicators', ds.indicators.map((r) => r.indicator_id)],
			['scores', ds.scores.map((r) => r.score_id)],
			['quality_flags', ds.quality_flags.map((r) => r.flag_id)],
			['districts', ds.districts.map((r) => r.district_code)]
		];
		for (const [t, xs] of ids) expect(new Set(xs).size, t).toBe(xs.length);
		expect(ds.units[0].unit_id).toBe('syn-00001');
		for (const u of ds.units) expect(u.unit_id).toMatch(/^syn-\d{5}$/);
	});

	it('has the 11 districts and units spread over them, with sub-units under a street office or town', () => {
		expect(ds.districts.map((d) => d.district_code).sort()).toEqual(DISTRICT_CODES);
		expect(ds.districts.find((d) => d.district_code === '440106')).toMatchObject({ name: '天河区', name_en: 'Tianhe', city: '广州市' });
		const units = new Map(ds.units.map((u) => [u.unit_id, u]));
		for (const u of ds.units) {
			expect(DISTRICT_CODES).toContain(u.district_code);
			expect(u.short_name.startsWith('合成')).toBe(true);
			if (u.kind === '下属单位') {
				const p = units.get(u.parent_unit_id!);
				expect(p, u.unit_id).toBeDefined();
				expect(['街道', '镇']).toContain(p!.kind);
				expect(p!.district_code).toBe(u.district_code);
				expect(u.short_name.startsWith(p!.short_name)).toBe(true);
			} else expect(u.parent_unit_id).toBeNull();
		}
		// Kinds on a larger population (no indicators: fast).
		const many = generateSynthetic({ units: 3000, years: 1, indicatorsPerUnitYear: 0 }).units;
		expect(share(many, (u) => u.kind === '街道')).toBeGreaterThan(0.7);
		expect(share(many, (u) => u.kind === '街道')).toBeLessThan(0.8);
		expect(share(many, (u) => u.kind === '镇')).toBeGreaterThan(0.16);
		expect(share(many, (u) => u.kind === '镇')).toBeLessThan(0.24);
		expect(share(many, (u) => u.kind === '下属单位')).toBeGreaterThan(0.02);
		expect(share(many, (u) => u.kind === '下属单位')).toBeLessThan(0.08);
		expect(new Set(many.map((u) => u.district_code)).size).toBe(11);
	});

	it('keeps unit_id / doc_id / fiscal_year consistent across tables', () => {
		const v = violations();
		const units = new Set(ds.units.map((u) => u.unit_id));
		const docs = new Map(ds.documents.map((d) => [d.doc_id, d]));
		for (const d of ds.documents) v.check(units.has(d.unit_id), `document ${d.doc_id}: unknown unit`);
		const tables = ['budgets', 'budget_lines', 'tasks', 'indicators', 'scores'] as const;
		for (const t of tables) {
			for (const r of ds[t] as { doc_id: string; unit_id: string; fiscal_year: number | null }[]) {
				const d = docs.get(r.doc_id);
				v.check(d !== undefined && r.unit_id === d.unit_id && r.fiscal_year === d.fiscal_year, `${t} row of ${r.doc_id}: document missing or unit/year differ`);
			}
		}
		const tasks = new Map(ds.tasks.map((t) => [t.task_id, t]));
		let linked = 0;
		for (const i of ds.indicators) {
			if (i.task_id === null) continue;
			linked++;
			v.check(tasks.get(i.task_id)?.doc_id === i.doc_id, `${i.indicator_id}: task ${i.task_id} missing or in another document`);
		}
		expect(v.errors).toEqual([]);
		expect(linked).toBeGreaterThan(0);
		const rowIds: Record<string, Set<string>> = {
			budgets: new Set(ds.budgets.map((r) => r.budget_id)),
			indicators: new Set(ds.indicators.map((r) => r.indicator_id)),
			documents: new Set(docs.keys())
		};
		for (const f of ds.quality_flags) {
			v.check(docs.get(f.doc_id!)?.source_file === f.source_file, `${f.flag_id}: document missing or source_file differs`);
			v.check(rowIds[f.table_name!]?.has(f.row_id!) === true, `${f.flag_id} → ${f.table_name} ${f.row_id}: no such row`);
		}
		expect(v.errors).toEqual([]);
	});

	it('sorts every table by unit_id, fiscal_year (and documents by doc_id, indicators by doc and line)', () => {
		const key = (r: { unit_id: string; fiscal_year: number | null }) => `${r.unit_id}|${r.fiscal_year}`;
		for (const t of ['units', 'documents', 'budgets', 'budget_lines', 'tasks', 'indicators', 'scores'] as const) {
			const rows = ds[t] as { unit_id: string; fiscal_year?: number | null }[];
			for (let i = 1; i < rows.length; i++) {
				const a = key({ unit_id: rows[i - 1].unit_id, fiscal_year: rows[i - 1].fiscal_year ?? 0 });
				const b = key({ unit_id: rows[i].unit_id, fiscal_year: rows[i].fiscal_year ?? 0 });
				if (a > b) throw new Error(`${t} not sorted at row ${i}: ${a} > ${b}`);
			}
		}
		for (let i = 1; i < ds.documents.length; i++) expect(ds.documents[i - 1].doc_id < ds.documents[i].doc_id).toBe(true);
		for (let i = 1; i < ds.indicators.length; i++) {
			const a = ds.indicators[i - 1];
			const b = ds.indicators[i];
			if (a.doc_id > b.doc_id || (a.doc_id === b.doc_id && a.source_line >= b.source_line)) throw new Error(`indicators not sorted at ${b.indicator_id}`);
		}
		for (let i = 1; i < ds.quality_flags.length; i++) {
			const a = ds.quality_flags[i - 1];
			const b = ds.quality_flags[i];
			if (a.doc_id! > b.doc_id! || (a.doc_id === b.doc_id && a.source_line! > b.source_line!)) throw new Error(`flags not sorted at ${b.flag_id}`);
		}
	});

	it('accounts every line of a document and keeps source lines inside it', () => {
		const v = violations();
		const maxLine = new Map<string, number>();
		const note = (doc: string, l: number | null) => {
			if (l === null) return;
			v.check(Number.isInteger(l) && l >= 1, `${doc}: bad source line ${l}`);
			maxLine.set(doc, Math.max(maxLine.get(doc) ?? 0, l));
		};
		for (const t of ['budgets', 'budget_lines', 'tasks', 'scores'] as const) for (const r of ds[t]) note(r.doc_id, r.source_line);
		for (const i of ds.indicators) {
			note(i.doc_id, i.source_line);
			note(i.doc_id, i.actual_source_line);
			v.check(i.actual_source_line === null || i.actual_source_line > i.source_line, `${i.indicator_id}: actual line before indicator line`);
		}
		for (const d of ds.documents) {
			v.check(d.lines_fact + d.lines_prose + d.lines_unparsed === d.lines_total && d.lines_prose >= 0, `${d.doc_id}: line counts do not add up`);
			v.check(d.lines_total >= (maxLine.get(d.doc_id) ?? 0), `${d.doc_id}: a row cites a line beyond lines_total`);
			v.check(/^[0-9a-f]{64}$/.test(d.sha256), `${d.doc_id}: sha256`);
		}
		expect(v.errors).toEqual([]);
	});
});

describe('generateSynthetic: documents and budgets', () => {
	it('has self-evaluation forms mostly, some target declarations without actuals, a few reports with scores', () => {
		const kinds = ds.documents.map((d) => d.kind);
		expect(share(kinds, (k) => k === 'self_evaluation_form')).toBeGreaterThan(0.65);
		expect(share(kinds, (k) => k === 'target_declaration')).toBeGreaterThan(0.02);
		expect(share(kinds, (k) => k === 'self_evaluation_report')).toBeGreaterThan(0.02);
		const kindOf = new Map(ds.documents.map((d) => [d.doc_id, d.kind]));
		for (const i of ds.indicators) {
			if (kindOf.get(i.doc_id) === 'target_declaration') {
				expect(i.actual_text).toBeNull();
				expect(i.status).toBe('no_actual');
			}
		}
		for (const b of ds.budgets) expect(kindOf.get(b.doc_id)).not.toBe('target_declaration');
		// Scores only in reports; components add up to the total; no score above its maximum.
		const byDoc = new Map<string, { total: number; sum: number }>();
		for (const s of ds.scores) {
			expect(kindOf.get(s.doc_id)).toBe('self_evaluation_report');
			expect(s.score).toBeLessThanOrEqual(s.max_score!);
			const e = byDoc.get(s.doc_id) ?? { total: NaN, sum: 0 };
			if (s.component === 'total') e.total = s.score;
			else e.sum += s.score;
			byDoc.set(s.doc_id, e);
		}
		expect(byDoc.size).toBe(ds.documents.filter((d) => d.kind === 'self_evaluation_report').length);
		for (const [doc, e] of byDoc) expect(Math.abs(e.total - e.sum), doc).toBeLessThan(1e-9);
	});

	it('keeps money to 2 decimals and compositions exact', () => {
		for (const b of ds.budgets) {
			expect(hasAtMost2Decimals(b.initial_budget_wan) && hasAtMost2Decimals(b.adjusted_budget_wan) && hasAtMost2Decimals(b.actual_spend_wan), b.budget_id).toBe(true);
		}
		for (const l of ds.budget_lines) expect(hasAtMost2Decimals(l.amount_wan), l.budget_line_id).toBe(true);
		for (const t of ds.tasks) expect(hasAtMost2Decimals(t.amount_wan), t.task_id).toBe(true);
		const c = (x: number) => Math.round(x * 100);
		const lines = new Map<string, Record<string, number>>();
		for (const l of ds.budget_lines) lines.set(l.doc_id, { ...lines.get(l.doc_id), [l.category]: c(l.amount_wan) });
		for (const [doc, m] of lines) {
			expect(m.basic_spending + m.project_spending, doc).toBe(m.total);
			expect(m.fiscal_appropriation + m.other_funds, doc).toBe(m.total);
		}
		// Key tasks use part of the budget.
		const budget = new Map<string, number>();
		for (const b of ds.budgets) if (b.scope === 'total') budget.set(b.doc_id, b.adjusted_budget_wan!);
		for (const [doc, m] of lines) budget.set(doc, m.total / 100);
		const taskSum = new Map<string, number>();
		for (const t of ds.tasks) taskSum.set(t.doc_id, (taskSum.get(t.doc_id) ?? 0) + c(t.amount_wan!));
		for (const [doc, s] of taskSum) {
			expect(s, doc).toBeGreaterThan(0);
			expect(s / 100, doc).toBeLessThan(budget.get(doc)!);
		}
	});

	it('draws budgets, execution and adjustment rates in realistic ranges', () => {
		const total = ds.budgets.filter((b) => b.scope === 'total');
		expect(ds.budgets.some((b) => b.scope === 'fiscal_appropriation')).toBe(true);
		const adjusted = total.map((b) => b.adjusted_budget_wan!).sort((a, b) => a - b);
		expect(adjusted[0]).toBeGreaterThanOrEqual(500);
		expect(adjusted[adjusted.length - 1]).toBeLessThanOrEqual(90000);
		const median = adjusted[Math.floor(adjusted.length / 2)];
		expect(median).toBeGreaterThan(5000);
		expect(median).toBeLessThan(12000);
		for (const b of ds.budgets) {
			const exec = b.actual_spend_wan! / b.adjusted_budget_wan!;
			expect(exec, b.budget_id).toBeGreaterThan(0.3);
			expect(exec, b.budget_id).toBeLessThanOrEqual(1.05);
		}
		const exec = total.map((b) => b.actual_spend_wan! / b.adjusted_budget_wan!);
		expect(share(exec, (x) => x >= 0.85 && x <= 1)).toBeGreaterThan(0.7);
		expect(share(exec, (x) => x < 0.7)).toBeGreaterThan(0.01);
		const adj = total.map((b) => (b.adjusted_budget_wan! - b.initial_budget_wan!) / b.initial_budget_wan!);
		expect(share(adj, (x) => Math.abs(x) <= 0.1)).toBeGreaterThan(0.7);
		expect(share(adj, (x) => Math.abs(x) > 0.3)).toBeGreaterThan(0.005);
	});

	it('prints rates rounded to 2 decimals of percent, flags every mismatch (0.1–0.3 pp) and large adjustment', () => {
		const flagged = (code: string) => new Set(ds.quality_flags.filter((f) => f.code === code).map((f) => f.row_id));
		const mismatch = new Map<string, number>();
		for (const f of ds.quality_flags) if (f.code === 'rate_mismatch') mismatch.set(f.row_id!, (mismatch.get(f.row_id!) ?? 0) + 1);
		const large = flagged('large_adjustment');
		let off = 0;
		for (const b of ds.budgets) {
			const exec = b.actual_spend_wan! / b.adjusted_budget_wan!;
			const adj = (b.adjusted_budget_wan! - b.initial_budget_wan!) / b.initial_budget_wan!;
			let wrong = 0;
			for (const [computed, printed] of [[exec, b.reported_execution_rate], [adj, b.reported_adjustment_rate]] as const) {
				if (printed === null) continue;
				expect(hasAtMost2Decimals(printed * 100), b.budget_id).toBe(true);
				const gap = Math.abs(Math.round(computed * 10000) - Math.round(printed * 10000));
				if (gap !== 0) {
					wrong++;
					expect(gap, b.budget_id).toBeGreaterThanOrEqual(9);
					expect(gap, b.budget_id).toBeLessThanOrEqual(31);
				}
			}
			off += wrong > 0 ? 1 : 0;
			expect(mismatch.get(b.budget_id) ?? 0, b.budget_id).toBe(wrong);
			expect(large.has(b.budget_id), b.budget_id).toBe(Math.abs(adj) > 0.3);
		}
		expect(off).toBeGreaterThan(0);
		expect(off / ds.budgets.length).toBeLessThan(0.1);
		expect(ds.budgets.some((b) => b.reported_execution_rate === null)).toBe(true);
	});
});

describe('generateSynthetic: indicators', () => {
	const numeric = (i: IndicatorRow) =>
		(i.status === 'met' || i.status === 'not_met') && i.target_value !== null && i.actual_value !== null && i.actual_unit === i.target_unit;

	it('uses the taxonomy of domain.md §2 for level1 / level2', () => {
		const v = violations();
		let nulls = 0;
		const seen = new Set<string>();
		for (const i of ds.indicators) {
			if (i.level1 === null) {
				v.check(i.level2 === null, `${i.indicator_id}: level2 without level1`);
				nulls++;
				continue;
			}
			const pair = `${i.level1}/${i.level2}`;
			if (seen.has(pair)) continue;
			seen.add(pair);
			const l2 = level2ByName(i.level2);
			v.check(level1ByName(i.level1) === i.level1 && l2?.name === i.level2 && l2.level1 === i.level1, `${pair} is not in the taxonomy`);
		}
		expect(v.errors).toEqual([]);
		expect(seen.has('产出指标/成本指标')).toBe(true);
		// Newer templates (2022 on) make 成本指标 a 一级 of its own.
		const newer = new Set(generateSynthetic({ units: 20, years: 2, firstYear: 2022 }).indicators.map((i) => `${i.level1}/${i.level2}`));
		expect(newer.has('成本指标/经济成本指标')).toBe(true);
		expect(newer.has('产出指标/成本指标')).toBe(false);
		expect(nulls / ds.indicators.length).toBeLessThan(0.1);
		expect(new Set(ds.indicators.map((i) => i.level2)).size).toBeGreaterThanOrEqual(9);
	});

	it('met ⇔ the rule holds, and attainment follows domain.md §4', () => {
		const v = violations();
		let hb = 0;
		let lb = 0;
		for (const i of ds.indicators) {
			if (!numeric(i)) continue;
			const a = i.actual_value!;
			const t = i.target_value!;
			const met = i.status === 'met';
			if (i.direction === 'higher_better') {
				hb++;
				v.check(met === (i.target_op === '>' ? a > t : a >= t), `${i.indicator_id}: status ${i.status} for ${a} vs ${i.target_op} ${t}`);
				v.check(close(i.attainment, t === 0 ? 1 : a / t), `${i.indicator_id}: attainment ${i.attainment}`);
				v.check(i.target_op === '>=' || i.target_op === '>' || i.target_op === '=', `${i.indicator_id}: op ${i.target_op}`);
			} else if (i.direction === 'lower_better') {
				lb++;
				v.check(met === (i.target_op === '<' ? a < t : a <= t), `${i.indicator_id}: status ${i.status} for ${a} vs ${i.target_op} ${t}`);
				v.check(close(i.attainment, met ? 1 : t === 0 ? 0 : Math.max(0, 1 - (a - t) / t)), `${i.indicator_id}: attainment ${i.attainment}`);
				v.check(i.target_op === '<=' || i.target_op === '<' || i.target_op === '=', `${i.indicator_id}: op ${i.target_op}`);
			} else if (i.direction === 'exact') {
				v.check(met === (a === t), `${i.indicator_id}: exact ${a} vs ${t} is ${i.status}`);
			}
		}
		expect(v.errors).toEqual([]);
		expect(hb).toBeGreaterThan(10_000);
		expect(lb).toBeGreaterThan(1_000);
	});

	it('keeps the other statuses consistent', () => {
		const v = violations();
		for (const i of ds.indicators) {
			const id = `${i.indicator_id} (${i.status})`;
			switch (i.status) {
				case 'no_actual':
					v.check(i.actual_value === null && i.attainment === null, id);
					break;
				case 'no_target':
					v.check(i.target_text === null && i.target_op === null && i.actual_text !== null && i.attainment === null, id);
					break;
				case 'not_comparable':
					v.check(i.attainment === null && i.actual_text !== null && (i.actual_value === null || i.actual_unit !== i.target_unit), id);
					break;
				default:
					v.check(i.attainment !== null && i.actual_text !== null && i.target_text !== null, id);
			}
			if (i.direction === 'qualitative') {
				v.check(i.target_op === 'qualitative' && i.target_value === null, id);
				if (i.status === 'met') v.check(i.attainment === 1, id);
				if (i.status === 'not_met') v.check(i.attainment === 0.7, id);
			}
			if (i.target_op !== null && i.target_op !== 'qualitative') v.check(typeof i.target_value === 'number' && i.direction !== 'qualitative', id);
			v.check(i.target_value_high === null, id);
		}
		expect(v.errors).toEqual([]);
	});

	it('has realistic status shares, texts and flags', () => {
		const st = ds.indicators.map((i) => i.status);
		expect(share(st, (s) => s === 'met')).toBeGreaterThan(0.78);
		expect(share(st, (s) => s === 'met')).toBeLessThan(0.9);
		expect(share(st, (s) => s === 'not_met')).toBeGreaterThan(0.05);
		expect(share(st, (s) => s === 'not_met')).toBeLessThan(0.15);
		expect(share(st, (s) => s === 'no_actual')).toBeLessThan(0.1);
		expect(share(st, (s) => s === 'not_comparable')).toBeGreaterThan(0);
		expect(share(st, (s) => s === 'not_comparable')).toBeLessThan(0.03);
		expect(ds.indicators.some((i) => i.attainment !== null && i.attainment > 1.2)).toBe(true);
		const targets = new Set(ds.indicators.map((i) => i.target_text));
		for (const t of ['≥90%', '100%', '12次', '≤3次']) expect(targets.has(t), t).toBe(true);
		expect(ds.indicators.some((i) => i.target_op === 'qualitative' && i.target_text === '良好')).toBe(true);
		const names = new Set(ds.indicators.map((i) => i.name));
		for (const n of ['群众满意度', '补贴发放及时率', '垃圾分类覆盖率', '开展社区活动次数', '警情同比下降率', '工程验收合格率', '长者饭堂就餐人次']) {
			expect(names.has(n), n).toBe(true);
		}
		// unit_assumed: a bare 1 against a percentage target, read as 100 %.
		const assumed = new Set(ds.quality_flags.filter((f) => f.code === 'unit_assumed').map((f) => f.row_id));
		expect(assumed.size).toBeGreaterThan(0);
		const over = new Set(ds.quality_flags.filter((f) => f.code === 'over_target').map((f) => f.row_id));
		const v = violations();
		for (const i of ds.indicators) {
			const isAssumed = i.actual_text === '1' && i.target_unit === '%';
			v.check(assumed.has(i.indicator_id) === isAssumed && (!isAssumed || (i.actual_value === 100 && i.actual_unit === '%')), `${i.indicator_id}: unit_assumed`);
			v.check(over.has(i.indicator_id) === (i.direction === 'higher_better' && i.attainment !== null && i.attainment > 1.2), `${i.indicator_id}: over_target`);
		}
		expect(v.errors).toEqual([]);
		expect(ds.quality_flags.length / ds.indicators.length).toBeLessThan(0.1);
	});

	it('gives every indicator the family the curated rules give its name, and every family some indicators', () => {
		const families = loadFamiliesSync();
		expect(ds.indicator_families).toEqual(familyRows(families));
		const v = violations();
		for (const i of ds.indicators) v.check(i.family === familyOf(i.name, families), `${i.indicator_id}: family of ${i.name}`);
		expect(v.errors).toEqual([]);
		const seen = new Set(ds.indicators.map((i) => i.family));
		for (const f of families) expect(seen.has(f.id), f.id).toBe(true);
		// hand-read: 群众满意度 is satisfaction, 群众投诉次数 counts complaints, not activities
		expect(ds.indicators.find((i) => i.name === '群众满意度')?.family).toBe('satisfaction');
		expect(ds.indicators.find((i) => i.name === '群众投诉次数')?.family).toBeNull();
		expect(share(ds.indicators, (i) => i.family !== null)).toBeGreaterThan(0.4);
	});
});

describe('synthetic CLI arguments', () => {
	it('parses options and requires --out, --units and --years', () => {
		expect(parseArgs(['--units', '5', '--years', '2', '--out', '/tmp/x', '--seed', '3', '--indicators-per-unit-year=10'])).toEqual({
			units: 5, years: 2, out: '/tmp/x', seed: 3, indicatorsPerUnitYear: 10, firstYear: 2015
		});
		expect(() => parseArgs(['--units', '5', '--years', '2'])).toThrow(/--out/);
		expect(() => parseArgs(['--units', '5', '--out', '/tmp/x'])).toThrow(/--years/);
		expect(() => parseArgs(['--units', 'x', '--years', '2', '--out', '/tmp/x'])).toThrow(/--units/);
		expect(() => parseArgs(['--units', '5', '--years', '2', '--out', '/tmp/x', '--bogus', '1'])).toThrow(/unknown/);
	});

	it('refuses any --out inside static/data', () => {
		const root = join(import.meta.dirname, '../../..');
		expect(isInsidePublishedData(join(root, 'static/data'))).toBe(true);
		expect(isInsidePublishedData(join(root, 'static/data/sub/dir'))).toBe(true);
		expect(isInsidePublishedData(join(root, 'static/data/../data/x'))).toBe(true);
		expect(isInsidePublishedData(join(root, 'static/data-synthetic'))).toBe(false);
		expect(isInsidePublishedData(join(root, 'static'))).toBe(false);
		expect(isInsidePublishedData('/tmp/synthetic-out')).toBe(false);
	});
});

