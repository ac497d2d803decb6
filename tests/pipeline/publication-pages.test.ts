// The data of /methodology and /quality on the seeds, through the same named
// SQL as the pages. Expected values checked by hand against data/sources/:
//   001 永和 2021, lines 8–11: 整体支出年度预算数 19,206.99, 年初预算数 18,847.80, 实际支出数 18,570.21,
//       预算完成率 96.68%, 预算调整率 1.91%.
//   002 员村 2022, lines 10–13: 调整预算收入 12436.77, 实际支出数 12198.33, 预算完成率 98.10%.
//   003 荔城 2021, line 85: 全年预算数 82,912.04, 全年执行数 75,317.78, 预算完成率 90.8%; lines 99–105:
//       16 indicators, 3 short of target (外出招商 3 < 4 次, 帮教覆盖率 70% < 100%, 社区活动 170 < 220 次).
//   004 金花 2022, line 5: 合计 3, 986. 34.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMethodology, type MethodologyData } from '../../src/lib/data/methodology.ts';
import { loadQuality, type QualityData } from '../../src/lib/data/quality.ts';
import { formatMoneyWan, formatRate } from '../../src/lib/format/number-format.ts';
import { buildRegistered } from './helpers.ts';

let m: MethodologyData;
let q: QualityData;
beforeAll(async () => {
	const { db } = await buildRegistered();
	m = await loadMethodology(db);
	q = await loadQuality(db);
});

describe('/methodology worked examples', () => {
	it('永和街道 2021: execution 18,570.21 ÷ 19,206.99 = 96.68 %, adjustment (19,206.99 − 18,847.80) ÷ 18,847.80 = 1.91 %', () => {
		const e = m.execution!;
		expect(e).toMatchObject({ short_name: '永和街道', fiscal_year: 2021, doc_id: 'hp-yonghe-2021-selfeval', source_line: 8 });
		expect([e.actual_spend_wan, e.adjusted_budget_wan, e.initial_budget_wan]).toEqual([18570.21, 19206.99, 18847.8]);
		expect(formatRate(e.execution_rate)).toBe('96.68%');
		expect(formatRate(e.reported_execution_rate)).toBe('96.68%');
		expect(formatRate(e.adjustment_rate)).toBe('1.91%');
		expect(formatRate(e.reported_adjustment_rate)).toBe('1.91%');
	});

	it('员村街道 2022: computed 98.08 % against the printed 98.10 %, with its rate_mismatch flag', () => {
		const r = m.mismatch!;
		expect([r.actual_spend_wan, r.adjusted_budget_wan]).toEqual([12198.33, 12436.77]);
		expect(formatRate(r.execution_rate, 4)).toBe('98.0828%');
		expect(formatRate(r.execution_rate, r.printedDecimals)).toBe('98.08%');
		expect(formatRate(r.reported_execution_rate, r.printedDecimals)).toBe('98.10%');
		expect(r.flags).toHaveLength(1);
		expect(r.flags[0]).toMatchObject({ code: 'rate_mismatch', severity: 'warning', doc_id: 'th-yuancun-2022-selfeval', source_line: 10 });
	});

	it('荔城街道 2021: 75,317.78 ÷ 82,912.04 = 90.84 %, printed 90.8 % agrees at one decimal', () => {
		const a = m.agreement!;
		expect(formatRate(a.execution_rate)).toBe('90.84%');
		expect(formatRate(a.execution_rate, a.printedDecimals)).toBe(formatRate(a.reported_execution_rate, a.printedDecimals));
		expect(formatRate(a.reported_execution_rate, 1)).toBe('90.8%');
	});

	it('2021 summed: (18,570.21 + 75,317.78) ÷ (19,206.99 + 82,912.04) = 91.94 %, not the 93.76 % average of rates', () => {
		expect(m.summed.map((r) => r.short_name).sort()).toEqual(['永和街道', '荔城街道'].sort());
		const s = m.summed[0];
		expect(formatMoneyWan(s.total_actual_spend_wan, { unit: false })).toBe('93,887.99');
		expect(formatMoneyWan(s.total_adjusted_budget_wan, { unit: false })).toBe('102,119.03');
		expect(formatRate(s.summed_execution_rate)).toBe('91.94%');
		expect(formatRate(s.mean_of_rates)).toBe('93.76%');
	});

	it('荔城街道 2021 attainment: 10 万人次 vs 112848 次 met, 220 vs 170 次 not met; 13 ÷ (13 + 3) = 81.25 %', () => {
		const byName = Object.fromEntries(m.attainment.map((i) => [i.name, i]));
		expect(byName['长者饭堂就餐人次']).toMatchObject({ target_value: 100000, target_unit: '人次', actual_value: 112848, status: 'met', source_line: 105 });
		expect(formatRate(byName['长者饭堂就餐人次'].attainment)).toBe('112.85%');
		expect(byName['开展社区活动次数']).toMatchObject({ target_value: 220, actual_value: 170, status: 'not_met' });
		expect(formatRate(byName['开展社区活动次数'].attainment)).toBe('77.27%');
		expect(byName['重大社会治安事件发生率']).toMatchObject({ direction: 'lower_better', status: 'met', attainment: 1 });
		expect(byName['来穗人员融合活动开展次数'].flag_codes).toEqual(['over_target']); // 67 ÷ 55 = 121.82 % > 120 %
		const u = m.attainmentUnit!;
		expect([u.indicators_total, u.indicators_met, u.indicators_not_met]).toEqual([16, 13, 3]);
		expect(formatRate(u.attainment_rate)).toBe('81.25%');
	});

	it('written values: ≥ with a compound unit, 以上, 大于, 低于 (lower is better), 1 read as 100 %, qualitative; 3, 986. 34 → 3,986.34', () => {
		const byName = Object.fromEntries(m.readings.map((i) => [i.name, i]));
		expect(byName['城市管理精细化考评得分']).toMatchObject({ target_text: '≥80分/月', target_op: '>=', target_value: 80, target_unit: '分/月' });
		expect(byName['网格员账号活跃度(%)']).toMatchObject({ target_text: '保持95%以上', target_op: '>=', target_value: 95 });
		expect(byName['服务对象满意度']).toMatchObject({ target_text: '大于90%', target_op: '>' });
		expect(byName['水利设施正常运行']).toMatchObject({ target_op: '<', target_value: 3, target_unit: '次', direction: 'lower_better' });
		expect(byName['文体中心升级改造完成率']).toMatchObject({ actual_text: '1', actual_value: 100, actual_unit: '%', flag_codes: ['unit_assumed'] });
		expect(byName['公共服务中心工作效率等级']).toMatchObject({ target_op: 'qualitative', status: 'met' });
		expect(m.readings).toHaveLength(9); // every configured example is still in the data
		expect(m.money).toMatchObject({ amount_wan: 3986.34, source_line: 5, short_name: '金花街道' });
	});
});

