// Messages of sources: the source documents index (/sources/), one document's
// full text (/sources/<doc>/) and the source reference of every figure
// (SourceRef.svelte).
import type { Translation } from './shape.ts';

export const zh = {
	title: '原始文件',
	description: '本站数据所依据的全部预算绩效文件原文，逐行标注每行被读取为数据、叙述还是未能解析。',
	lead: {
		intro: '本站的每个数字都来自下列公开文件。点击文件可逐行查看原文：',
		fact: '行产生了数据集中的记录，',
		prose: '行是说明文字，',
		unparsed: '行既不是叙述也未能读取（会在数据质量页列出）。'
	},
	/** What the pipeline made of a line. */
	lineClass: {
		fact: '数据',
		prose: '叙述',
		unparsed: '未解析'
	},
	col: {
		kind: '类型',
		linesTotal: '非空行',
		linesFact: '数据行',
		linesProse: '叙述行',
		linesUnparsed: '未解析',
		coverage: '已解读',
		flags: '质量标记'
	},
	yearAssumed: '（推定）',
	/** Where a figure came from (SourceRef). */
	ref: '〔来源：{doc}〕',
	refLine: '〔来源：{doc} 第 {line} 行〕',
	doc: {
		title: '{title} · 原始文件',
		description: '{unit}{year}年{kind}原文，共 {lines} 个非空行，逐行标注数据来源。',
		breadcrumb: '位置',
		district: '（{district}）',
		yearAssumed: '（文件未写明，按登记信息推定）',
		sourceFile: '原文件',
		openPdf: '下载原始 PDF',
		page: '第 {page} 页',
		parsing: '解读情况',
		parsingSummary: '非空行 {total}：数据 {fact}，叙述 {prose}，未解析 {unparsed}；质量标记 {flags} 条',
		factLineTitle: '此行的数据见{unit}单位页',
		unparsedReason: '未解析：{reason}',
		flag: '{severity}·{code}：{message}'
	}
} as const;

export const en: Translation<typeof zh> = {
	title: 'Source documents',
	description:
		'The full text of every budget performance document this site’s data come from, each line marked as read into data, prose, or not parsed.',
	lead: {
		intro: 'Every figure on this site comes from the public documents below. Open a document to read it line by line: ',
		fact: ' lines produced records in the dataset,',
		prose: ' lines are explanatory text, ',
		unparsed: ' lines are neither prose nor readable data (they are listed on the data quality page).'
	},
	lineClass: {
		fact: 'data',
		prose: 'prose',
		unparsed: 'unparsed'
	},
	col: {
		kind: 'Kind',
		linesTotal: 'Non-blank lines',
		linesFact: 'Data lines',
		linesProse: 'Prose lines',
		linesUnparsed: 'Unparsed',
		coverage: 'Interpreted',
		flags: 'Quality flags'
	},
	yearAssumed: ' (assumed)',
	ref: '[source: {doc}]',
	refLine: '[source: {doc}, line {line}]',
	doc: {
		title: '{title} · Source documents',
		description: 'Full text of the {year} {kind} of {unit}: {lines} non-blank lines, each marked with what it contributed to the data.',
		breadcrumb: 'Breadcrumb',
		district: ' ({district})',
		yearAssumed: ' (not stated in the document; assumed from the registry)',
		sourceFile: 'Original file',
		openPdf: 'Download the original PDF',
		page: 'Page {page}',
		parsing: 'Interpretation',
		parsingSummary: '{total} non-blank lines: {fact} data, {prose} prose, {unparsed} unparsed; quality flags: {flags}',
		factLineTitle: 'The data of this line are on the unit page of {unit}',
		unparsedReason: 'Unparsed: {reason}',
		flag: '{severity} · {code}: {message}'
	}
};
