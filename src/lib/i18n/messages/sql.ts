// Messages of sql: the SQL workspace (/sql) — the page, the editor, the
// result grid and chart, export, the schema browser, history and saved
// queries, share links, and the read-only statement guard's refusals.
// DuckDB's own error messages are shown as DuckDB writes them (English).
import type { Translation } from './shape.ts';

export const zh = {
	title: 'SQL 查询工作台',
	description: '用 SQL 直接查询预算绩效数据集的各张表和指标视图：在浏览器中运行，可导出 CSV / Parquet，可用链接分享查询。',
	/** Around <code>CREATE TEMP TABLE</code>. */
	introBefore: '用 SQL（DuckDB 语法）查询与图表相同的数据表和指标视图。查询在本浏览器中运行，不会上传任何数据；已发布的数据只读，',
	introAfter: '建立的临时表只存在于本标签页，关闭或刷新后即消失。',
	noscript: 'SQL 工作台需要启用 JavaScript：查询由浏览器中的 DuckDB-WASM 引擎执行。也可以下载数据目录中的 Parquet 文件，用其他工具查询。',
	/** First line of the editor for a first visit (an SQL comment). */
	starterComment: '-- 在此输入 SQL；Ctrl+Enter 运行光标所在语句，Shift+Enter 运行全部。',

	toolbar: {
		run: '运行',
		runAll: '全部运行',
		cancel: '取消',
		runOnOpen: '打开即运行',
		copyLink: '复制链接',
		shareLink: '分享链接'
	},
	hint: 'Ctrl+Enter（Mac：Cmd+Enter）运行光标所在语句或选中的文本；Shift+Enter 运行全部；Ctrl+空格 补全表名和字段名；先按 Esc 再按 Tab 可离开编辑器。',
	busyQuerying: '正在查询…',
	busyLoading: '正在加载数据表，随后运行查询…',
	loadError: '数据未能加载：{error}',

	resultsTitle: '查询结果',
	errorHeading: '查询出错：',
	errorHeadingAt: '查询出错（{where}）：',
	lineCol: '第 {line} 行第 {col} 列',
	rows: '{n, plural, other {# 行}}',
	ms: '{ms} 毫秒',
	seconds: '{s} 秒',
	summary: '{rows} · 用时 {time}',
	statementsNote: '· 共 {n} 条语句，显示最后一条的结果',
	truncatedNote: '· 只取了前 {n} 行，查询还有更多行（引擎已停止生成）；导出也只含这些行。需要更多时请先汇总，或在“数据下载”页下载整张表',
	viewSwitch: '结果显示方式',
	viewGrid: '表格',
	viewChart: '图表',
	/** Base of export file names: 查询结果-2026-11-21-1530.csv */
	resultFileName: '查询结果',
	chartFileName: '查询图表',
	runningPlaceholder: '正在查询，结果将显示在这里…',
	idlePlaceholder: '运行查询后，结果显示在这里。',

	side: {
		label: '数据表、示例与历史',
		tabs: '侧栏',
		schema: '数据表',
		examples: '示例',
		history: '历史',
		saved: '已保存',
		schemaLoading: '正在加载数据表…',
		schemaError: '数据表未能加载：{error}',
		searchHistory: '搜索历史',
		searchSaved: '搜索已保存的查询',
		searchPlaceholder: '搜索查询文本',
		noMatch: '没有匹配的查询。',
		historyEmpty: '运行过的查询会保存在本浏览器中（最多 200 条）。',
		historyFailed: '出错',
		clearHistory: '清空历史',
		saveNameLabel: '查询名称',
		saveNamePlaceholder: '为当前查询命名',
		saveButton: '保存当前查询',
		savedEmpty: '保存的查询只存在于本浏览器中。',
		delete: '删除',
		deleteLabel: '删除“{name}”'
	},

	notice: {
		noStatements: '没有可执行的语句。',
		cancelled: '查询已取消。',
		loadFailed: '数据加载失败：{error}',
		linkLoadedRunning: '已从链接载入查询，正在运行…',
		linkLoaded: '已从链接载入查询，点击“运行”执行。',
		linkNotRun: '已从链接载入脚本，但没有自动运行：它不只是查询（会建立或更改对象）。请先读一遍，确认后点击“全部运行”。',
		emptyEditor: '编辑器是空的，没有可分享的查询。',
		linkCopiedRun: '已复制链接（{n} 个字符），打开即运行。',
		linkCopied: '已复制链接（{n} 个字符），打开后点击“运行”执行。',
		copyManually: '无法自动复制，请手动复制下面的链接。',
		saveNeedsName: '请先输入名称，并确保编辑器中有查询。',
		savedAs: '已保存为“{name}”。',
		saveFailed: '保存失败：浏览器不允许本地存储。',
		exampleOpened: '已打开示例“{title}”，点击“运行”执行。',
		historyLoaded: '已从历史载入查询。',
		savedOpened: '已打开“{name}”。'
	},

	editor: {
		label: 'SQL 编辑器',
		placeholder: '在此输入 SQL，例如：SELECT * FROM unit_year LIMIT 10',
		hint: 'Ctrl+Enter（Mac 上 Cmd+Enter）运行光标所在的语句或选中的文本，Shift+Enter 运行全部语句。Tab 键缩进；要离开编辑器，先按 Esc 再按 Tab。Ctrl+空格 显示补全。'
	},

	schema: {
		filter: '筛选表或字段',
		tables: '数据表',
		views: '视图（指标与汇总）',
		temp: '临时表与视图（仅本标签页）',
		noMatch: '没有匹配的对象。',
		tempHint: '用 CREATE TEMP TABLE 名称 AS SELECT … 建立临时表；它只存在于本标签页，关闭或刷新后消失。',
		expand: '展开 {name} 的字段',
		collapse: '收起 {name} 的字段',
		insert: '插入 {name}',
		preview: '预览',
		previewLabel: '预览 {name} 的前 100 行',
		/** Completion details. */
		table: '表',
		view: '视图',
		tempTable: '临时表',
		tempView: '临时视图'
	},
	/** Short captions of the published tables (manifest.json describes columns, not tables). */
	tableCaption: {
		districts: '行政区',
		units: '街道、镇及下属单位',
		documents: '来源文件（每份公开文件一行）',
		budgets: '预算与执行（按口径）',
		budget_lines: '预算明细行',
		tasks: '重点任务与项目',
		indicators: '绩效指标（目标值与完成值）',
		scores: '自评得分',
		quality_flags: '数据质量标记'
	},

	grid: {
		label: '查询结果',
		raw: '显示原始值',
		copyCell: '复制单元格',
		copyRow: '复制整行',
		copiedCell: '已复制单元格',
		copiedRow: '已复制整行（制表符分隔）',
		copyFailed: '复制失败：浏览器不允许访问剪贴板',
		noColumns: '查询已执行，没有返回结果列。',
		noRows: '没有结果行',
		sortTitle: '{name}（{type}）：点击排序',
		total: '共 {n, plural, other {# 行}}',
		/** After total when the grid shows only the first rows; `shown` formatted. */
		truncated: ' · 显示前 {shown} 行（导出包含全部行）'
	},

	export: {
		group: '导出查询结果',
		csv: '导出 CSV',
		parquet: '导出 Parquet',
		exporting: '正在导出…',
		exportingRows: '正在导出 {n, plural, other {# 行}}…',
		asText: '已导出；以下列的值与类型不符，按文本写出：{columns}',
		failed: '导出失败：{error}',
		noColumns: '结果没有列，无法导出 Parquet'
	},

	chart: {
		label: '结果图表',
		aria: '查询结果图表',
		nothing: '当前结果没有可绘制的列：需要至少一个数值列，以及一个文本、日期列或第二个数值列。',
		type: '图表类型',
		x: '横轴（X）',
		xPie: '扇区（名称）',
		y: '纵轴（Y，可多选）',
		yPie: '扇区大小（数值）',
		series: '分系列',
		noSeries: '（不分系列）',
		column: '{name}（{type}）',
		exportPng: '导出图表 PNG',
		cannotDraw: '所选的列无法绘制{type}：纵轴须为数值列。',
		loadFailed: '图表加载失败：{error}',
		svgUnreadable: '无法读取图表 SVG',
		noCanvas: '浏览器不支持画布',
		noPng: '无法生成 PNG',
		types: {
			bar: '柱状图',
			line: '折线图',
			scatter: '散点图',
			pie: '饼图'
		},
		/** The ARIA description and the notes of result-chart-option.ts. */
		emptyDescription: '查询结果图表：没有可显示的数据。',
		empty: '没有可显示的数据',
		quoted: '「{name}」',
		listSep: '、',
		clauseSep: '；',
		end: '。',
		descAxes: '{type}：横轴为{x}，纵轴为{ys}',
		descPie: '{type}：扇区为{x}，大小为{ys}',
		descSeries: '，按{series}分系列',
		categoriesSummary: '共 {categories, plural, other {#}} 个类别、{series, plural, other {#}} 个系列',
		pointsSummary: '共 {n, plural, other {#}} 个点',
		slicesSummary: '共 {n, plural, other {#}} 个扇区',
		firstCategoriesOf: '仅显示前 {n} 个类别（共 {rows} 行）',
		firstCategories: '仅显示前 {n} 个类别',
		firstSeries: '仅显示前 {n} 个系列',
		firstPointsOf: '仅显示前 {n} 个点（共 {rows} 行）',
		summed: '相同横轴值与系列的多行已求和',
		other: '其他',
		merged: '最小的 {n} 项合并为“其他”',
		skipped: '已省略 {n} 个空值、零或负值',
		share: '占比',
		pieLabel: '{name}：{percent}%'
	},

	share: {
		invalidChars: '链接中的查询编码含有无效字符',
		corrupt: '链接中的查询已损坏，无法解码（可能复制不完整）',
		notUtf8: '链接中的查询不是有效的 UTF-8 文本'
	},

	/** Refusals of the read-only guard (statement-guard.ts); `head` is the statement’s first words. */
	guard: {
		refused: '已拒绝执行 {head}：{why}',
		notTemp: '已拒绝执行 {head}：{name} 不是本标签页的临时{kind}。{hint}',
		hiddenWrite: '已拒绝执行：语句中包含 {word} 子语句。{hint}',
		unrecognised: '已拒绝执行 {head}：无法识别的语句。',
		emptyStatement: '空语句',
		noStatements: '没有可执行的语句。',
		kind: {
			table: '表',
			view: '视图',
			macro: '宏'
		},
		readOnly: '已发布的数据在工作台中只读；如需中间结果，可用 CREATE TEMP TABLE … AS SELECT … 建立只存在于本标签页的临时表。',
		pragma: '只允许 PRAGMA table_info / show / show_tables / version。',
		badWith: '无法识别的 WITH 语句。',
		noMain: '缺少主语句。',
		tempOnly: '只能创建临时对象（CREATE TEMP TABLE / VIEW / MACRO），它们只存在于本标签页。',
		tempKinds: '只能创建临时表、临时视图或临时宏（CREATE TEMP TABLE / VIEW / MACRO）。',
		tempSchema: '临时对象只能建在 temp 中。',
		clash: '临时对象不能与已发布的表、视图或宏 {name} 同名（否则工作台的查询会读到它，而不是已发布的数据）。请换一个名称。',
		builtinClash: '临时宏不能与 DuckDB 的内置函数 {name} 同名（否则已发布的视图会算错）。请换一个名称。',
		settings: '工作台不允许更改引擎设置。',
		databases: '工作台不允许挂载、卸载或切换数据库。',
		files: '工作台不允许读写文件；结果可用“导出”按钮保存为 CSV 或 Parquet。',
		extensions: '工作台不允许安装或加载扩展。',
		procedures: '工作台不允许调用会改变引擎状态的过程。',
		queriesOnly: '工作台只允许查询（SELECT、WITH、FROM、VALUES、DESCRIBE、SHOW、SUMMARIZE、PIVOT、EXPLAIN）和本标签页的临时对象。'
	}
} as const;

