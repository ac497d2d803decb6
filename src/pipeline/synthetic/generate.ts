// Synthetic dataset for benchmarks only: the schema of the published dataset
// with plausible distributions, generated from a seeded PRNG so the same
// options always give the same rows. Units are named 合成街道00001 / 合成镇00002
// (ids syn-00001 …) so nobody mistakes them for real street offices.
//
// Determinism and stability: every unit draws from its own PRNG stream and
// every unit-year from another, keyed by (seed, unit, year), so the data of
// unit k does not depend on how many units are generated (a smaller run is a
// prefix of a larger one), and ids never depend on generation order.
//
// Speed: plain loops, table-driven choices, no regular expressions; row
// objects are built with one literal each so V8 keeps one shape per table.

import type {
	BudgetLineRow,
	BudgetRow,
	Dataset,
	Direction,
	DistrictRow,
	DocumentKind,
	DocumentRow,
	IndicatorRow,
	IndicatorStatus,
	QualityFlagRow,
	ScoreRow,
	Severity,
	TargetOp,
	TaskRow,
	UnitRow
} from '../types.ts';
import { loadFamiliesSync, type IndicatorFamily } from '../registry/load-families.ts';
import { familyOf, familyRows } from '../values/indicator-family.ts';

export interface SyntheticOptions {
	units: number;
	years: number;
	seed?: number;
	firstYear?: number;
	/** Mean indicators per unit and year (exact in total: units × years × this). */
	indicatorsPerUnitYear?: number;
}

export const SYNTHETIC_DEFAULTS = { seed: 1, firstYear: 2015, indicatorsPerUnitYear: 50 } as const;

/** Indicator rows `generateSynthetic` produces: exactly units × years × indicatorsPerUnitYear. */
export function expectedIndicatorRows(opts: SyntheticOptions): number {
	return opts.units * opts.years * (opts.indicatorsPerUnitYear ?? SYNTHETIC_DEFAULTS.indicatorsPerUnitYear);
}

// ---------------------------------------------------------------------------
// PRNG

