// Messages of data: the downloads page (/data/). Text between backticks is
// shown as code (the page splits it); file and column names stay as they are.
import type { Translation } from './shape.ts';

export const zh = {
	title: '数据下载',
	description: '下载本站全部数据表（Parquet 与 CSV）、数据字典与原始文件，附校验值与使用示例。',
	lead: {
		intro: '本站图表所用的全部数据均可下载，可自行核对与分析。数据集版本',
		afterVersion: '，',
		built: '生成于',
		afterBuilt: '（北京时间）。金额单位：{unit}。',
		synthetic: '这是用于性能测试的合成数据，不是真实数据。'
	},
	zip: '下载全部数据（ZIP，{size}）',
	zipNote: '包含全部 Parquet、CSV、原始文件、数据字典与 manifest.json；SHA-256',
	tablesTitle: '数据表',
	col: {
		table: '数据表',
		description: '说明',
		rows: '行数',
		csv: 'CSV（UTF-8，含 BOM）',
		sha256: 'SHA-256（Parquet）',
		column: '列',
		type: '类型'
	},
	views: '视图（在浏览器的 SQL 工作台与下方示例中可直接查询，由 `metrics.sql` 定义）：',
	viewSeparator: '；',
	viewDescription: '（{description}）',
	dictionaryTitle: '数据字典',
	dictionaryDownload: '下载数据字典（Markdown）',
	columns: '{n, plural, other {# 列}}',
	diyTitle: '自己动手',
	diyIntro:
		'下面三种方式得到同一结果：2021 年各单位的预算执行率（实际支出 ÷ 全年预算）。先下载 `budgets.parquet` 与 `units.parquet`（或整个 ZIP 并解压）。',
	duckdbTitle: 'DuckDB 命令行',
	pythonTitle: 'Python（duckdb 或 pandas）',
	/** A comment in the Python example. */
	needsPyarrow: '# 需要 pyarrow',
	excel:
		'也可以打开 `csv/budgets.csv`（UTF-8 带 BOM），筛选 `fiscal_year` = 2021 且 `scope` = total；执行率已在 `execution_rate` 列中（按金额计算；全年预算缺失或为 0 时为空），不必自己相除。',
	workbook: '下载全部数据（Excel 工作簿，{size}）',
	workbookNote: '每张表一个工作表，第一行中文列名、第二行英文列名；金额为数值（万元，#,##0.00），比率为百分比，文字一律存为文本；「说明」工作表有数据集版本、生成时间和列的说明。',
	lookupTitle: '按编号查找单位名称',
	lookupIntro: '在工作簿中，`budgets` 表的 A 列若是 `unit_id`，可从 `units` 表取单位简称（`units` 表 A 列为 `unit_id`、C 列为 `short_name`）。`INDEX/MATCH` 与 `VLOOKUP` 在各版本的 Excel、WPS 和 LibreOffice 中都可用：',
	lookupNote: '`XLOOKUP` 只有 Excel 2021 / Microsoft 365 和较新的 WPS 支持，LibreOffice 7.4 及更早版本不支持；要与他人共用表格时，请用 `INDEX/MATCH` 或 `VLOOKUP`。',
	spreadsheetTitle: '在 Excel、WPS 或 LibreOffice 中打开 CSV',
	spreadsheetIntro: 'CSV 文件是 UTF-8 编码、带 BOM，逗号分隔。大多数软件双击即可正确显示中文；若出现乱码，按下面的方法以 UTF-8 导入：',
	spreadsheetExcel: 'Excel：「数据」→「从文本/CSV」，选择文件，「文件原始格式」选「65001: Unicode (UTF-8)」，分隔符选「逗号」，再点「加载」。',
	spreadsheetWps: 'WPS 表格：「数据」→「导入数据」→「直接打开数据文件」，选择文件，编码选「Unicode (UTF-8)」，分隔符号选「逗号」。',
	spreadsheetCalc: 'LibreOffice Calc：打开文件时出现「文本导入」对话框，「字符集」选「Unicode (UTF-8)」，「分隔符」勾选「逗号」，再点「确定」。',
	formulaGuard:
		'以 `=`、`+`、`-`、`@` 或制表符开头的文字，在 CSV 中前面加了一个单引号 `\'`（例如目标值 `\'=12个`），以免电子表格把它当作公式运行；数值不受影响，Parquet 文件中的原文也不变。',
	sumNote: '集团或区汇总时，执行率应以金额合计相除（Σ实际支出 ÷ Σ全年预算），而不是对各单位的执行率取平均；详见',
	sumNoteLink: '计算方法',
	sumNoteEnd: '。'
} as const;

