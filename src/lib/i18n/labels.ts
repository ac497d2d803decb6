// Labels of the dataset's coded values in the page's language. A value with
// no label (a new code, a category the taxonomy does not know) is shown as
// it is, never dropped.
import { t, tOr } from './i18n.ts';

/** Indicator statuses (values.status), in the order filters list them. */
export const STATUS_CODES = ['met', 'not_met', 'no_actual', 'no_target', 'not_comparable'] as const;
/** Budget scopes (budgets.scope), in the order tables and charts list them. */
export const SCOPE_CODES = ['total', 'fiscal_appropriation', 'other_funds', 'general_public_budget', 'government_fund'] as const;

type Group = 'status' | 'scope' | 'kind' | 'direction' | 'outlier' | 'category';

function label(group: Group, value: string | null | undefined): string {
	if (value === null || value === undefined || value === '') return t('common.ui.missing');
	return tOr(`common.${group}.${value}`, value);
}

/** met → 达成 / "met" */
export const statusLabel = (s: string | null | undefined) => label('status', s);
/** total → 合计 / "total" */
export const scopeLabel = (s: string | null | undefined) => label('scope', s);
/** target_declaration → 绩效目标申报表 / "performance target declaration" */
export const kindLabel = (s: string | null | undefined) => label('kind', s);
/** higher_better → 越高越好 / "higher is better" */
export const directionLabel = (s: string | null | undefined) => label('direction', s);
/** low_execution → 执行率偏低 / "low execution" (outlier and standout kinds) */
export const outlierLabel = (s: string | null | undefined) => label('outlier', s);
/** A 一级/二级 category as printed (产出指标) → itself / "Output"; NULL → 未分类. */
export const categoryLabel = (s: string | null | undefined) => label('category', s ?? '未分类');
