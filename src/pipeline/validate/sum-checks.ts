// Totals printed in a document against the sum of the items they total.
// Compared in integer units of 0.0001 万元 so that float noise never flags.
import type { BudgetLineFact, FlagFact, ParsedDocument } from '../types.ts';

const units = (x: number) => Math.round(x * 10000);
const fmt = (u: number) => (u / 10000).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });

function mismatch(line: number, what: string, printed: number, sum: number, parts: number): FlagFact {
	return {
		source_line: line,
		severity: 'warning',
		code: 'sum_mismatch',
		table_name: 'budget_lines',
		message: `${what}: printed total ${fmt(printed)} ≠ sum of ${parts} items ${fmt(sum)} (difference ${fmt(printed - sum)} 万元)`
	};
}

/** Group totals of project tables vs their projects; the document total vs its groups. */
export function checkProjectTotals(doc: ParsedDocument): FlagFact[] {
	const flags: FlagFact[] = [];
	const totals = doc.budget_lines.filter((b) => b.category === 'total');
	const groups = totals.filter((b) => b.spending_unit_name);
	for (const g of groups) {
		const items = doc.tasks.filter((t) => t.kind === 'project' && t.spending_unit_name === g.spending_unit_name);
		const sum = items.reduce((s, t) => s + units(t.amount_wan ?? 0), 0);
		if (items.length && sum !== units(g.amount_wan)) {
			flags.push(mismatch(g.source_line, `group ${g.spending_unit_name}`, units(g.amount_wan), sum, items.length));
		}
	}
	for (const t of totals.filter((b) => !b.spending_unit_name)) {
		const parts = groups.length ? groups.map((g) => g.amount_wan) : doc.tasks.map((x) => x.amount_wan ?? 0);
		const sum = parts.reduce((s, a) => s + units(a), 0);
		if (parts.length && sum !== units(t.amount_wan)) flags.push(mismatch(t.source_line, `document total ${t.label}`, units(t.amount_wan), sum, parts.length));
	}
	return flags;
}

const byCat = (lines: BudgetLineFact[], cat: string) => lines.find((b) => b.category === cat);

/** Planned composition: 基本支出 + 项目支出 = 财政拨款 + 其他资金 = 区本级 + 对下转移支付. */
export function checkCompositionTotals(doc: ParsedDocument): FlagFact[] {
	const l = doc.budget_lines;
	const pairs: [string, BudgetLineFact | undefined, BudgetLineFact | undefined][] = [
		['spending by kind (基本支出 + 项目支出)', byCat(l, 'basic_spending'), byCat(l, 'project_spending')],
		['income by source (财政拨款 + 其他资金)', byCat(l, 'fiscal_appropriation'), byCat(l, 'other_funds')],
		['funds by level (区本级 + 对下转移支付)', byCat(l, 'district_level'), byCat(l, 'transfer')]
	];
	const present = pairs.filter(([, a, b]) => a && b).map(([what, a, b]) => ({ what, line: a!.source_line, sum: units(a!.amount_wan) + units(b!.amount_wan) }));
	const flags: FlagFact[] = [];
	for (const p of present.slice(1)) {
		if (p.sum !== present[0].sum) {
			flags.push({
				source_line: p.line,
				severity: 'warning',
				code: 'sum_mismatch',
				table_name: 'budget_lines',
				message: `${p.what} = ${fmt(p.sum)} but ${present[0].what} = ${fmt(present[0].sum)} 万元`
			});
		}
	}
	return flags;
}

/**
 * Self-evaluations that print the composition under the budget block: the
 * spending split (基本支出 + 项目支出) must add up to what was spent (全年执行数).
 */
export function checkSpendingAgainstExecution(doc: ParsedDocument): FlagFact[] {
	const basic = byCat(doc.budget_lines, 'basic_spending');
	const project = byCat(doc.budget_lines, 'project_spending');
	const total = doc.budgets.find((b) => b.scope === 'total' && b.actual_spend_wan !== null);
	if (!basic || !project || !total) return [];
	const sum = units(basic.amount_wan) + units(project.amount_wan);
	const spent = units(total.actual_spend_wan!);
	if (sum === spent) return [];
	return [{
		source_line: basic.source_line,
		severity: 'warning',
		code: 'sum_mismatch',
		table_name: 'budget_lines',
		message: `spending by kind (${basic.label} ${fmt(units(basic.amount_wan))} + ${project.label} ${fmt(units(project.amount_wan))} = ${fmt(sum)}) ≠ actual spending ${fmt(spent)} of the budget block on line ${total.source_line} (difference ${fmt(spent - sum)} 万元)`
	}];
}