export const en: Translation<typeof zh> = {
	title: 'Download the data',
	description:
		'Download every data table of this site (Parquet and CSV), the data dictionary and the source documents, with checksums and examples of use.',
	lead: {
		intro: 'All the data behind this site’s charts can be downloaded, to check and analyse yourself. Dataset version',
		afterVersion: ',',
		built: 'built',
		afterBuilt: ' (Beijing time). Money unit: {unit}.',
		synthetic: 'This is synthetic data for performance testing, not real data.'
	},
	zip: 'Download all data (ZIP, {size})',
	zipNote: 'All Parquet and CSV files, the source documents, the data dictionary and manifest.json; SHA-256',
	tablesTitle: 'Tables',
	col: {
		table: 'Table',
		description: 'Description',
		rows: 'Rows',
		csv: 'CSV (UTF-8 with BOM)',
		sha256: 'SHA-256 (Parquet)',
		column: 'Column',
		type: 'Type'
	},
	views: 'Views (query them directly in the browser’s SQL workspace and in the examples below; defined in `metrics.sql`):',
	viewSeparator: '; ',
	viewDescription: ' ({description})',
	dictionaryTitle: 'Data dictionary',
	dictionaryDownload: 'Download the data dictionary (Markdown)',
	columns: '{n, plural, one {# column} other {# columns}}',
	diyTitle: 'Try it yourself',
	diyIntro:
		'Three ways to the same result: the budget execution rate of every unit in 2021 (actual spending ÷ full-year budget). First download `budgets.parquet` and `units.parquet` (or the whole ZIP, unzipped).',
	duckdbTitle: 'DuckDB command line',
	pythonTitle: 'Python (duckdb or pandas)',
	needsPyarrow: '# needs pyarrow',
	excel:
		'Or open `csv/budgets.csv` (UTF-8 with a BOM), filter `fiscal_year` = 2021 and `scope` = total; the execution rate is already in the `execution_rate` column (computed from the money; empty where the full-year budget is missing or 0), so there is nothing to divide.',
	workbook: 'Download all data (Excel workbook, {size})',
	workbookNote: 'One sheet per table, Chinese column names in the first row and English in the second; money as numbers (CNY 10k, #,##0.00), rates as percentages, text always stored as text; the last sheet gives the dataset version, build time and what each column means.',
	lookupTitle: 'Looking up a unit’s name by its id',
	lookupIntro: 'In the workbook, with `unit_id` in column A of the `budgets` sheet, take the unit’s short name from the `units` sheet (`unit_id` in column A, `short_name` in column C). `INDEX/MATCH` and `VLOOKUP` work in every version of Excel, WPS and LibreOffice:',
	lookupNote: '`XLOOKUP` works only in Excel 2021 / Microsoft 365 and recent WPS, not in LibreOffice 7.4 or older: for a sheet you share, use `INDEX/MATCH` or `VLOOKUP`.',
	spreadsheetTitle: 'Opening the CSV in Excel, WPS or LibreOffice',
	spreadsheetIntro: 'The CSV files are UTF-8 with a BOM, separated by commas. Most programs show the Chinese text correctly on a double click; if it comes out garbled, import the file as UTF-8:',
	spreadsheetExcel: 'Excel: Data → From Text/CSV, choose the file, set File Origin to "65001: Unicode (UTF-8)" and the delimiter to Comma, then Load.',
	spreadsheetWps: 'WPS Spreadsheets: Data → Import Data → Open data file directly, choose the file, set the encoding to "Unicode (UTF-8)" and the separator to Comma.',
	spreadsheetCalc: 'LibreOffice Calc: opening the file shows the Text Import dialog; set Character set to "Unicode (UTF-8)", tick Comma under Separator Options, then OK.',
	formulaGuard:
		'Text that starts with `=`, `+`, `-`, `@` or a tab has an apostrophe `\'` in front of it in the CSV (a target printed `=12…` reads `\'=12…`), so that no spreadsheet runs it as a formula; numbers are untouched, and the Parquet files keep the text as printed.',
	sumNote:
		'For a group of units or a district, compute the execution rate from summed money (Σ actual spending ÷ Σ full-year budget), not by averaging the units’ rates; see the ',
	sumNoteLink: 'methodology',
	sumNoteEnd: '.'
};