/** mulberry32: 32-bit state, uniform in [0, 1). */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Seed of an independent stream for (seed, a, b): murmur3-style mixing. */
function streamSeed(seed: number, a: number, b: number): number {
	let h = (seed ^ 0x9e3779b9) >>> 0;
	for (const k of [a, b]) {
		let x = Math.imul(k >>> 0, 0xcc9e2d51);
		x = (x << 15) | (x >>> 17);
		x = Math.imul(x, 0x1b873593);
		h ^= x;
		h = (h << 13) | (h >>> 19);
		h = (Math.imul(h, 5) + 0xe6546b64) | 0;
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

type Rng = () => number;

/** Standard normal (Box–Muller, one value per call). */
function normal(rng: Rng): number {
	const u = 1 - rng();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
const round4 = (x: number) => Math.round(x * 10000) / 10000;
const cents = (c: number) => c / 100;

/** `12345` → `12,345` (some documents print thousands separators). */
function withCommas(n: number): string {
	const s = String(n);
	let out = '';
	for (let i = 0; i < s.length; i++) {
		if (i > 0 && (s.length - i) % 3 === 0) out += ',';
		out += s[i];
	}
	return out;
}

/** A table of 1024 slots for weighted choice in O(1). */
function slotTable(weights: number[]): Uint16Array {
	const total = weights.reduce((a, b) => a + b, 0);
	const slots = new Uint16Array(1024);
	let acc = 0;
	let j = 0;
	let last = 0;
	for (let i = 0; i < weights.length; i++) {
		if (weights[i] <= 0) continue;
		acc += weights[i];
		last = i;
		const end = Math.round((acc / total) * 1024);
		for (; j < end; j++) slots[j] = i;
	}
	for (; j < 1024; j++) slots[j] = last;
	return slots;
}
const pickSlot = (rng: Rng, slots: Uint16Array) => slots[Math.floor(rng() * 1024)];

// ---------------------------------------------------------------------------
// Districts and units

interface DistrictDef extends DistrictRow {
	/** Roughly the real number of 街道 and 镇 per district: weights for spreading units. */
	streets: number;
	towns: number;
}

const DISTRICTS: DistrictDef[] = [
	{ district_code: '440103', name: '荔湾区', name_en: 'Liwan', city: '广州市', streets: 22, towns: 0 },
	{ district_code: '440104', name: '越秀区', name_en: 'Yuexiu', city: '广州市', streets: 18, towns: 0 },
	{ district_code: '440105', name: '海珠区', name_en: 'Haizhu', city: '广州市', streets: 18, towns: 0 },
	{ district_code: '440106', name: '天河区', name_en: 'Tianhe', city: '广州市', streets: 21, towns: 0 },
	{ district_code: '440111', name: '白云区', name_en: 'Baiyun', city: '广州市', streets: 20, towns: 4 },
	{ district_code: '440112', name: '黄埔区', name_en: 'Huangpu', city: '广州市', streets: 16, towns: 1 },
	{ district_code: '440113', name: '番禺区', name_en: 'Panyu', city: '广州市', streets: 16, towns: 6 },
	{ district_code: '440114', name: '花都区', name_en: 'Huadu', city: '广州市', streets: 4, towns: 6 },
	{ district_code: '440115', name: '南沙区', name_en: 'Nansha', city: '广州市', streets: 6, towns: 3 },
	{ district_code: '440117', name: '从化区', name_en: 'Conghua', city: '广州市', streets: 3, towns: 5 },
	{ district_code: '440118', name: '增城区', name_en: 'Zengcheng', city: '广州市', streets: 7, towns: 6 }
];
const STREET_SLOTS = slotTable(DISTRICTS.map((d) => d.streets));
const TOWN_SLOTS = slotTable(DISTRICTS.map((d) => d.towns));

const SUBUNIT_SUFFIXES = ['综合事务中心', '党群服务中心', '政务服务中心', '综合保障中心', '退役军人服务站', '市民服务中心'];
const SUBUNIT_SUFFIXES_EN = [
	'General Affairs Centre',
	'Party and Public Service Centre',
	'Government Service Centre',
	'Support Centre',
	'Veterans Service Station',
	'Citizen Service Centre'
];

/** Shares of unit kinds: ~5 % 下属单位, ~20 % 镇, the rest 街道. */
const P_SUBUNIT = 0.05;
const P_TOWN = 0.2;

// ---------------------------------------------------------------------------
// Indicator templates (domain.md §2–§4)

const L2_DEFS: Record<number, { l1: string; l2: string }> = {
	11: { l1: '产出指标', l2: '数量指标' },
	12: { l1: '产出指标', l2: '质量指标' },
	13: { l1: '产出指标', l2: '时效指标' },
	14: { l1: '产出指标', l2: '成本指标' },
	21: { l1: '效益指标', l2: '经济效益指标' },
	22: { l1: '效益指标', l2: '社会效益指标' },
	23: { l1: '效益指标', l2: '生态效益指标' },
	24: { l1: '效益指标', l2: '可持续影响指标' },
	31: { l1: '满意度指标', l2: '服务对象满意度指标' }
};
/** From this year on, cost indicators use the newer template: 一级 成本指标 / 二级 经济成本指标. */
const COST_LEVEL1_FROM = 2022;

type ValueKind =
	| 'pct_floor' // ≥95%, 100%: higher_better percentage
	| 'rate' // 警情同比下降率 5%: a small higher_better rate, often exceeded
	| 'pct_ceil' // 差错率≤1%: lower_better percentage
	| 'count_floor' // ≥12次, 5万人次
	| 'count_ceil' // ≤3次, 低于3次
	| 'time_ceil' // ≤5个工作日, 24小时以内
	| 'money_ceil' // ≤20万元
	| 'money_budget' // ≤1234.56万元, scaled to the unit's budget
	| 'exact' // =1份
	| 'qual'; // 有效提升

interface Template {
	name: string;
	code: number;
	vk: ValueKind;
	unit: string | null;
	targets: readonly number[];
	words?: readonly string[];
	w: number;
	/** The name alone makes a bare target lower_better (事故, 投诉, 差错 …, domain §4). */
	lowerName?: boolean;
	years?: readonly [number, number];
}

const TEMPLATES: Template[] = [
	// 产出指标 / 数量指标
	{ name: '开展社区活动次数', code: 11, vk: 'count_floor', unit: '次', targets: [12, 24, 36, 48, 60], w: 3 },
	{ name: '开展安全生产检查次数', code: 11, vk: 'count_floor', unit: '次', targets: [100, 200, 300, 500], w: 3 },
	{ name: '长者饭堂就餐人次', code: 11, vk: 'count_floor', unit: '人次', targets: [20000, 30000, 50000, 100000], w: 2 },
	{ name: '慰问困难群众人数', code: 11, vk: 'count_floor', unit: '人', targets: [150, 300, 500, 800], w: 2 },
	{ name: '出租屋巡查宗数', code: 11, vk: 'count_floor', unit: '宗', targets: [5000, 10000, 20000], w: 2 },
	{ name: '组织消防演练场次', code: 11, vk: 'count_floor', unit: '场', targets: [4, 6, 10, 12], w: 2 },
	{ name: '垃圾分类宣传活动次数', code: 11, vk: 'count_floor', unit: '次', targets: [12, 20, 30], w: 2 },
	{ name: '来穗人员登记人数', code: 11, vk: 'count_floor', unit: '人', targets: [3000, 10000, 30000], w: 1 },
	{ name: '发放宣传资料份数', code: 11, vk: 'count_floor', unit: '份', targets: [2000, 5000, 10000], w: 1 },
	{ name: '开展业务培训人次', code: 11, vk: 'count_floor', unit: '人次', targets: [200, 500, 1000], w: 1 },
	{ name: '整治环境卫生黑点数', code: 11, vk: 'count_floor', unit: '处', targets: [10, 20, 30, 50], w: 1 },
	{ name: '社区网格巡查覆盖率', code: 11, vk: 'pct_floor', unit: '%', targets: [95, 100], w: 2 },
	{ name: '新冠疫苗接种人数', code: 11, vk: 'count_floor', unit: '人', targets: [10000, 50000, 100000, 180000], w: 2, years: [2021, 2022] },
	{ name: '制定年度工作方案数', code: 11, vk: 'exact', unit: '份', targets: [1], w: 1 },
	{ name: '重点项目完成率', code: 11, vk: 'pct_floor', unit: '%', targets: [90, 95, 100], w: 2 },
	// 产出指标 / 质量指标
	{ name: '工程验收合格率', code: 12, vk: 'pct_floor', unit: '%', targets: [95, 98, 100], w: 3 },
	{ name: '补贴发放准确率', code: 12, vk: 'pct_floor', unit: '%', targets: [98, 100], w: 2 },
	{ name: '资金支付差错率', code: 12, vk: 'pct_ceil', unit: '%', targets: [0, 1, 2], w: 2, lowerName: true },
	{ name: '垃圾分类准确率', code: 12, vk: 'pct_floor', unit: '%', targets: [80, 85, 90], w: 2 },
	{ name: '档案资料完整率', code: 12, vk: 'pct_floor', unit: '%', targets: [95, 100], w: 1 },
	{ name: '矛盾纠纷调解成功率', code: 12, vk: 'pct_floor', unit: '%', targets: [90, 95, 98], w: 2 },
	{ name: '食品安全抽检合格率', code: 12, vk: 'pct_floor', unit: '%', targets: [95, 98], w: 1 },
	{ name: '出租屋登记率', code: 12, vk: 'pct_floor', unit: '%', targets: [95, 100], w: 2 },
	// 产出指标 / 时效指标
	{ name: '补贴发放及时率', code: 13, vk: 'pct_floor', unit: '%', targets: [95, 100], w: 3 },
	{ name: '资金拨付及时率', code: 13, vk: 'pct_floor', unit: '%', targets: [95, 100], w: 2 },
	{ name: '项目完成及时率', code: 13, vk: 'pct_floor', unit: '%', targets: [90, 95, 100], w: 2 },
	{ name: '群众诉求办结时限', code: 13, vk: 'time_ceil', unit: '个工作日', targets: [3, 5, 7, 15], w: 2 },
	{ name: '12345热线工单响应时间', code: 13, vk: 'time_ceil', unit: '小时', targets: [2, 24, 48], w: 2 },
	// 产出指标 / 成本指标 (成本指标 / 经济成本指标 in newer templates)
	{ name: '“三公”经费支出', code: 14, vk: 'money_ceil', unit: '万元', targets: [5, 10, 20, 30, 50], w: 2 },
	{ name: '项目成本控制数', code: 14, vk: 'money_budget', unit: '万元', targets: [], w: 2 },
	{ name: '长者饭堂运营成本', code: 14, vk: 'money_budget', unit: '万元', targets: [], w: 1 },
	// 效益指标 / 经济效益指标
	{ name: '辖区税收收入增长率', code: 21, vk: 'rate', unit: '%', targets: [3, 5, 8], w: 1 },
	{ name: '新引进企业数', code: 21, vk: 'count_floor', unit: '家', targets: [5, 10, 20], w: 1 },
	{ name: '带动就业人数', code: 21, vk: 'count_floor', unit: '人', targets: [100, 300, 500], w: 1 },
	// 效益指标 / 社会效益指标
	{ name: '警情同比下降率', code: 22, vk: 'rate', unit: '%', targets: [3, 5, 8, 10], w: 2 },
	{ name: '刑事案件同比下降率', code: 22, vk: 'rate', unit: '%', targets: [3, 5], w: 1 },
	{ name: '安全生产事故发生次数', code: 22, vk: 'count_ceil', unit: '次', targets: [0, 1, 2, 3], w: 2, lowerName: true },
	{ name: '群众投诉次数', code: 22, vk: 'count_ceil', unit: '次', targets: [3, 5, 10], w: 2, lowerName: true },
	{ name: '困难群众救助覆盖率', code: 22, vk: 'pct_floor', unit: '%', targets: [95, 100], w: 2 },
	{ name: '社区居民参与率', code: 22, vk: 'pct_floor', unit: '%', targets: [60, 70, 80], w: 1 },
	{ name: '社会治安状况', code: 22, vk: 'qual', unit: null, targets: [], words: ['有效改善', '持续向好', '明显改善'], w: 1 },
	{ name: '群众安全感', code: 22, vk: 'qual', unit: null, targets: [], words: ['提升', '有效提升'], w: 1 },
	// 效益指标 / 生态效益指标
	{ name: '垃圾分类覆盖率', code: 23, vk: 'pct_floor', unit: '%', targets: [95, 98, 100], w: 3 },
	{ name: '河涌水质达标率', code: 23, vk: 'pct_floor', unit: '%', targets: [80, 90, 100], w: 1 },
	{ name: '绿化养护达标率', code: 23, vk: 'pct_floor', unit: '%', targets: [90, 95], w: 1 },
	{ name: '辖区环境卫生状况', code: 23, vk: 'qual', unit: null, targets: [], words: ['明显改善', '有效改善', '良好'], w: 2 },
	// 效益指标 / 可持续影响指标
	{ name: '长效管理机制', code: 24, vk: 'qual', unit: null, targets: [], words: ['建立健全', '逐步完善', '有效运行'], w: 2 },
	{ name: '社区治理水平', code: 24, vk: 'qual', unit: null, targets: [], words: ['有效提升', '逐步提升', '提升'], w: 2 },
	{ name: '服务群众能力', code: 24, vk: 'qual', unit: null, targets: [], words: ['增强', '有效增强'], w: 1 },
	// 满意度指标 / 服务对象满意度指标
	{ name: '群众满意度', code: 31, vk: 'pct_floor', unit: '%', targets: [85, 90, 95], w: 4 },
	{ name: '服务对象满意度', code: 31, vk: 'pct_floor', unit: '%', targets: [85, 90, 95], w: 3 },
	{ name: '辖区居民满意度', code: 31, vk: 'pct_floor', unit: '%', targets: [85, 90], w: 2 },
	{ name: '长者饭堂就餐满意度', code: 31, vk: 'pct_floor', unit: '%', targets: [90, 95], w: 1 },
	{ name: '企业满意度', code: 31, vk: 'pct_floor', unit: '%', targets: [85, 90], w: 1 }
];

/** Actuals that count as achieved for a qualitative target (domain §4). */
const QUAL_MET = ['达到', '达标', '完成', '良好', '有效提升', '明显改善'];
/** Partly achieved: not_met with attainment 0.7. */
const QUAL_PARTIAL = ['基本达到', '部分完成', '一般'];
/** Too vague to compare with a numeric target. */
const VAGUE = ['已完成', '达到预期', '完成'];
const PLACEHOLDERS = ['—', '/', 'XX'];
/** A different count unit than the target's (人次 → 户): not comparable. */
const OTHER_COUNT_UNIT = '户';

const TASK_NAMES = [
	'基层党建工作',
	'社区治理与服务',
	'城市管理与市容环境整治',
	'垃圾分类工作',
	'安全生产监管',
	'消防安全隐患排查整治',
	'综治维稳与平安建设',
	'社会救助与民生保障',
	'长者饭堂运营',
	'来穗人员服务管理',
	'出租屋管理',
	'文化体育活动',
	'老旧小区微改造',
	'河涌治理与河长制工作',
	'爱国卫生运动',
	'退役军人服务保障',
	'就业创业服务',
	'网格化管理'
];
const COVID_TASK = '疫情防控工作';

// ---------------------------------------------------------------------------
// Generation

interface UnitInfo {
	row: UnitRow;
	/** Median-scale budget of the unit in 万元 (first year). */
	base: number;
	/** Log growth of the budget per year. */
	growth: number[];
	/** Propensity to miss indicator targets. */
	pNotMet: number;
	children: number;
}

/** Scratch for one indicator's values: reused, so no object per row besides the row itself. */
interface IndScratch {
	target_text: string | null;
	target_op: TargetOp | null;
	target_value: number | null;
	target_unit: string | null;
	actual_text: string | null;
	actual_value: number | null;
	actual_unit: string | null;
	direction: Direction | null;
	attainment: number | null;
	status: IndicatorStatus;
	unitAssumed: boolean;
}

type Outcome = 'met' | 'not_met' | 'not_comparable' | 'no_actual' | 'no_target' | 'target_only';

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface PendingFlag {
	source_line: number;
	severity: Severity;
	code: string;
	message: string;
	table_name: string;
	row_id: string | null;
}

function checkOptions(opts: SyntheticOptions): Required<SyntheticOptions> {
	const o = {
		units: opts.units,
		years: opts.years,
		seed: opts.seed ?? SYNTHETIC_DEFAULTS.seed,
		firstYear: opts.firstYear ?? SYNTHETIC_DEFAULTS.firstYear,
		indicatorsPerUnitYear: opts.indicatorsPerUnitYear ?? SYNTHETIC_DEFAULTS.indicatorsPerUnitYear
	};
	const int = (name: string, v: number, min: number) => {
		if (!Number.isSafeInteger(v) || v < min) throw new RangeError(`generateSynthetic: ${name} must be an integer ≥ ${min}, got ${v}`);
	};
	int('units', o.units, 1);
	int('years', o.years, 1);
	int('seed', o.seed, 0);
	int('firstYear', o.firstYear, 1990);
	int('indicatorsPerUnitYear', o.indicatorsPerUnitYear, 0);
	if (o.firstYear + o.years - 1 > 9999) throw new RangeError('generateSynthetic: years beyond 9999');
	return o;
}

/** The repository's curated families, read once: the same rules the pipeline applies to real names. */
let families: IndicatorFamily[] | undefined;

export function generateSynthetic(opts: SyntheticOptions): Dataset {
	const o = checkOptions(opts);
	families ??= loadFamiliesSync();
	const tplFamily = TEMPLATES.map((t) => familyOf(t.name, families!));
	const { seed, years, firstYear } = o;
	const K = o.indicatorsPerUnitYear;
	const width = Math.max(5, String(o.units).length);
	const pad = (n: number) => String(n).padStart(width, '0');
	const lastYear = firstYear + years - 1;

	const ds: Dataset = {
		districts: DISTRICTS.map((d) => ({ district_code: d.district_code, name: d.name, name_en: d.name_en, city: d.city })),
		units: [],
		documents: [],
		budgets: [],
		budget_lines: [],
		tasks: [],
		indicators: [],
		scores: [],
		quality_flags: [],
		indicator_families: familyRows(families),
		source_lines: [] // no documents behind synthetic rows
	};

	// Template choice per year (year-limited templates; newer cost levels).
	const tplSlots = new Map<number, Uint16Array>();
	const tplLevels: { l1: string; l2: string }[][] = [];
	for (let y = firstYear; y <= lastYear; y++) {
		tplSlots.set(y, slotTable(TEMPLATES.map((t) => (t.years && (y < t.years[0] || y > t.years[1]) ? 0 : t.w))));
	}
	for (const t of TEMPLATES) {
		const lv = L2_DEFS[t.code];
		tplLevels.push([lv, t.code === 14 ? { l1: '成本指标', l2: '经济成本指标' } : lv]);
	}

	// --- units -------------------------------------------------------------
	const units: UnitInfo[] = [];
	const parentCandidates: number[] = [];
	for (let i = 0; i < o.units; i++) {
		const rng = mulberry32(streamSeed(seed, i + 1, 0x7fffffff));
		const num = pad(i + 1);
		const unit_id = `syn-${num}`;
		const r = rng();
		let row: UnitRow;
		let scale = 1;
		if (r < P_SUBUNIT && parentCandidates.length > 0) {
			// A sub-unit of one of the last few street offices or towns.
			const near = parentCandidates.slice(-10);
			const p = units[pick(rng, near)];
			const k = p.children++;
			const suffix = SUBUNIT_SUFFIXES[k % SUBUNIT_SUFFIXES.length] + (k >= SUBUNIT_SUFFIXES.length ? String(Math.floor(k / SUBUNIT_SUFFIXES.length) + 1) : '');
			const suffixEn = SUBUNIT_SUFFIXES_EN[k % SUBUNIT_SUFFIXES.length] + (k >= SUBUNIT_SUFFIXES.length ? ` ${Math.floor(k / SUBUNIT_SUFFIXES.length) + 1}` : '');
			const d = DISTRICTS.find((x) => x.district_code === p.row.district_code)!;
			row = {
				unit_id,
				name: `${d.city}${d.name}${p.row.short_name}${suffix}`,
				short_name: `${p.row.short_name}${suffix}`,
				name_en: `${p.row.name_en} ${suffixEn}`,
				district_code: d.district_code,
				kind: '下属单位',
				parent_unit_id: p.row.unit_id
			};
			scale = 0.2;
		} else if (r < P_SUBUNIT + P_TOWN) {
			const d = DISTRICTS[pickSlot(rng, TOWN_SLOTS)];
			const short = `合成镇${num}`;
			row = { unit_id, name: `${d.city}${d.name}${short}人民政府`, short_name: short, name_en: `Synthetic Town ${num}`, district_code: d.district_code, kind: '镇', parent_unit_id: null };
			scale = 1.3;
		} else {
			const d = DISTRICTS[pickSlot(rng, STREET_SLOTS)];
			const short = `合成街道${num}`;
			row = { unit_id, name: `${d.city}${d.name}人民政府${short}办事处`, short_name: short, name_en: `Synthetic Subdistrict ${num}`, district_code: d.district_code, kind: '街道', parent_unit_id: null };
		}
		if (row.kind !== '下属单位') parentCandidates.push(i);
		// Adjusted budget: log-normal around 8,000 万元; kept inside 500–90,000 by redrawing.
		let base: number;
		do base = 7200 * scale * Math.exp(0.8 * normal(rng));
		while (base < 500 || base > 90000);
		const growth: number[] = [];
		for (let y = 0; y < years; y++) growth.push(y === 0 ? 0 : 0.02 + 0.08 * normal(rng));
		const pNotMet = Math.min(0.45, 0.09 * Math.exp(0.5 * normal(rng)));
		units.push({ row, base, growth, pNotMet, children: 0 });
		ds.units.push(row);
	}

	// --- per unit and year ----------------------------------------------------
	const S: IndScratch = {
		target_text: null, target_op: null, target_value: null, target_unit: null,
		actual_text: null, actual_value: null, actual_unit: null,
		direction: null, attainment: null, status: 'met', unitAssumed: false
	};
	const maxDelta = Math.floor(K * 0.3);
	const taskIdx = TASK_NAMES.map((_, i) => i);

	for (let ui = 0; ui < units.length; ui++) {
		const u = units[ui];
		const unit_id = u.row.unit_id;
		let logBudget = Math.log(u.base);
		for (let yi = 0; yi < years; yi++) {
			const year = firstYear + yi;
			const rng = mulberry32(streamSeed(seed, ui + 1, yi + 1));
			logBudget += u.growth[yi];
			let budget = Math.exp(logBudget);
			if (budget < 500) budget = 500 + 200 * rng();
			if (budget > 90000) budget = 90000 - 2000 * rng();

			// Indicators this unit-year: K ± d, with d paired across years 2k/2k+1 so the total is exact.
			let nInd = K;
			if (maxDelta > 0 && (yi ^ 1) < years) {
				const pr = mulberry32(streamSeed(seed, ui + 1, 0x10000 + (yi >> 1)));
				const d = Math.floor(pr() * (maxDelta + 1));
				nInd += yi % 2 === 0 ? d : -d;
			}

			// Which documents: a self-evaluation form mostly; target declarations alone
			// (more often in the latest year, whose evaluation is not yet published);
			// a few self-evaluation reports.
			const targetOnly = rng() < (year === lastYear ? 0.08 : 0.02);
			const primary: DocumentKind = targetOnly ? 'target_declaration' : rng() < 0.06 ? 'self_evaluation_report' : 'self_evaluation_form';
			const extraTarget = !targetOnly && rng() < 0.06;
			const extraReport = primary === 'self_evaluation_form' && rng() < 0.07;
			let nTarget = 0;
			let nReport = 0;
			if (extraTarget) nTarget = Math.round(nInd * (0.15 + 0.15 * rng()));
			if (extraReport) nReport = Math.round(nInd * (0.1 + 0.1 * rng()));
			const nPrimary = nInd - nTarget - nReport;

			// Budget figures of the year (one draw, shared by the documents that print them).
			const adjustedC = Math.round(budget * 100);
			const exec = drawExecutionRate(rng);
			const adj = drawAdjustmentRate(rng);
			const initialC = Math.round(adjustedC / (1 + adj));
			const actualC = Math.round(adjustedC * exec);
			const fiscal = rng() < 0.45;
			const fAdjustedC = Math.round(adjustedC * (0.7 + 0.27 * rng()));
			const fExec = Math.min(1, Math.max(0.3, exec + 0.02 * normal(rng)));
			const fInitialC = Math.round(fAdjustedC / (1 + adj + 0.02 * normal(rng)));
			const fActualC = Math.round(fAdjustedC * fExec);
			const execPrinted = rng() < 0.95;
			const execOff = rng() < 0.025 ? (10 + Math.floor(21 * rng())) / 10000 : 0;
			const adjPrinted = rng() < 0.7;
			const adjOff = rng() < 0.01 ? (10 + Math.floor(21 * rng())) / 10000 : 0;

			// Key tasks (in the primary document): 3–8, summing to part of the budget.
			const nTasks = 3 + Math.floor(rng() * 6);
			const taskBaseC = targetOnly ? initialC : adjustedC;
			const taskTotalC = Math.round(taskBaseC * (0.15 + 0.45 * rng()));

			const docKinds: DocumentKind[] = [];
			// Alphabetical by doc_id suffix (report < selfeval < target) so every table is sorted.
			if (primary === 'self_evaluation_report' || extraReport) docKinds.push('self_evaluation_report');
			if (primary === 'self_evaluation_form') docKinds.push('self_evaluation_form');
			if (targetOnly || extraTarget) docKinds.push('target_declaration');

			for (const kind of docKinds) {
				const isPrimary = kind === primary;
				const suffix = kind === 'self_evaluation_report' ? 'report' : kind === 'self_evaluation_form' ? 'selfeval' : 'target';
				const doc_id = `${unit_id}-${year}-${suffix}`;
				const source_file = `synthetic/${doc_id}.txt`;
				const evaluated = kind !== 'target_declaration';
				const flags: PendingFlag[] = [];
				let facts = 0;
				let line: number;

				// Budgets: self-evaluations print execution figures.
				if (evaluated) {
					line = kind === 'self_evaluation_form' ? 8 : 6;
					const scopes: [string, number, number, number][] = [['total', initialC, adjustedC, actualC]];
					if (fiscal && kind === 'self_evaluation_form') scopes.push(['fiscal_appropriation', fInitialC, fAdjustedC, fActualC]);
					for (let bi = 0; bi < scopes.length; bi++) {
						const [scope, iC, aC, sC] = scopes[bi];
						const budget_id = `${doc_id}-b${bi + 1}`;
						const execRate = sC / aC;
						const adjRate = (aC - iC) / iC;
						let repExec: number | null = null;
						let repAdj: number | null = null;
						if (execPrinted) {
							repExec = round4(execRate);
							if (execOff > 0) repExec = round4(repExec + (repExec + execOff > 1 ? -execOff : execOff));
						}
						if (adjPrinted) {
							repAdj = round4(adjRate);
							if (adjOff > 0) repAdj = round4(repAdj + adjOff);
						}
						ds.budgets.push({
							budget_id, unit_id, fiscal_year: year, doc_id, scope: scope as BudgetRow['scope'],
							initial_budget_wan: cents(iC), adjusted_budget_wan: cents(aC), actual_spend_wan: cents(sC),
							reported_execution_rate: repExec, reported_adjustment_rate: repAdj, task_id: null, source_line: line
						});
						facts++;
						// The checks of validate/rate-checks.ts, applied to what we generated.
						if (repExec !== null && Math.round(execRate * 10000) !== Math.round(repExec * 10000)) {
							flags.push({ source_line: line, severity: 'warning', code: 'rate_mismatch', table_name: 'budgets', row_id: budget_id,
								message: `${scope}: printed execution rate ${pct(repExec)} ≠ computed ${pct(execRate)} (actual ÷ adjusted budget = ${(execRate * 100).toFixed(4)}%)` });
						}
						if (repAdj !== null && Math.round(adjRate * 10000) !== Math.round(repAdj * 10000)) {
							flags.push({ source_line: line, severity: 'warning', code: 'rate_mismatch', table_name: 'budgets', row_id: budget_id,
								message: `${scope}: printed adjustment rate ${pct(repAdj)} ≠ computed ${pct(adjRate)}` });
						}
						if (Math.abs(adjRate) > 0.3) {
							flags.push({ source_line: line, severity: 'info', code: 'large_adjustment', table_name: 'budgets', row_id: budget_id,
								message: `${scope}: budget adjusted by ${pct(adjRate)} during the year (more than 30 % is commonly required to be explained)` });
						}
						line++;
					}
				}

				// Budget composition: target declarations print the planned budget.
				line = 6;
				if (!evaluated) {
					const totalC = initialC;
					const basicC = Math.round(totalC * (0.45 + 0.35 * rng()));
					const fiscC = Math.round(totalC * (0.85 + 0.15 * rng()));
					const lines: [BudgetLineRow['category'], string, number][] = [
						['total', '部门预算总额', totalC],
						['basic_spending', '基本支出', basicC],
						['project_spending', '项目支出', totalC - basicC],
						['fiscal_appropriation', '财政拨款', fiscC],
						['other_funds', '其他资金', totalC - fiscC]
					];
					for (let li = 0; li < lines.length; li++) {
						ds.budget_lines.push({
							budget_line_id: `${doc_id}-l${li + 1}`, unit_id, fiscal_year: year, doc_id, category: lines[li][0],
							label: lines[li][1], amount_wan: cents(lines[li][2]), spending_unit_id: null, source_line: line++
						});
						facts++;
					}
				}

				// Tasks.
				line = 12;
				const taskIds: string[] = [];
				if (isPrimary) {
					// Partial Fisher–Yates over the task names.
					const names = taskIdx.slice();
					for (let k = 0; k < nTasks; k++) {
						const j = k + Math.floor(rng() * (names.length - k));
						const t = names[k]; names[k] = names[j]; names[j] = t;
					}
					const weights: number[] = [];
					let wsum = 0;
					for (let k = 0; k < nTasks; k++) { const w = 0.3 + rng(); weights.push(w); wsum += w; }
					let left = taskTotalC;
					for (let k = 0; k < nTasks; k++) {
						const aC = k === nTasks - 1 ? left : Math.round((taskTotalC * weights[k]) / wsum);
						left -= aC;
						const name = k === 0 && year >= 2020 && year <= 2022 ? COVID_TASK : TASK_NAMES[names[k]];
						const task_id = `${doc_id}-t${k + 1}`;
						taskIds.push(task_id);
						ds.tasks.push({
							task_id, doc_id, unit_id, fiscal_year: year, kind: 'key_task', name, spending_unit_id: null,
							amount_wan: cents(aC),
							goal_text: `按计划推进${name}，完成年度目标任务`,
							outcome_text: evaluated ? (rng() < 0.85 ? `已按计划完成${name}年度任务` : `${name}基本完成，部分工作顺延至下一年度`) : null,
							source_line: line++
						});
						facts++;
					}
				}

				// Indicators.
				line += 3; // table header
				const n = isPrimary ? nPrimary : kind === 'target_declaration' ? nTarget : nReport;
				const noLevels = kind === 'self_evaluation_report' && rng() < 0.5; // key-indicator lists
				const slots = tplSlots.get(year)!;
				for (let k = 0; k < n; k++) {
					const ti = pickSlot(rng, slots);
					const tpl = TEMPLATES[ti];
					const task_id = taskIds.length > 0 && rng() < 0.2 ? taskIds[Math.floor(rng() * taskIds.length)] : null;
					let outcome: Outcome;
					if (!evaluated) outcome = 'target_only';
					else if (task_id !== null && kind === 'self_evaluation_form' && rng() < 0.05) outcome = 'no_target';
					else {
						const r = rng();
						outcome = r < 0.005 ? 'no_actual' : r < 0.015 ? 'not_comparable' : r < 0.015 + u.pNotMet ? 'not_met' : 'met';
					}
					indicatorValues(rng, tpl, outcome, budget, S);
					const lv = noLevels ? null : tplLevels[ti][year >= COST_LEVEL1_FROM ? 1 : 0];
					const indicator_id = `${doc_id}-i${k + 1}`;
					const source_line = line++;
					const actual_source_line = S.actual_text !== null && rng() < 0.03 ? line++ : null;
					facts += actual_source_line === null ? 1 : 2;
					ds.indicators.push({
						indicator_id, doc_id, unit_id, fiscal_year: year, task_id,
						level1: lv === null ? null : lv.l1, level2: lv === null ? null : lv.l2, name: tpl.name,
						target_text: S.target_text,
						period_target_text: !evaluated && S.target_text !== null && rng() < 0.5 ? S.target_text : null,
						target_op: S.target_op, target_value: S.target_value, target_value_high: null, target_unit: S.target_unit,
						actual_text: S.actual_text, actual_value: S.actual_value, actual_unit: S.actual_unit,
						direction: S.direction, attainment: S.attainment, status: S.status, family: tplFamily[ti],
						source_line, actual_source_line
					});
					const fl = actual_source_line ?? source_line;
					if (S.unitAssumed) {
						flags.push({ source_line: fl, severity: 'info', code: 'unit_assumed', table_name: 'indicators', row_id: indicator_id,
							message: `${tpl.name}: 完成值“${S.actual_text}”按比例理解为 100%（目标为百分比）` });
					}
					if (S.direction === 'higher_better' && S.attainment !== null && S.attainment > 1.2) {
						flags.push({ source_line: fl, severity: 'info', code: 'over_target', table_name: 'indicators', row_id: indicator_id,
							message: `${tpl.name}: 完成值为目标的 ${Math.round(S.attainment * 100)}%，目标可能偏低` });
					}
				}

				// Scores: self-evaluation reports print them.
				if (kind === 'self_evaluation_report') {
					line += 2;
					const comps: [string, number, number][] = []; // component, score in 1/100, max
					if (rng() < 0.6) {
						comps.push(['预算执行率', Math.round(1000 * Math.min(exec, 1)), 10]);
						for (const [c, m] of [['产出指标', 50], ['效益指标', 30], ['满意度指标', 10]] as const) {
							comps.push([c, Math.round(m * 10 * (rng() < 0.4 ? 1 : 0.85 + 0.15 * rng())) * 10, m]);
						}
					} else {
						for (const [c, m] of [['管理效能', 40], ['履行职能', 60]] as const) {
							comps.push([c, Math.round(m * 10 * (0.82 + 0.18 * rng())) * 10, m]);
						}
					}
					let total = 0;
					for (const c of comps) total += c[1];
					comps.push(['total', total, 100]);
					for (let si = 0; si < comps.length; si++) {
						ds.scores.push({
							score_id: `${doc_id}-s${si + 1}`, unit_id, fiscal_year: year, doc_id,
							component: comps[si][0], score: comps[si][1] / 100, max_score: comps[si][2], source_line: line++
						});
						facts++;
					}
				}

				// The document itself.
				const yearAssumed = rng() < 0.003;
				if (yearAssumed) {
					flags.push({ source_line: 1, severity: 'info', code: 'year_assumed', table_name: 'documents', row_id: doc_id,
						message: `正文未写年度，按登记簿推定为 ${year} 年度` });
				}
				const unparsed = rng() < 0.05 ? 1 + Math.floor(rng() * 3) : 0;
				const lines_total = line - 1 + 2 + Math.floor(rng() * 9) + unparsed;
				let sha = '';
				for (let h = 0; h < 8; h++) sha += (Math.floor(rng() * 4294967296) >>> 0).toString(16).padStart(8, '0');
				ds.documents.push({
					doc_id, unit_id, fiscal_year: year,
					year_assumed: yearAssumed,
					year_basis: yearAssumed ? '合成数据：正文未写年度，按登记簿推定' : kind === 'target_declaration' ? `标题写明（${year}年）` : `标题写明（${year}年度）`,
					kind,
					title: `${year}${kind === 'target_declaration' ? '年' : '年度'}${u.row.short_name}${kind === 'target_declaration' ? '部门整体支出绩效目标申报表' : kind === 'self_evaluation_form' ? '部门整体支出绩效自评表' : '部门整体支出绩效自评报告'}`,
					source_file, source_url: null, sha256: sha, encoding: 'utf-8',
					lines_total, lines_fact: facts, lines_prose: lines_total - facts - unparsed, lines_unparsed: unparsed
				});

				// Flags in line order, numbered per document like ingest's numberFlags.
				if (flags.length > 1) {
					flags.sort((a, b) => a.source_line - b.source_line || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
						(a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
				}
				for (let fi = 0; fi < flags.length; fi++) {
					const f = flags[fi];
					ds.quality_flags.push({
						flag_id: `${doc_id}-f${fi + 1}`, doc_id, source_file, source_line: f.source_line, severity: f.severity,
						code: f.code, message: f.message, table_name: f.table_name, row_id: f.row_id
					});
				}
			}
		}
	}
	return ds;
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** Execution rate: mostly 0.85–1.0 (mass near 0.95–1), a tail down to 0.4, rare slight overspend. */
function drawExecutionRate(rng: Rng): number {
	const r = rng();
	const u = rng();
	if (r < 0.79) return 1 - 0.15 * u ** 1.5;
	if (r < 0.94) return 0.7 + 0.15 * u;
	if (r < 0.98) return 0.4 + 0.3 * u;
	return 1 + 0.02 * u;
}

/** Adjustment rate: mostly within ±10 %, some 10–30 %, a tail beyond 30 %. */
function drawAdjustmentRate(rng: Rng): number {
	const r = rng();
	const u = rng();
	if (r < 0.82) return Math.max(-0.1, Math.min(0.1, 0.02 + 0.04 * normal(rng)));
	if (r < 0.96) return (rng() < 0.7 ? 1 : -1) * (0.1 + 0.2 * u);
	return rng() < 0.8 ? 0.3 + 0.6 * u + 0.001 : -(0.3 + 0.15 * u + 0.001);
}

/**
 * Fills `S` with one indicator's target and actual, their parsed values and
 * the status, following domain.md §3–§4.
 */
function indicatorValues(rng: Rng, tpl: Template, outcome: Outcome, budget: number, S: IndScratch): void {
	S.unitAssumed = false;
	S.actual_text = null;
	S.actual_value = null;
	S.actual_unit = null;
	S.attainment = null;

	// --- target -----------------------------------------------------------------
	const unit = tpl.unit;
	let T = 0;
	let op: TargetOp;
	let dir: Direction;
	let text: string;
	const r = rng();
	switch (tpl.vk) {
		case 'pct_floor':
		case 'rate': {
			T = pick(rng, tpl.targets);
			dir = 'higher_better';
			if (tpl.vk === 'rate') {
				// "同比下降率 5%" is a higher_better rate of decrease (domain §4).
				if (r < 0.6) { op = '='; text = `${T}%`; } else { op = '>='; text = `≥${T}%`; }
			} else if (r < 0.55) { op = '>='; text = `≥${T}%`; }
			else if (r < 0.85) { op = '='; text = `${T}%`; }
			else if (r < 0.92) { op = '>='; text = `不低于${T}%`; }
			else if (r < 0.97 && T < 100) { op = '>='; text = `${T}%以上`; }
			else if (T < 100) { op = '>'; text = `>${T}%`; }
			else { op = '>='; text = `≥${T}%`; }
			break;
		}
		case 'pct_ceil': {
			T = pick(rng, tpl.targets);
			dir = 'lower_better';
			if (r < 0.7 || !tpl.lowerName) { op = '<='; text = `≤${T}%`; }
			else if (r < 0.85) { op = '<='; text = `不高于${T}%`; }
			else { op = '='; text = `${T}%`; } // bare: lower_better from the name (差错)
			break;
		}
		case 'count_floor': {
			T = pick(rng, tpl.targets);
			dir = 'higher_better';
			const t = T >= 10000 && T % 10000 === 0 && rng() < 0.5 ? `${T / 10000}万${unit}` : `${T}${unit}`;
			if (r < 0.45) { op = '>='; text = `≥${t}`; }
			else if (r < 0.85) { op = '='; text = t; } // a bare number is a floor
			else { op = '>='; text = `不少于${t}`; }
			break;
		}
		case 'count_ceil': {
			T = pick(rng, tpl.targets);
			dir = 'lower_better';
			if (r < 0.6) { op = '<='; text = `≤${T}${unit}`; }
			else if (r < 0.75) { op = '<='; text = `不超过${T}${unit}`; }
			else if (r < 0.85 && T >= 1) { op = '<'; text = `低于${T}${unit}`; }
			else if (tpl.lowerName) { op = '='; text = `${T}${unit}`; } // bare: lower_better from the name (事故, 投诉)
			else { op = '<='; text = `≤${T}${unit}`; }
			break;
		}
		case 'time_ceil': {
			T = pick(rng, tpl.targets);
			dir = 'lower_better';
			if (r < 0.5) { op = '<='; text = `≤${T}${unit}`; }
			else if (r < 0.8) { op = '<='; text = `${T}${unit}以内`; }
			else { op = '<='; text = `不超过${T}${unit}`; }
			break;
		}
		case 'money_ceil':
		case 'money_budget': {
			T = tpl.vk === 'money_ceil' ? pick(rng, tpl.targets) : round2(budget * (0.01 + 0.1 * rng()));
			dir = 'lower_better';
			const t = tpl.vk === 'money_ceil' ? String(T) : T.toFixed(2);
			if (r < 0.7) { op = '<='; text = `≤${t}万元`; }
			else { op = '<='; text = `不超过${t}万元`; }
			break;
		}
		case 'exact': {
			T = pick(rng, tpl.targets);
			dir = 'exact';
			op = '=';
			text = `=${T}${unit}`;
			break;
		}
		case 'qual':
		default: {
			dir = 'qualitative';
			op = 'qualitative';
			text = pick(rng, tpl.words!);
			break;
		}
	}

	if (outcome === 'no_target') {
		S.target_text = null;
		S.target_op = null;
		S.target_value = null;
		S.target_unit = null;
		S.direction = null;
	} else {
		S.target_text = text;
		S.target_op = op;
		S.target_value = dir === 'qualitative' ? null : T;
		S.target_unit = dir === 'qualitative' ? null : unit;
		S.direction = dir;
	}

	// --- actual -------------------------------------------------------------------
	if (outcome === 'target_only') { S.status = 'no_actual'; return; }
	if (outcome === 'no_actual') { S.actual_text = pick(rng, PLACEHOLDERS); S.status = 'no_actual'; return; }
	if (outcome === 'not_comparable' && dir !== 'qualitative') {
		S.status = 'not_comparable';
		if ((unit === '人次' || unit === '人') && rng() < 0.5) {
			const a = Math.round(T * (0.9 + 0.3 * rng()));
			S.actual_text = `${a}${OTHER_COUNT_UNIT}`;
			S.actual_value = a;
			S.actual_unit = OTHER_COUNT_UNIT;
		} else {
			S.actual_text = pick(rng, VAGUE);
		}
		return;
	}
	const met = outcome !== 'not_met';
	let a = 0;
	let atext: string;
	let att: number;
	switch (tpl.vk) {
		case 'pct_floor': {
			if (met) {
				if (T >= 100 || rng() < 0.35) a = 100;
				else {
					a = rng() < 0.8 ? round1(T + (100 - T) * rng()) : round2(T + (100 - T) * rng());
					if (op === '>' && a <= T) a = round1(T + 0.1);
				}
				if (a === 100 && T === 100 && rng() < 0.02) {
					atext = '1'; // a ratio printed against a percentage target: read as 100 % (domain §3.8)
					S.unitAssumed = true;
				} else atext = `${a}%`;
			} else {
				a = round1(T - (0.5 + 14.5 * rng() ** 2));
				if (a < 0) a = 0;
				atext = `${a}%`;
			}
			att = T === 0 ? 1 : a / T;
			break;
		}
		case 'rate': {
			if (met) {
				a = round1(T * (1 + Math.abs(0.15 * normal(rng))));
				if (op === '>' && a <= T) a = round1(T + 0.1);
			} else {
				a = round1(T * (0.3 + 0.65 * rng()));
				if (a >= T) a = round1(T - 0.1);
			}
			atext = `${a}%`;
			att = a / T;
			break;
		}
		case 'count_floor': {
			if (met) {
				a = rng() < 0.04 ? Math.ceil(T * (1.3 + 1.7 * rng())) : Math.ceil(T * (1 + Math.abs(0.08 * normal(rng))));
			} else {
				a = Math.floor(T * (0.5 + 0.47 * rng()));
				if (a >= T) a = T - 1;
			}
			atext = a >= 10000 && rng() < 0.1 ? `${withCommas(a)}${unit}` : `${a}${unit}`;
			att = a / T;
			break;
		}
		case 'pct_ceil':
		case 'count_ceil':
		case 'time_ceil':
		case 'money_ceil':
		case 'money_budget': {
			const strict = op === '<';
			const hi = strict ? T - 1 : T; // highest value that meets (counts); T ≥ 1 when strict
			if (tpl.vk === 'pct_ceil') {
				a = met ? (rng() < 0.8 ? 0 : round1(T * rng())) : round1(T + 0.5 + 3 * rng());
				atext = `${a}%`;
			} else if (tpl.vk === 'count_ceil') {
				a = met ? (rng() < 0.7 ? 0 : Math.floor(rng() * (hi + 1))) : T + 1 + Math.floor(3 * rng());
				atext = `${a}${unit}`;
			} else if (tpl.vk === 'time_ceil') {
				a = met ? Math.max(1, Math.min(T, Math.round(T * (0.4 + 0.6 * rng())))) : T + 1 + Math.floor(T * 0.5 * rng());
				atext = `${a}${unit}`;
			} else {
				a = met ? round2(T * (0.85 + 0.15 * rng())) : round2(T * (1.01 + 0.1 * rng()));
				if (!met && a <= T) a = round2(T + 0.01);
				atext = `${tpl.vk === 'money_budget' ? a.toFixed(2) : a}万元`;
			}
			if (met) att = 1;
			else att = T === 0 ? 0 : Math.max(0, 1 - (a - T) / T);
			break;
		}
		case 'exact': {
			a = met ? T : T + 1;
			atext = `${a}${unit}`;
			att = met ? 1 : Math.min(a, T) / Math.max(a, T);
			break;
		}
		case 'qual':
		default: {
			if (met) { atext = rng() < 0.3 ? text : pick(rng, QUAL_MET); att = 1; }
			else { atext = pick(rng, QUAL_PARTIAL); att = 0.7; }
			S.actual_text = atext;
			S.status = outcome === 'no_target' ? 'no_target' : met ? 'met' : 'not_met';
			S.attainment = outcome === 'no_target' ? null : att;
			return;
		}
	}
	S.actual_text = atext;
	S.actual_value = a;
	S.actual_unit = unit;
	if (outcome === 'no_target') { S.status = 'no_target'; return; }
	S.status = met ? 'met' : 'not_met';
	S.attainment = att;
}
