// The worked examples of /methodology, computed at build time by the same SQL
// as the rest of the site (metric macros and views of src/sql/metrics.sql).
// Only *which* rows serve as examples is chosen here; every number on the
// page comes from the published dataset.
import { QUERIES } from '../query/queries.ts';
import type { QueryRunner } from '../query/types.ts';

/**
 * The seeds used as examples (hand-checked against data/sources/, see
 * methodology.test.ts). Change a row here to pick another example.
 */
export const EXAMPLES = {
	/** 永和街道 2021, self-evaluation form: execution and adjustment rate as printed. */
	execution: { unit_id: 'hp-yonghe', fiscal_year: 2021 },
	/** 员村街道 2022: printed 98.10 % against a computed 98.08 % (printed with 2 decimals). */
	mismatch: { unit_id: 'th-yuancun', fiscal_year: 2022, printedDecimals: 2 },
	/** 荔城街道 2021: printed 90.8 % (1 decimal), the computed 90.84 % agrees at that precision. */
	agreement: { unit_id: 'zc-licheng', fiscal_year: 2021, printedDecimals: 1 },
	/** Group rate from summed money: the units of 2021 (永和, 荔城). */
	summedYear: 2021,
	/** 荔城街道 2021 self-evaluation report: indicators read from sentences, and the unit's attainment rate. */
	attainment: {
		unit_id: 'zc-licheng',
		fiscal_year: 2021,
		doc_id: 'zc-licheng-2021-report',
		names: ['长者饭堂就餐人次', '开展社区活动次数', '重大社会治安事件发生率', '来穗人员融合活动开展次数']
	},
	/** How written values were read: one indicator per rule, from several seeds. */
	readings: [
		{ doc_id: 'hp-yonghe-2021-selfeval', name: '城市管理精细化考评得分' },
		{ doc_id: 'zc-licheng-2022-target', name: '网格员账号活跃度(%)' },
		{ doc_id: 'lw-jinhua-2022-projects', name: '服务对象满意度' },
		{ doc_id: 'zc-licheng-2022-target', name: '水利设施正常运行' },
		{ doc_id: 'lw-jinhua-2022-projects', name: '物业管理服务响应时长' },
		{ doc_id: 'zc-licheng-2021-report', name: '长者饭堂就餐人次' },
		{ doc_id: 'hp-yonghe-2021-selfeval', name: '文体中心升级改造完成率' },
		{ doc_id: 'hp-yonghe-2021-selfeval', name: '公共服务中心工作效率等级' },
		{ doc_id: 'lw-jinhua-2022-projects', name: '员工数' }
	],
	/** A money figure printed with OCR spaces (`3, 986. 34`) in 金花街道's project table. */
	money: { doc_id: 'lw-jinhua-2022-projects', label: '合计' }
} as const;

/** Comparators of a target (indicators.target_op) as a reader writes them; 'qualitative' is a word, in the methodology messages. */
export const OP_SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

export interface UnitExample {
	unit_id: string;
	short_name: string;
	fiscal_year: number;
	budget_id: string | null;
	doc_id: string | null;
	source_line: number | null;
	initial_budget_wan: number | null;
	adjusted_budget_wan: number | null;
	actual_spend_wan: number | null;
	execution_rate: number | null;
	reported_execution_rate: number | null;
	adjustment_rate: number | null;
	reported_adjustment_rate: number | null;
	indicators_total: number;
	indicators_met: number;
	indicators_not_met: number;
	indicators_no_actual: number;
	indicators_no_target: number;
	indicators_not_comparable: number;
	attainment_rate: number | null;
}

export interface RowFlag {
	flag_id: string;
	severity: string;
	code: string;
	message: string;
	doc_id: string;
	source_line: number | null;
}

export interface IndicatorExample {
	indicator_id: string;
	name: string;
	target_text: string | null;
	target_op: string | null;
	target_value: number | null;
	target_unit: string | null;
	actual_text: string | null;
	actual_value: number | null;
	actual_unit: string | null;
	direction: string | null;
	attainment: number | null;
	status: string;
	doc_id: string;
	source_line: number;
	actual_source_line: number | null;
	flag_codes: string[] | null;
}

export interface YearSumRow {
	unit_id: string;
	short_name: string;
	fiscal_year: number;
	doc_id: string;
	source_line: number;
	adjusted_budget_wan: number;
	actual_spend_wan: number;
	execution_rate: number;
	total_adjusted_budget_wan: number;
	total_actual_spend_wan: number;
	summed_execution_rate: number;
	mean_of_rates: number;
}

export interface OutlierRow {
	kind: string;
	unit_id: string;
	short_name: string;
	fiscal_year: number;
	indicator_name: string | null;
	value: number | null;
	threshold: number | null;
	reason: string;
	/** The same sentence in English (shown on /en/ through localized(row, 'reason')); absent in older datasets. */
	reason_en?: string | null;
	doc_id: string | null;
	source_line: number | null;
}

export interface BudgetLineExample {
	doc_id: string;
	short_name: string;
	category: string;
	label: string;
	amount_wan: number;
	source_line: number;
}

async function unitExample(db: QueryRunner, e: { unit_id: string; fiscal_year: number }): Promise<UnitExample | null> {
	const [row] = await db.query<UnitExample>(QUERIES.methodologyUnitExample, { unit_id: e.unit_id, fiscal_year: e.fiscal_year });
	return row ?? null;
}

async function indicator(db: QueryRunner, doc_id: string, name: string): Promise<IndicatorExample | null> {
	const [row] = await db.query<IndicatorExample>(QUERIES.methodologyIndicator, { doc_id, name });
	return row ?? null;
}

const present = <T>(x: T | null): x is T => x !== null;

/** Every example; one that the dataset no longer holds is null (or left out of a list), and the page says less. */
export async function loadMethodology(db: QueryRunner) {
	const execution = await unitExample(db, EXAMPLES.execution);
	const mismatch = await unitExample(db, EXAMPLES.mismatch);
	const mismatchFlags = mismatch?.budget_id
		? await db.query<RowFlag>(QUERIES.methodologyRowFlags, { row_id: mismatch.budget_id, code: 'rate_mismatch' })
		: [];
	const agreement = await unitExample(db, EXAMPLES.agreement);
	const attainmentUnit = await unitExample(db, EXAMPLES.attainment);
	const attainment: IndicatorExample[] = [];
	for (const name of EXAMPLES.attainment.names) attainment.push(...[await indicator(db, EXAMPLES.attainment.doc_id, name)].filter(present));
	const readings: IndicatorExample[] = [];
	for (const r of EXAMPLES.readings) readings.push(...[await indicator(db, r.doc_id, r.name)].filter(present));
	const [money] = await db.query<BudgetLineExample>(QUERIES.methodologyBudgetLine, { doc_id: EXAMPLES.money.doc_id, label: EXAMPLES.money.label });
	return {
		execution,
		mismatch: mismatch && { ...mismatch, printedDecimals: EXAMPLES.mismatch.printedDecimals, flags: mismatchFlags },
		agreement: agreement && { ...agreement, printedDecimals: EXAMPLES.agreement.printedDecimals },
		summed: await db.query<YearSumRow>(QUERIES.methodologyYearSum, { fiscal_year: EXAMPLES.summedYear }),
		attainmentUnit,
		attainment,
		readings,
		money: money ?? null,
		outliers: await db.query<OutlierRow>(QUERIES.methodologyOutliers)
	};
}
export type MethodologyData = Awaited<ReturnType<typeof loadMethodology>>;