describe('/quality data', () => {
	it('groups every flag by document, then by code; counts agree', () => {
		expect(q.groups.reduce((n, g) => n + g.flags, 0)).toBe(q.total);
		expect(Object.values(q.bySeverity).reduce((a, b) => a + b, 0)).toBe(q.total);
		expect(q.counts.reduce((n, c) => n + c.flags, 0)).toBe(q.total);
		expect(q.documents).toBe(5);
		for (const g of q.groups) expect(new Set(g.codes.map((c) => c.code)).size).toBe(g.codes.length);
	});

	it('员村街道 2022 carries the rate_mismatch flag on line 10, with its document columns', () => {
		const g = q.groups.find((x) => x.key === 'th-yuancun-2022-selfeval')!;
		expect(g.doc).toMatchObject({ short_name: '员村街道', fiscal_year: 2022, doc_kind: 'self_evaluation_form', district_name: '天河区' });
		const flag = g.codes.find((c) => c.code === 'rate_mismatch')!.flags[0];
		expect(flag).toMatchObject({ severity: 'warning', source_line: 10 });
		expect(flag.message).toContain('98.10%');
	});

	it('within a document, warnings come before infos', () => {
		const rank = { error: 0, warning: 1, info: 2 } as const;
		for (const g of q.groups) {
			const worst = g.codes.map((c) => Math.min(...c.flags.map((f) => rank[f.severity])));
			expect(worst).toEqual([...worst].sort((a, b) => a - b));
		}
	});
});
