// UI strings of the site's frame (header, navigation, footer), the theme
// switch, printing, loading indicators and chart table alternatives. Kept out
// of the components so an English edition swaps this module.

/** Main navigation, in order. `path` is relative to the site's base path. */
export const NAV_LINKS: ReadonlyArray<{ path: string; label: string }> = [
	{ path: '/', label: '总览' },
	{ path: '/indicators/', label: '指标查询' },
	{ path: '/trends/', label: '年度趋势' },
	{ path: '/sql/', label: 'SQL 查询' },
	{ path: '/sources/', label: '原始文件' },
	{ path: '/data/', label: '数据下载' },
	{ path: '/quality/', label: '数据质量' },
	{ path: '/methodology/', label: '方法说明' }
];

export const UI = {
	skipToContent: '跳到主要内容',
	mainNav: '主导航',
	footerNote: '数据来自各街道公开的预算绩效文件；每个数字均可追溯到原文行号。',
	/** Footer line: dataset version and when the dataset was built (Beijing time). */
	datasetLine: (version: string, date: string) => `数据集版本 ${version} · 生成于 ${date}`,
	syntheticWarning: '合成数据，仅供测试',

	theme: '配色',
	themeSystem: '跟随系统',
	themeLight: '浅色',
	themeDark: '深色',

	print: '打印 / 导出 PDF',
	printHint: '用浏览器的打印功能打印本页，或在打印对话框中选择“另存为 PDF”。',

	viewTable: '查看数据表',
	table: '数据表',
	/** A table box that scrolls sideways, when focused by keyboard. */
	scrollRegion: (name: string) => `${name}（可左右滚动）`,
	tableBelow: '数据表见下方',
	tableAbove: '数据表见上方',
	/** Under a table alternative cut to its first rows (charts/table-rows.ts). */
	tableTruncated: (shown: string, hidden: string) => `仅列出前 ${shown} 行，另有 ${hidden} 行未列出；全部数据请在 SQL 工作台中打开此图的查询。`,

	working: '正在处理…',
	/** Elapsed time of a running task, shown after a second so nothing looks frozen. */
	elapsed: (seconds: number) => `已用 ${seconds} 秒`
} as const;

/** The chart table alternatives' column headers. */
export const CHART_TABLE = {
	unit: '单位',
	district: '区',
	year: '年度',
	budget: '全年预算（万元）',
	actual: '实际支出（万元）',
	executionRate: '执行率',
	outlier: '异常值',
	outlierYes: '是',
	outlierNo: '否',
	category: '一级指标',
	met: '达成',
	notMet: '未达成',
	attainmentRate: '达成率'
} as const;
