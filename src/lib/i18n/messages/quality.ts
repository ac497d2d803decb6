// Messages of quality: the /quality page (every data quality flag, grouped by
// document and code). The flag codes' explanations are in `flags`.
import type { Translation } from './shape.ts';

export const zh = {
	/** Headings and sentences without placeholders (also exported as QUALITY_T, src/lib/i18n/publication.ts). */
	page: {
		title: '数据质量标记',
		lead: '公开数据本身的问题，也是公开透明的一部分。读取文件和核对数字时发现的每一个问题都列在这里：按文件、再按标记类型分组，每类标记附有通俗说明，每条标记注明原文行号。',
		summary: '概况',
		bySeverity: '按严重程度',
		byCode: '按标记类型',
		byDocument: '按文件列出',
		allCodes: '全部标记代码说明',
		allCodesLead: '数据处理程序可能产生的全部标记代码（包括当前数据中没有出现的），供使用下载数据的读者查阅。',
		severity: '严重程度',
		meaning: '含义',
		count: '条数',
		documents: '涉及文件',
		code: '代码',
		flag: '标记',
		none: '当前数据没有任何质量标记。',
		unpublished: '未发布的文件',
		wholeDocument: '整个文件',
		unitPage: '单位页面'
	},
	description: '共 {total} 条数据质量标记（{bySeverity}），按文件和标记类型列出，附通俗说明和原文行号。',
	/** One severity in the description: `警告 3 条`. */
	severityCount: '{label} {count} 条',
	listSeparator: '、',
	/** 共 <strong>12</strong> 条标记，涉及 … */
	totalBefore: '共',
	totalAfter: '{n, plural, other {条标记}}，涉及 {flagged} 个文件（已发布文件共 {documents} 个）。',
	docYear: '{year} 年',
	yearAssumed: '（推定）',
	unpublishedFile: '未发布的文件：{file}',
	docTitle: '《{title}》',
	docId: '文件编号',
	flagCount: '{n, plural, other {# 条标记}}',
	codeFlagCount: '{n, plural, other {# 条}}',
	wholeDocument: '（整个文件）',
	fileRef: '〔{file}〕',
	fileLineRef: '〔{file} 第 {line} 行〕'
} as const;

export const en: Translation<typeof zh> = {
	page: {
		title: 'Data quality flags',
		lead: 'Problems in the published data are part of publishing it openly. Every problem found while reading the documents and checking their figures is listed here: by document, then by type of flag, each type with a plain-language explanation and each flag with its line in the source document.',
		summary: 'Summary',
		bySeverity: 'By severity',
		byCode: 'By type of flag',
		byDocument: 'By document',
		allCodes: 'All flag codes explained',
		allCodesLead: 'Every flag code the data pipeline can raise (including those that do not occur in the current data), for readers of the downloaded data.',
		severity: 'Severity',
		meaning: 'Meaning',
		count: 'Flags',
		documents: 'Documents',
		code: 'Code',
		flag: 'Flag',
		none: 'The current data have no quality flags.',
		unpublished: 'Unpublished file',
		wholeDocument: 'whole document',
		unitPage: 'unit page'
	},
	description: 'Data quality flags: {total} ({bySeverity}), listed by document and by type of flag, with plain-language explanations and source line numbers.',
	severityCount: '{label}: {count}',
	listSeparator: ', ',
	totalBefore: 'In all,',
	totalAfter: '{n, plural, one {flag in} other {flags in}} {flagged} documents ({documents} documents published).',
	docYear: '{year}',
	yearAssumed: ' (assumed)',
	unpublishedFile: 'Unpublished file: {file}',
	docTitle: '“{title}”',
	docId: 'Document ID',
	flagCount: '{n, plural, one {# flag} other {# flags}}',
	codeFlagCount: '{n, plural, one {# flag} other {# flags}}',
	wholeDocument: '(whole document)',
	fileRef: '[{file}]',
	fileLineRef: '[{file}, line {line}]'
};
