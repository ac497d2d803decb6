import type { BudgetLineCategory, BudgetScope } from '../types.ts';
import { toHalfWidth } from '../values/normalize-text.ts';

// The label vocabulary of budget execution blocks across templates and
// provinces. Every parser reads budget figures through this one dictionary.

export type BudgetField =
	| 'initial' // 年初预算数
	| 'adjusted' // 全年预算数 / 调整预算数
	| 'actual' // 实际支出数 / 执行数
	| 'rate' // 预算完成率 / 执行率
	| 'adjustment_rate' // 预算调整率
	| 'adjustment_amount' // 年度调整额
	| 'weight' // 分值
	| 'score'; // 得分

/** Strips spaces, full-width forms, trailing colons and (A)/(B)/(B/A)/(万元)-style suffixes. */
export function labelKey(raw: string): string {
	return toHalfWidth(raw)
		.replace(/[\s\u3000]/g, '')
		.replace(/\((?:[A-Z](?:\/[A-Z])?|万元|元|%|\d+分|20分\*执行率)\)/g, '')
		.replace(/[:：]$/, '');
}

const FIELD_LABELS: [BudgetField, RegExp][] = [
	['adjustment_rate', /^(?:预算)?调整率$/],
	['adjustment_amount', /^(?:年度(?:预算)?调整(?:额|数)|预算调整(?:额|数))$/],
	['initial', /^(?:整体支出|部门)?年初预算(?:数|收入|金额)?$/],
	// Narrative reports: 全年调整预算 / 全年(调整)预算 / 调整后预算 … 万元.
	['adjusted', /^(?:整体支出年度预算数|部门调整预算收入|全年预算(?:数|金额)?|(?:全年\(?)?调整\)?(?:后)?预算(?:数|金额)?|年度预算数|预算数)$/],
	['actual', /^(?:实际支出(?:数)?|全年执行(?:数)?|执行数|实际执行数|全年(?:实际)?支出(?:数)?|决算数)$/],
	['rate', /^(?:预算完成率|预算执行率|执行率|完成率|资金执行率|完成预算的?)$/],
	['weight', /^分值$/],
	['score', /^(?:自评)?得分$/]
];

export function budgetField(raw: string): BudgetField | null {
	const key = labelKey(raw);
	for (const [field, re] of FIELD_LABELS) if (re.test(key)) return field;
	return null;
}

const SCOPE_LABELS: [BudgetScope, RegExp][] = [
	['total', /^(?:年度资金总额|部门整体支出总额|整体支出总额|资金总额|合计|总计)$/],
	['fiscal_appropriation', /^(?:其中:)?(?:本年|当年)?财政拨款(?:资金)?$/],
	['other_funds', /^(?:其中:)?其他资金$/],
	['general_public_budget', /^(?:其中:)?一般公共预算(?:支出|拨款)?$/],
	['government_fund', /^(?:其中:)?政府性基金(?:预算)?(?:支出|拨款)?$/]
];

/** The scope a row label names (年度资金总额 → total, 其中:本年财政拨款 → fiscal_appropriation). */
export function budgetScope(raw: string): BudgetScope | null {
	const key = labelKey(raw).replace(/^其中[:：]?/, '');
	for (const [scope, re] of SCOPE_LABELS) if (re.test(key)) return scope;
	return null;
}

// Budget composition labels → categories (order matters: most specific first).
const CATEGORY_LABELS: [BudgetLineCategory, RegExp][] = [
	['basic_spending', /^(?:其中[:：]?)?基本支出/],
	['project_spending', /^(?:其中[:：]?)?项目支出/],
	['fiscal_special_account', /财政专户/],
	['special_funds', /财政专项资金|^专项资金/],
	['other_development', /其他事业发展性支出/],
	['fiscal_appropriation', /^(?:其中[:：]?)?(?:本年)?财政拨款/],
	['other_funds', /^(?:其中[:：]?)?其他(?:资金|收入)/],
	['district_level', /本级使用/],
	['transfer', /转移支付/],
	['total', /^(?:合计|总计|预算总额|部门预算总额|收入合计|支出合计|资金总额)$/]
];

export function budgetCategory(label: string): BudgetLineCategory {
	const k = labelKey(label).replace(/^其中[:：]?\s*/, '其中:');
	for (const [cat, re] of CATEGORY_LABELS) if (re.test(k)) return cat;
	return 'other';
}