export const en: Translation<typeof zh> = {
	title: 'SQL workspace',
	description:
		'Query the budget performance dataset’s tables and indicator views directly with SQL: it runs in your browser, exports CSV / Parquet, and shares queries as links.',
	introBefore:
		'Query the same tables and indicator views the charts use, with SQL (DuckDB dialect). Queries run in this browser and no data is uploaded; the published data is read-only, and temp tables made with',
	introAfter: 'exist only in this tab and are gone once it is closed or reloaded.',
	noscript:
		'The SQL workspace needs JavaScript: queries run in the DuckDB-WASM engine inside the browser. You can also download the Parquet files from the data folder and query them with other tools.',
	starterComment: '-- Type SQL here; Ctrl+Enter runs the statement at the cursor, Shift+Enter runs everything.',

	toolbar: {
		run: 'Run',
		runAll: 'Run all',
		cancel: 'Cancel',
		runOnOpen: 'Run on open',
		copyLink: 'Copy link',
		shareLink: 'Share link'
	},
	hint: 'Ctrl+Enter (Mac: Cmd+Enter) runs the statement at the cursor or the selected text; Shift+Enter runs everything; Ctrl+Space completes table and column names; press Esc, then Tab to leave the editor.',
	busyQuerying: 'Querying…',
	busyLoading: 'Loading tables, then running the query…',
	loadError: 'The data could not be loaded: {error}',

	resultsTitle: 'Result',
	errorHeading: 'Query error: ',
	errorHeadingAt: 'Query error ({where}): ',
	lineCol: 'line {line}, column {col}',
	rows: '{n, plural, one {# row} other {# rows}}',
	ms: '{ms} ms',
	seconds: '{s} s',
	summary: '{rows} · {time}',
	statementsNote: '· {n} statements, showing the result of the last one',
	truncatedNote: '· only the first {n} rows were taken; the query has more (the engine stopped producing them), and exports hold these rows only. For more, aggregate first, or download whole tables from the Data page',
	viewSwitch: 'Show the result as',
	viewGrid: 'Table',
	viewChart: 'Chart',
	resultFileName: 'query-result',
	chartFileName: 'query-chart',
	runningPlaceholder: 'Querying; the result will appear here…',
	idlePlaceholder: 'Run a query and its result appears here.',

	side: {
		label: 'Tables, examples and history',
		tabs: 'Side panel',
		schema: 'Tables',
		examples: 'Examples',
		history: 'History',
		saved: 'Saved',
		schemaLoading: 'Loading tables…',
		schemaError: 'The tables could not be loaded: {error}',
		searchHistory: 'Search history',
		searchSaved: 'Search saved queries',
		searchPlaceholder: 'Search query text',
		noMatch: 'No matching queries.',
		historyEmpty: 'Queries you run are kept in this browser (up to 200).',
		historyFailed: 'error',
		clearHistory: 'Clear history',
		saveNameLabel: 'Query name',
		saveNamePlaceholder: 'Name the current query',
		saveButton: 'Save current query',
		savedEmpty: 'Saved queries are kept only in this browser.',
		delete: 'Delete',
		deleteLabel: 'Delete “{name}”'
	},

	notice: {
		noStatements: 'There is no statement to run.',
		cancelled: 'Query cancelled.',
		loadFailed: 'Loading the data failed: {error}',
		linkLoadedRunning: 'Query loaded from the link, running…',
		linkLoaded: 'Query loaded from the link; click “Run” to run it.',
		linkNotRun: 'Script loaded from the link but not run: it does more than query (it creates or changes objects). Read it first, then click “Run all” if you agree.',
		emptyEditor: 'The editor is empty: there is no query to share.',
		linkCopiedRun: 'Link copied ({n} characters); it runs the query when opened.',
		linkCopied: 'Link copied ({n} characters); click “Run” after opening it.',
		copyManually: 'Could not copy automatically; please copy the link below.',
		saveNeedsName: 'Enter a name first, and make sure the editor holds a query.',
		savedAs: 'Saved as “{name}”.',
		saveFailed: 'Saving failed: the browser does not allow local storage.',
		exampleOpened: 'Opened the example “{title}”; click “Run” to run it.',
		historyLoaded: 'Query loaded from history.',
		savedOpened: 'Opened “{name}”.'
	},

	editor: {
		label: 'SQL editor',
		placeholder: 'Type SQL here, e.g. SELECT * FROM unit_year LIMIT 10',
		hint: 'Ctrl+Enter (Cmd+Enter on a Mac) runs the statement at the cursor or the selected text, Shift+Enter runs every statement. Tab indents; to leave the editor, press Esc, then Tab. Ctrl+Space shows completions.'
	},

	schema: {
		filter: 'Filter tables or columns',
		tables: 'Tables',
		views: 'Views (metrics and roll-ups)',
		temp: 'Temp tables and views (this tab only)',
		noMatch: 'No matching objects.',
		tempHint: 'CREATE TEMP TABLE name AS SELECT … makes a temp table; it exists only in this tab and is gone once the tab is closed or reloaded.',
		expand: 'Show the columns of {name}',
		collapse: 'Hide the columns of {name}',
		insert: 'Insert {name}',
		preview: 'Preview',
		previewLabel: 'Preview the first 100 rows of {name}',
		table: 'table',
		view: 'view',
		tempTable: 'temp table',
		tempView: 'temp view'
	},
	tableCaption: {
		districts: 'Districts',
		units: 'Street offices, towns and their units',
		documents: 'Source documents (one row per published document)',
		budgets: 'Budgets and spending (by scope)',
		budget_lines: 'Budget detail lines',
		tasks: 'Key tasks and projects',
		indicators: 'Performance indicators (targets and actuals)',
		scores: 'Self-evaluation scores',
		quality_flags: 'Data quality flags'
	},

	grid: {
		label: 'Query result',
		raw: 'Show raw values',
		copyCell: 'Copy cell',
		copyRow: 'Copy row',
		copiedCell: 'Cell copied',
		copiedRow: 'Row copied (tab-separated)',
		copyFailed: 'Copy failed: the browser does not allow clipboard access',
		noColumns: 'The query ran and returned no columns.',
		noRows: 'No rows',
		sortTitle: '{name} ({type}): click to sort',
		total: '{n, plural, one {# row} other {# rows}}',
		truncated: ' · showing the first {shown} (exports include every row)'
	},

	export: {
		group: 'Export the query result',
		csv: 'Export CSV',
		parquet: 'Export Parquet',
		exporting: 'Exporting…',
		exportingRows: 'Exporting {n, plural, one {# row} other {# rows}}…',
		asText: 'Exported; these columns hold values that do not match their type and were written as text: {columns}',
		failed: 'Export failed: {error}',
		noColumns: 'The result has no columns; nothing to export as Parquet'
	},

	chart: {
		label: 'Result chart',
		aria: 'Chart of the query result',
		nothing: 'Nothing in this result can be charted: it takes at least one numeric column, and a text or date column or a second numeric one.',
		type: 'Chart type',
		x: 'X axis',
		xPie: 'Slices (names)',
		y: 'Y axis (one or more)',
		yPie: 'Slice size (values)',
		series: 'Series by',
		noSeries: '(no series)',
		column: '{name} ({type})',
		exportPng: 'Export chart as PNG',
		cannotDraw: 'The selected columns cannot be drawn as this chart type ({type}): the Y axis takes numeric columns only.',
		loadFailed: 'The chart failed to load: {error}',
		svgUnreadable: 'Could not read the chart’s SVG',
		noCanvas: 'The browser does not support canvas',
		noPng: 'Could not make a PNG',
		types: {
			bar: 'Bar chart',
			line: 'Line chart',
			scatter: 'Scatter plot',
			pie: 'Pie chart'
		},
		emptyDescription: 'Chart of the query result: no data to show.',
		empty: 'No data to show',
		quoted: '“{name}”',
		listSep: ', ',
		clauseSep: '; ',
		end: '.',
		descAxes: '{type}: {x} on the X axis, {ys} on the Y axis',
		descPie: '{type}: slices by {x}, sized by {ys}',
		descSeries: ', one series per {series}',
		categoriesSummary: '{categories, plural, one {# category} other {# categories}}, {series, plural, one {# series} other {# series}}',
		pointsSummary: '{n, plural, one {# point} other {# points}}',
		slicesSummary: '{n, plural, one {# slice} other {# slices}}',
		firstCategoriesOf: 'only the first {n} categories shown ({rows} rows in all)',
		firstCategories: 'only the first {n} categories shown',
		firstSeries: 'only the first {n} series shown',
		firstPointsOf: 'only the first {n} points shown ({rows} rows in all)',
		summed: 'rows with the same X value and series are summed',
		other: 'Other',
		merged: 'the smallest {n} merged into “Other”',
		skipped: '{n} empty, zero or negative values left out',
		share: 'Share',
		pieLabel: '{name}: {percent}%'
	},

	share: {
		invalidChars: 'The query code in the link contains invalid characters',
		corrupt: 'The query in the link is damaged and cannot be decoded (perhaps it was not copied whole)',
		notUtf8: 'The query in the link is not valid UTF-8 text'
	},

	guard: {
		refused: 'Refused {head}: {why}',
		notTemp: 'Refused {head}: {name} is not a temp {kind} of this tab. {hint}',
		hiddenWrite: 'Refused: the statement contains a {word} sub-statement. {hint}',
		unrecognised: 'Refused {head}: unrecognised statement.',
		emptyStatement: 'an empty statement',
		noStatements: 'There is no statement to run.',
		kind: {
			table: 'table',
			view: 'view',
			macro: 'macro'
		},
		readOnly:
			'The published data is read-only in the workspace; for intermediate results, CREATE TEMP TABLE … AS SELECT … makes a temp table that exists only in this tab.',
		pragma: 'Only PRAGMA table_info / show / show_tables / version are allowed.',
		badWith: 'Unrecognised WITH statement.',
		noMain: 'The main statement is missing.',
		tempOnly: 'Only temp objects can be created (CREATE TEMP TABLE / VIEW / MACRO); they exist only in this tab.',
		tempKinds: 'Only temp tables, views or macros can be created (CREATE TEMP TABLE / VIEW / MACRO).',
		tempSchema: 'Temp objects can only be created in temp.',
		clash: 'A temp object cannot be named like the published table, view or macro {name} (the workspace’s queries would read it instead of the published data). Please choose another name.',
		builtinClash: 'A temp macro cannot be named like DuckDB’s built-in function {name} (the published views would compute wrong figures). Please choose another name.',
		settings: 'The workspace does not allow changing engine settings.',
		databases: 'The workspace does not allow attaching, detaching or switching databases.',
		files: 'The workspace does not read or write files; save results as CSV or Parquet with the “Export” buttons.',
		extensions: 'The workspace does not allow installing or loading extensions.',
		procedures: 'The workspace does not allow calling procedures that change the engine’s state.',
		queriesOnly:
			'The workspace allows only queries (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, PIVOT, EXPLAIN) and this tab’s temp objects.'
	}
};
