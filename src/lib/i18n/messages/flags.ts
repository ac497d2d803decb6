// Messages of flags: the severities of data quality flags and a plain-language
// explanation of every code the pipeline raises (quality_flags.code), used by
// src/lib/i18n/flag-codes.ts. Each explanation says what the flag means, why
// it matters and what a reader should do with the figure. The flags' own
// `message` text is written by the pipeline: it is data, not here.
import type { Translation } from './shape.ts';

export const zh = {
	severity: {
		error: '错误',
		warning: '警告',
		info: '提示'
	},
	severityDescription: {
		error: '文件或其中一部分未能读入，相关数字在数据中缺失。',
		warning: '数字可能有误、不完整或与原文其他部分矛盾，引用前请对照原文核实。',
		info: '读取时做了说明性的处理（例如换算单位、按登记信息补充），数字可以使用，但应知道这一处理。'
	},
	/** A code without an explanation (yet). */
	unknownExplanation: '该代码暂无说明。请对照原文查看标记所指的行。',
	code: {
		// —— 预算金额与比率 ——
		rate_mismatch: {
			title: '原文比率与计算不符',
			explanation:
				'文件印出的预算执行率或预算调整率，与按文件自己的金额重新计算、并四舍五入到原文小数位数后的结果不一致。这说明原文的金额或比率至少有一处有误（抄录、计算或统计口径不同）。本站图表使用按金额计算的比率；引用时请以计算值为准，并可注明原文印的是另一个数字。'
		},
		large_adjustment: {
			title: '年内预算调整幅度大',
			explanation:
				'全年预算比年初预算增加或减少超过 30%。调整幅度较大时一般需要说明理由；调整也会改变执行率的分母，使执行率看起来更高或更低。阅读执行率时请同时看调整率，并查看文件是否解释了调整原因。'
		},
		sum_mismatch: {
			title: '合计与分项之和不符',
			explanation:
				'文件印出的合计数不等于各分项相加（例如项目金额合计、任务资金合计、各部分得分之和，或“年度调整额”不等于全年预算减年初预算）。本站保存原文印出的数字，不自行改正。引用合计数时请注意分项之和与之不同，必要时对照原文说明。'
		},
		amount_mismatch: {
			title: '项目金额各栏不符',
			explanation:
				'项目表中某项目的“总计”不等于财政拨款与其他资金来源之和。本站采用“总计”栏作为项目金额。引用该项目金额时请对照原文，看哪一栏有误。'
		},
		inconsistent_repeat: {
			title: '同一数字前后不一致',
			explanation:
				'同一个金额、比率或得分在文件中出现了两次，数值不同。本站采用第一次出现的数值。两处必有一处有误，引用前请对照原文。'
		},
		unit_converted: {
			title: '金额已换算为万元',
			explanation:
				'原文金额以“元”（或亿元）为单位，本站统一换算为万元（1 元 = 0.0001 万元），与其他文件可比。这只是说明，数字可以直接使用。'
		},
		zero_total_row: {
			title: '未填写的全零合计行',
			explanation:
				'表格中的合计行全部为 0，而下面的分项行有实际数字：这是模板中未填写的行，不是“合计为零”。本站不把这一行当作合计读取。数据中该单位的合计可能因此缺失，请以分项为准。'
		},
		unread_budget_row: {
			title: '未读取的预算行',
			explanation:
				'表格中有一行带数字，但它的名称不在本站识别的预算口径（合计、财政拨款、其他资金、一般公共预算、政府性基金）中，因此没有读入。数据不完整但不会出错；需要这一行时请看原文。'
		},
		unplaced_budget_cell: {
			title: '无法归栏的预算数字',
			explanation:
				'预算表中的某个数字无法确定属于哪一栏（如年初预算、全年预算、实际支出），或与该栏应有的数值类型不符，因此没有读入。相应的金额在数据中为空，请对照原文。'
		},
		rate_not_percent: {
			title: '比率栏不是百分数',
			explanation: '执行率或调整率栏里印的不是百分数，本站无法确定它的含义，该比率留空。执行率仍按金额计算，不受影响。'
		},
		unknown_label: {
			title: '未识别的比率名称',
			explanation:
				'预算金额旁边出现了一个比率，但它的名称不是本站识别的“预算执行率/完成率”或“预算调整率”，因此没有读入。这只是说明；需要时请看原文。'
		},
		unreadable_number: {
			title: '数字格式不规范',
			explanation:
				'预算表中的某个单元格不是格式正确的数字（可能是 PDF 转文字时产生的错字或缺字），该数字留空（不是 0）。相应的金额或比率缺失，请对照原文。'
		},
		unreadable_value: {
			title: '数值无法读取',
			explanation: '某个单元格或句子中的金额、比率无法识别，该数值留空（不是 0）。依赖这一数值的执行率或合计可能缺失，请对照原文。'
		},
		unreadable_amount: {
			title: '金额无法读取',
			explanation:
				'任务或项目的金额栏不是可识别的数字或为空。本站在可能时改用同一行的其他金额栏（并在说明中写明），否则金额留空。引用该金额前请对照原文。'
		},
		missing_amount: {
			title: '未写金额',
			explanation: '重点任务没有写拟投入的资金。这是原文本身的空缺；该任务的金额在数据中为空，不是 0。'
		},
		// —— 绩效指标 ——
		unit_assumed: {
			title: '按比例推定单位',
			explanation:
				'完成值只写了“1”之类不带单位的小数，而目标是百分数（如 100%）：本站按比例读作 100%（1 = 100%）。该指标是否达成的判断基于这一推定；若对原文的写法有疑问，请看原文。'
		},
		over_target: {
			title: '完成值远超目标',
			explanation:
				'实际完成超过目标的 120%。可能是目标定得偏低，也可能是完成值与目标的统计口径不同。该指标仍算“达成”，但“达成”不一定说明绩效好；评审时可关注目标设定是否合理。'
		},
		suspicious_value: {
			title: '数值可疑',
			explanation:
				'完成率、覆盖率等不可能超过 100% 的比率，原文却印成了超过 100%（例如“1010%”，很可能是“100%”的录入错误）。本站保留原文，不作改正，相关达成判断可能不可靠。请不要直接引用，先对照原文。'
		},
		level_code_mismatch: {
			title: '指标分类编号与名称矛盾',
			explanation:
				'指标的二级分类编号属于另一个一级分类（例如“效益指标”下写了“31-服务对象满意度”）。本站按分类名称归类，不按编号。该指标在“各类指标达成率”中的归类因此可能与文件的编号不同。'
		},
		unknown_level: {
			title: '指标分类不在标准体系中',
			explanation:
				'指标的一级或二级分类名称不属于财政部门的绩效指标体系（产出、效益、满意度、成本指标及其二级指标），本站无法归类。在分类统计中它计为“未分类”。'
		},
		level_missing: {
			title: '指标缺少分类',
			explanation: '表格中该指标上方没有一级或二级指标分类。它在分类统计中计为“未分类”，其他数据不受影响。'
		},
		missing_target: {
			title: '缺少目标值',
			explanation: '指标没有写年度指标值（目标），因此无法判断是否达成，不计入达成率。'
		},
		missing_value: {
			title: '缺少数值',
			explanation:
				'表格中某个指标或任务应有的数值（预期值、完成情况或资金）没有印出，可能是表格行被截断。相应的数值为空，该指标不计入达成率。'
		},
		no_actual: {
			title: '只有目标，没有完成值',
			explanation:
				'报告写了该指标的年度目标，但没有写实际完成情况。该指标状态为“仅有目标”，不计入达成率，但计入指标总数（覆盖情况）。'
		},
		no_indicators: {
			title: '项目没有绩效指标',
			explanation: '项目表中该项目的“绩效指标”栏为空。该项目只有金额，没有可评价的指标。'
		},
		truncated_indicator: {
			title: '指标内容被截断',
			explanation:
				'表格单元格中的指标文字不完整（例如缺少年度指标值），通常是 PDF 转文字时单元格被截断。该指标没有记录，或记录时缺少目标值。需要这一指标时请看原文件。'
		},
		truncated_row: {
			title: '表格行被截断',
			explanation: '文件最后一行看起来不完整（单元格少于表头），可能漏掉了金额或指标。该行已读入的部分可用，缺少的部分请看原文件。'
		},
		unreadable_indicators: {
			title: '绩效指标无法读取',
			explanation: '项目的“绩效指标”栏中找不到编号的指标条目，该项目没有记录任何指标。需要时请看原文。'
		},
		indicator_pairing: {
			title: '指标名称与数值对应不上',
			explanation:
				'同一单元格里列出的多个指标名称与完成值数量不一致，本站无法确定一一对应关系，对应可能有误。涉及的指标请对照原文核实。'
		},
		score_missing: {
			title: '缺少得分',
			explanation: '自评报告写了某一部分的分值（满分），但没有写得分。该部分的得分在数据中为空。'
		},
		// —— 文字提取 ——
		extraction_noise: {
			title: '已忽略的提取杂字',
			explanation:
				'PDF 转文字时产生的杂散字符（例如孤立的“Į”或与合计对不上的单个数字）被识别为噪声并忽略。这只是说明，读入的金额以能相互核对的各栏为准。'
		},
		ignored_cells: {
			title: '有单元格未读入',
			explanation: '表格某一行在已知栏目之外还有单元格，这些内容没有读入。通常不影响数字；需要时请看原文。'
		},
		unparsed_clause: {
			title: '未能读取的句子',
			explanation: '报告中的一个句子（或其中一部分）看起来含有指标或金额，但本站未能读懂，其中的数字可能没有进入数据。请对照原文。'
		},
		unparsed_line: {
			title: '未能解析的行',
			explanation:
				'原文中的一行既未被识别为数据，也不是普通说明文字。其中的数字可能没有进入数据。本站公布每一条这样的行，请对照原文查看缺少的内容。'
		},
		// —— 文件、单位与年度 ——
		year_assumed: {
			title: '年度为推定',
			explanation:
				'文件正文没有写明年度，年度由整理人员根据同批公开材料推定（登记中写明了依据）。在与原发布页核对之前，该文件的数据按推定年度统计；引用时请说明年度为推定。'
		},
		year_mismatch: {
			title: '年度不一致',
			explanation: '正文写的年度与登记的年度（或标题中的年度）不同。数据按登记的年度统计；请核实文件实际所属年度。'
		},
		year_inferred: {
			title: '年度由正文推断',
			explanation: '该文件没有登记，年度是从正文中推断的（仅用于预览）。'
		},
		year_missing: {
			title: '未写年度',
			explanation: '正文没有写年度，也没有登记。该文件的数据无法按年度统计，需要在登记中补充年度。'
		},
		unit_mismatch: {
			title: '单位与登记不符',
			explanation: '正文写的单位与登记的单位不同。数据按登记的单位统计；请核实文件实际属于哪个单位。'
		},
		unit_not_stated: {
			title: '正文未写单位',
			explanation: '文件正文没有写单位名称，单位取自整理人员的登记。这只是说明。'
		},
		unit_inferred: {
			title: '单位由正文推断',
			explanation: '该文件没有登记，单位是从正文中推断的（仅用于预览）。'
		},
		unit_matched: {
			title: '单位由正文匹配',
			explanation: '该文件没有登记，正文写的单位名称与广州市街道、镇名录（国家统计局区划代码）中的一个单位对上了（仅用于预览）。这只是说明。'
		},
		ambiguous_unit: {
			title: '单位名称无法确定',
			explanation:
				'正文写的单位名称对应名录中不止一个单位（如天河区新塘街道与增城区新塘镇），或与正文写的区不符，正文也没有可据以判断的区。本站不猜测：文件未被读入，需在登记中写明单位。'
		},
		unit_unknown: {
			title: '无法识别单位',
			explanation: '正文中找不到可识别的单位名称，且文件未登记。该文件的数据无法归到任何单位。'
		},
		unknown_unit: {
			title: '单位未登记',
			explanation:
				'文件或项目表中出现的单位（例如下属的资金使用单位）不在单位名录中。相关数据无法归属到单位，需要在名录中补充该单位。'
		},
		kind_mismatch: {
			title: '文件类型与登记不符',
			explanation: '从正文看，文件类型与登记的类型不同。本站按登记的类型读取；若登记有误，部分内容可能没有读入。'
		},
		kind_not_detected: {
			title: '未能从正文识别文件类型',
			explanation: '正文中没有识别出文件类型的特征，本站按登记的类型读取。读入的数据请对照原文核实。'
		},
		unknown_kind: {
			title: '无法识别文件类型',
			explanation: '无法确定文件是目标申报表、自评表、自评报告还是项目目标表，文件未被读入，其中的数据缺失。'
		},
		parser_error: {
			title: '读取程序出错',
			explanation: '读取该文件时程序出错并停止。出错前读入的数据已保留，之后的内容缺失。这是本站的问题，不是原文的问题。'
		},
		orphan_indicator: {
			title: '指标找不到所属任务',
			explanation: '一个指标指向的任务或项目没有被读入，该指标无法与任务关联。这是本站读取程序的问题，请以原文为准。'
		},
		unreadable_document: {
			title: '文件无法读取',
			explanation: '文件无法打开，或不是可识别的文字编码（UTF-8、带字节顺序标记的 UTF-16、GBK），整个文件没有读入。'
		},
		unregistered_document: {
			title: '文件未登记',
			explanation: '文件在资料目录中，但没有登记单位、年度和类型，因此没有公布其数据。需要在登记表中补充后才会发布。'
		},
		unsupported_kind: {
			title: "识别出但不读取的文件类型",
			explanation:
				"文件的标题表明它是部门决算、部门预算（预算公开说明）等本站不读取的文件类型，而不是绩效目标申报表、自评表、自评报告或项目绩效目标表。标记写明识别出的类型和所在行。该文件没有数据进入数据集；如果它其实附有绩效表格，请把表格部分单独作为一个文件放入。"
		},
		unit_from_target: {
			title: "完成值按目标的单位读取",
			explanation:
				"完成值只写了数字（如“50”），没有单位，而目标写明了单位（如“≥50个”）：本站按目标的单位读取完成值，再判断是否达成。原文这样填写很常见，但若完成值其实是另一种单位，判断就不成立，请对照原文。"
		},
		project_funds_from_parts: {
			title: "项目资金按“其中”各行合计",
			explanation:
				"项目支出绩效自评表的“年度资金总额”一行缺失，或是未填写的全零行：本站把“其中：财政拨款”“其他资金”等有数字的行相加，作为该项目的资金。若原文各行口径不同，请对照原文核实。"
		},
		unread_indicator_row: {
			title: "指标表中未读懂的行",
			explanation:
				"项目或部门自评表的绩效指标表中，有一行无法对应到“三级指标 / 指标值 / 完成值”等列，未作为指标记录。请查看原文该行：可能是换行断开的单元格，或表格格式与常见模板不同。"
		},
		data_sheet_not_read: {
			title: "附带的基础数据表未作为表中数字读取",
			explanation:
				"文件在自评表之前（或之后）附有“整体支出绩效评价基础数据表”之类的数据表（人员编制、三公经费、各年决算与预算等）。本站把它作为单独的一块记为叙述行，不把其中的数字当作自评表的预算执行数，以免覆盖表中的年初预算、全年预算和执行数。需要这些数字时请看原文标记所指的行。"
		},
		run_together_split: {
			title: "连在一起的数字已按列拆分",
			explanation:
				"文本提取时，表格中几列数字连成了一个单元格（如“310.2154.741050%5”）。本站只在各列的类别（金额、执行率、分值、得分）和它们之间的算术关系（执行率 = 执行数 ÷ 预算数，得分 = 分值 × 执行率）只允许一种拆法时才拆分，标记写明拆分结果。引用前可对照原文核实。"
		},
		run_together_numbers: {
			title: "连在一起的数字未能拆分",
			explanation:
				"文本提取时，表格中几列数字连成了一个单元格，但按各列的类别和算术关系找不到唯一的拆法（没有或有多种拆法都成立）。本站不猜测：该单元格原样保留，这些列在数据中为空。请看原文的表格。"
		},
		execution_against_initial: {
			title: "执行率按年初预算计算",
			explanation:
				"自评表只有“年初预算数(A)”和“全年执行数(B)”两列、执行率写作 B/A，没有全年（调整后）预算一栏：本站按表格自己的口径，以年初预算作为计算执行率的预算，并把它同时记为全年预算。因此该行的预算调整率并不知道（数据中显示为 0 不代表没有调整）。与其他单位按全年预算计算的执行率比较时请注意这一差别。",
		},
		unsupported_file: {
			title: '不是可读取的文件类型',
			explanation:
				'资料目录中的这个文件不是本站能读取的文字文件（例如 Word、Excel、图片、压缩包，或暂时还不能读取的 PDF），整个文件没有读入。请把原文的文字另存为 .txt 文件（UTF-8）放入目录。'
		},
		symlink_outside_folder: {
			title: '链接指向资料目录之外',
			explanation: '这是一个符号链接，指向资料目录以外的文件。为防止读入并公开无关的文件，本站不跟随这种链接，文件没有读入。如需收录，请把文件本身复制到资料目录中。'
		},
		outside_source_folder: {
			title: '路径在资料目录之外',
			explanation: '登记的文件路径指向资料目录以外（例如含有 ..），本站不读取资料目录以外的文件。请把文件放入资料目录并改正登记的路径。'
		},
		document_too_large: {
			title: '文件过大',
			explanation: '文件超过 20 MB，远大于任何一份预算绩效文件的文字，很可能不是这类文件（或是多份文件合在一起），因此没有读入。目录中的其他文件照常读入。'
		},
		duplicate_document: {
			title: '重复文件',
			explanation: '该文件的内容与目录中另一个文件完全相同（同一 SHA-256），只公布先列出的那一份，以免同一份文件的数字被计算两次。多余的副本可以删除。'
		},
		encoding_not_utf8: {
			title: '文件不是 UTF-8 编码',
			explanation: '文件以 GB18030（GBK，中文 Windows 的默认编码）或带字节顺序标记的 UTF-16 保存，本站已按该编码读入，文字与数字不受影响。这只是说明；统一另存为 UTF-8 可避免其他软件显示乱码。'
		},
		truncated_character: {
			title: '文件末尾有半个字符',
			explanation: '文件在一个字符的中间结束，最后这个不完整的字符已舍去。这通常说明文件在复制或下载时被截断，后面的内容可能缺失。请与原文核对文件是否完整。'
		},
		truncated_document: {
			title: '文件可能不完整',
			explanation:
				'文件在一张表格的中间结束，而且缺少这类文件完整时都有的结尾部分（例如满意度指标，或“存在问题”“改进措施”）。文件很可能被截断，标记所在行之后的指标和数字没有读入。请找到完整的原文重新收录。'
		}
	}
} as const;

export const en: Translation<typeof zh> = {
	severity: {
		error: 'error',
		warning: 'warning',
		info: 'note'
	},
	severityDescription: {
		error: 'A document or part of it could not be read; the figures in it are missing from the data.',
		warning: 'A figure may be wrong, incomplete or contradict another part of the document; check it against the source document before you quote it.',
		info: 'The reading involved an explained step (e.g. a unit conversion, or a detail taken from the registry); the figure can be used, but you should know about the step.'
	},
	unknownExplanation: 'This code has no explanation yet. Check the line the flag points to in the source document.',
	code: {
		rate_mismatch: {
			title: 'Printed rate disagrees with computed',
			explanation:
				'The budget execution rate or adjustment rate printed in the document differs from the rate recomputed from the document’s own amounts and rounded to the printed decimals. At least one of the printed amounts or rates is wrong (a copying or arithmetic error, or a different basis). The charts on this site use the rate computed from the amounts; quote the computed value, and you may note that the document prints a different one.'
		},
		large_adjustment: {
			title: 'Large budget adjustment during the year',
			explanation:
				'The full-year budget is more than 30% above or below the initial budget. An adjustment this large usually needs a reason; it also changes the denominator of the execution rate, making execution look higher or lower. Read the execution rate together with the adjustment rate, and check whether the document explains the adjustment.'
		},
		sum_mismatch: {
			title: 'Total differs from the sum of its items',
			explanation:
				'A total printed in the document is not the sum of its items (e.g. the total of project amounts or task funds, the sum of section scores, or an “adjustment for the year” that is not the full-year budget minus the initial budget). This site keeps the figures as printed and corrects nothing. When you quote the total, note that its items add up to something else, and refer to the source document if needed.'
		},
		amount_mismatch: {
			title: 'Project amount columns disagree',
			explanation:
				'In a project table, a project’s “total” is not the sum of its fiscal appropriation and other funding sources. This site takes the “total” column as the project’s amount. Before quoting the amount, check the source document to see which column is wrong.'
		},
		inconsistent_repeat: {
			title: 'The same figure printed twice, differently',
			explanation:
				'The same amount, rate or score appears twice in the document with different values. This site uses the first one. One of the two must be wrong; check the source document before quoting it.'
		},
		unit_converted: {
			title: 'Amount converted to CNY 10k',
			explanation:
				'The document gives amounts in yuan (or in units of CNY 100m); this site converts them all to CNY 10k (1 yuan = 0.0001 × CNY 10k) so they compare with other documents. This is only a note; the figure can be used as it is.'
		},
		zero_total_row: {
			title: 'Unfilled all-zero total row',
			explanation:
				'The total row of a table is all zeros while the item rows below it hold real figures: it is a template row left unfilled, not a total of zero. This site does not read it as a total. The unit’s total may therefore be missing from the data; rely on the items.'
		},
		unread_budget_row: {
			title: 'Budget row not read',
			explanation:
				'A table row holds figures, but its name is none of the budget scopes this site recognises (total, fiscal appropriation, other funds, general public budget, government funds), so it was not read. The data are incomplete but not wrong; see the source document if you need that row.'
		},
		unplaced_budget_cell: {
			title: 'Budget figure without a column',
			explanation:
				'A figure in a budget table could not be assigned to a column (such as initial budget, full-year budget or actual spending), or does not fit the kind of value that column holds, so it was not read. The amount is empty in the data; check the source document.'
		},
		rate_not_percent: {
			title: 'Rate column is not a percentage',
			explanation:
				'The execution or adjustment rate column holds something other than a percentage; this site cannot tell what it means, so the rate is left empty. The execution rate is still computed from the amounts and is not affected.'
		},
		unknown_label: {
			title: 'Unrecognised rate name',
			explanation:
				'A rate appears next to the budget amounts, but its name is not one this site recognises (“budget execution rate / completion rate” or “budget adjustment rate”), so it was not read. This is only a note; see the source document if needed.'
		},
		unreadable_number: {
			title: 'Malformed number',
			explanation:
				'A cell of a budget table is not a well-formed number (probably a wrong or missing character from the PDF-to-text conversion); the figure is left empty (not 0). The amount or rate is missing; check the source document.'
		},
		unreadable_value: {
			title: 'Value could not be read',
			explanation:
				'An amount or rate in a cell or sentence could not be recognised; the value is left empty (not 0). An execution rate or total that depends on it may be missing; check the source document.'
		},
		unreadable_amount: {
			title: 'Amount could not be read',
			explanation:
				'The amount column of a task or project is empty or not a recognisable number. Where possible this site uses another amount column of the same row (and says so in the flag); otherwise the amount is left empty. Check the source document before quoting the amount.'
		},
		missing_amount: {
			title: 'No amount given',
			explanation:
				'A key task does not state the funds planned for it. The gap is in the document itself; the task’s amount is empty in the data, not 0.'
		},
		unit_assumed: {
			title: 'Unit assumed as a ratio',
			explanation:
				'The actual value is a bare number such as “1” while the target is a percentage (e.g. 100%): this site reads it as a ratio, 100% (1 = 100%). Whether the indicator is met rests on this assumption; if in doubt about how the document meant it, see the source document.'
		},
		over_target: {
			title: 'Actual far above target',
			explanation:
				'The actual value exceeds 120% of the target. The target may have been set too low, or the actual value may be measured on a different basis. The indicator still counts as met, but “met” does not necessarily mean good performance; a review may ask whether the target was reasonable.'
		},
		suspicious_value: {
			title: 'Suspicious value',
			explanation:
				'A rate that cannot exceed 100% (such as a completion or coverage rate) is printed above 100% (e.g. “1010%”, very likely a typo for “100%”). This site keeps the value as printed and corrects nothing; whether the indicator is met may be unreliable. Do not quote it directly; check the source document first.'
		},
		level_code_mismatch: {
			title: 'Category number contradicts category name',
			explanation:
				'The number of an indicator’s subcategory belongs to another category (e.g. “31 – beneficiary satisfaction” under “Outcome”). This site classifies by the category’s name, not its number, so the indicator may sit in a different category of the attainment-by-category figures than the document’s numbering suggests.'
		},
		unknown_level: {
			title: 'Category outside the standard taxonomy',
			explanation:
				'The indicator’s category or subcategory name is not part of the finance authorities’ performance indicator taxonomy (output, outcome, satisfaction and cost indicators and their subcategories), so this site cannot classify it. It counts as “Uncategorised” in the figures by category.'
		},
		level_missing: {
			title: 'Indicator without a category',
			explanation:
				'No category or subcategory heading stands above this indicator in the table. It counts as “Uncategorised” in the figures by category; nothing else is affected.'
		},
		missing_target: {
			title: 'No target value',
			explanation: 'The indicator has no annual target, so whether it was met cannot be judged; it is left out of the attainment rate.'
		},
		missing_value: {
			title: 'Missing value',
			explanation:
				'A value an indicator or task should have (expected value, result or funds) is not printed, perhaps because the table row was cut off. The value is empty, and the indicator is left out of the attainment rate.'
		},
		no_actual: {
			title: 'Target without an actual value',
			explanation:
				'The report gives the indicator’s annual target but not what was actually achieved. Its status is “target only”: it is left out of the attainment rate but counted in the number of indicators (coverage).'
		},
		no_indicators: {
			title: 'Project without performance indicators',
			explanation:
				'The “performance indicators” column of this project in the project table is empty. The project has an amount but no indicators to assess.'
		},
		truncated_indicator: {
			title: 'Indicator text cut off',
			explanation:
				'The indicator text in a table cell is incomplete (e.g. the annual target is missing), usually because the PDF-to-text conversion cut the cell. The indicator was not recorded, or was recorded without a target. See the source document if you need it.'
		},
		truncated_row: {
			title: 'Table row cut off',
			explanation:
				'The last row of the document looks incomplete (fewer cells than the header), so an amount or indicator may be missing. What was read from the row can be used; see the source document for the rest.'
		},
		unreadable_indicators: {
			title: 'Performance indicators could not be read',
			explanation:
				'No numbered indicator entries were found in the project’s “performance indicators” column, so no indicator was recorded for the project. See the source document if needed.'
		},
		indicator_pairing: {
			title: 'Indicator names and values do not pair up',
			explanation:
				'A cell lists a different number of indicator names than actual values, so this site cannot tell which value belongs to which name, and the pairing may be wrong. Check the indicators concerned against the source document.'
		},
		score_missing: {
			title: 'Missing score',
			explanation:
				'The self-evaluation report gives the maximum points of a section but not the score achieved. The section’s score is empty in the data.'
		},
		extraction_noise: {
			title: 'Extraction noise ignored',
			explanation:
				'Stray characters from the PDF-to-text conversion (e.g. an isolated “Į”, or a single number that fits no total) were recognised as noise and ignored. This is only a note; the amounts read are those of the columns that check against each other.'
		},
		ignored_cells: {
			title: 'Cells not read',
			explanation:
				'A table row has cells beyond the known columns; their content was not read. This usually does not affect any figure; see the source document if needed.'
		},
		unparsed_clause: {
			title: 'Sentence could not be read',
			explanation:
				'A sentence of the report (or part of one) seems to contain an indicator or an amount, but this site could not interpret it, so its figures may be missing from the data. Check the source document.'
		},
		unparsed_line: {
			title: 'Line could not be parsed',
			explanation:
				'A line of the document was neither recognised as data nor is it ordinary explanatory text. Its figures may be missing from the data. This site publishes every such line; check the source document for what is missing.'
		},
		year_assumed: {
			title: 'Year assumed',
			explanation:
				'The document does not state its year; the curators assumed it from the other documents published with it (the registry records the basis). Until checked against the original publication page, the document’s data count under the assumed year; say that the year is assumed when you quote them.'
		},
		year_mismatch: {
			title: 'Year mismatch',
			explanation:
				'The year in the text differs from the registered year (or the year in the title). The data count under the registered year; check which year the document really belongs to.'
		},
		year_inferred: {
			title: 'Year inferred from the text',
			explanation: 'The document is not registered; its year was inferred from the text (for previews only).'
		},
		year_missing: {
			title: 'No year',
			explanation:
				'The text states no year and the document is not registered. Its data cannot be counted under any year until the registry gives one.'
		},
		unit_mismatch: {
			title: 'Unit differs from the registry',
			explanation:
				'The unit named in the text differs from the registered unit. The data count under the registered unit; check which unit the document really belongs to.'
		},
		unit_not_stated: {
			title: 'Unit not named in the text',
			explanation: 'The document’s text does not name its unit; the unit comes from the curators’ registry. This is only a note.'
		},
		unit_inferred: {
			title: 'Unit inferred from the text',
			explanation: 'The document is not registered; its unit was inferred from the text (for previews only).'
		},
		unit_matched: {
			title: 'Unit matched from the text',
			explanation:
				'The document is not registered; the unit named in its text was found in the list of Guangzhou’s street offices and towns (NBS division codes) (for previews only). This is only a note.'
		},
		ambiguous_unit: {
			title: 'Unit name cannot be resolved',
			explanation:
				'The unit named in the text fits more than one unit of the list (such as Xintang Subdistrict in Tianhe and Xintang Town in Zengcheng) or contradicts the district the text names, and nothing in the text tells which. This site does not guess: the document is not read until the registry names its unit.'
		},
		unit_unknown: {
			title: 'Unit not recognised',
			explanation:
				'No recognisable unit name was found in the text, and the document is not registered. Its data cannot be assigned to any unit.'
		},
		unknown_unit: {
			title: 'Unit not in the registry',
			explanation:
				'A unit named in a document or project table (e.g. a subordinate spending unit) is not in the list of units. The data concerned cannot be assigned to a unit until the unit is added to the list.'
		},
		kind_mismatch: {
			title: 'Document kind differs from the registry',
			explanation:
				'Judging by its text, the document is of a different kind than registered. This site reads it as the registered kind; if the registry is wrong, part of the content may not have been read.'
		},
		kind_not_detected: {
			title: 'Document kind not detected in the text',
			explanation:
				'No features of a document kind were recognised in the text; this site reads it as the registered kind. Check the data read against the source document.'
		},
		unknown_kind: {
			title: 'Document kind not recognised',
			explanation:
				'It could not be determined whether the document is a performance target declaration, a self-evaluation form, a self-evaluation report or a project performance targets table; the document was not read and its data are missing.'
		},
		parser_error: {
			title: 'Reader error',
			explanation:
				'The program reading this document failed and stopped. Data read before the error are kept; everything after it is missing. The problem lies with this site, not with the document.'
		},
		orphan_indicator: {
			title: 'Indicator without its task',
			explanation:
				'An indicator refers to a task or project that was not read, so it cannot be linked to its task. The problem lies with this site’s reader; rely on the source document.'
		},
		unreadable_document: {
			title: 'Document could not be read',
			explanation: 'The file could not be opened or is not text in an encoding the site recognises (UTF-8, UTF-16 with a byte order mark, GBK); nothing in it was read.'
		},
		unregistered_document: {
			title: 'Document not registered',
			explanation:
				'The file is in the source folder, but its unit, year and kind are not registered, so its data are not published. It will be published once the registry has an entry for it.'
		},
		unsupported_kind: {
			title: "Recognised kind that is not read",
			explanation:
				"The title shows the document is of a kind this site does not read (final accounts, a budget statement, …), not a performance target declaration, self-evaluation form or report, or project target table. The flag names the kind recognised and the line. Nothing from the document enters the data; if it does carry a performance table, put that part in a file of its own."
		},
		unit_from_target: {
			title: "Actual read in the target's unit",
			explanation:
				"The actual is a bare number (such as “50”) while the target states a unit (such as “≥50 items”): the actual is read in the target's unit before judging attainment. Forms are often filled in this way, but if the actual meant another unit the judgement does not hold; check the source document."
		},
		project_funds_from_parts: {
			title: "Project funds summed from the rows below the total",
			explanation:
				"The total funds row of the project self-evaluation form is missing or an unfilled row of zeros: the project's funds are the sum of the rows below it that have figures (fiscal appropriation, other funds …). If those rows are on different bases, check the source document."
		},
		unread_indicator_row: {
			title: "Indicator table row not understood",
			explanation:
				"A row of the indicator table of a self-evaluation form could not be matched to its columns (indicator, target, actual …) and was not recorded as an indicator. Check the row in the source document: it may be a cell broken over lines, or a layout unlike the usual template."
		},
		data_sheet_not_read: {
			title: "Attached data sheet not read as figures",
			explanation:
				"The document carries a data sheet (staffing, official-reception and vehicle spending, final accounts and budgets by year …) before or after the self-evaluation form. The site books it as a block of its own, as prose, and does not take its figures for the form's budget execution, so that they never overwrite the form's initial budget, full-year budget and spending. If you need those figures, read the lines the flag points to."
		},
		run_together_split: {
			title: "Figures run together, split by column",
			explanation:
				"Text extraction ran the figures of several columns into one cell (such as “310.2154.741050%5”). The site splits such a cell only where the kinds of the columns (amount, rate, weight, score) and the arithmetic between them (rate = spending ÷ budget, score = weight × rate) allow exactly one reading; the flag shows the split. Check it against the source document before quoting."
		},
		run_together_numbers: {
			title: "Figures run together, not split",
			explanation:
				"Text extraction ran the figures of several columns into one cell, and no single way of splitting it agrees with the kinds of the columns and the arithmetic between them (none does, or several do). The site does not guess: the cell is kept as printed and those columns are empty in the data. Read the table in the source document."
		},
		execution_against_initial: {
			title: "Execution rate against the initial budget",
			explanation:
				"The self-evaluation form prints only an initial budget (A) and the spending (B), with the rate as B/A and no full-year (adjusted) budget column: the site follows the form and computes the execution rate against the initial budget, which it also records as the full-year budget. The adjustment rate of that row is therefore unknown (a 0 shown in the data does not mean there was no adjustment). Bear this in mind when comparing with execution rates computed against full-year budgets.",
		},
		unsupported_file: {
			title: 'File type not read',
			explanation:
				'This file of the source folder is not a text file the site reads (a Word or Excel file, an image, an archive, or a PDF while PDF intake is not available), so nothing in it was read. Save the text of the document as a .txt file (UTF-8) in the folder.'
		},
		symlink_outside_folder: {
			title: 'Link points outside the source folder',
			explanation:
				'The file is a symbolic link to a file outside the source folder. The site does not follow such links, so that no unrelated file is read and published; nothing was read. Copy the file itself into the folder to include it.'
		},
		outside_source_folder: {
			title: 'Path outside the source folder',
			explanation:
				'The registered path leads outside the source folder (for example through ..), and the site reads no file outside it. Put the file into the folder and correct the registered path.'
		},
		document_too_large: {
			title: 'File too large',
			explanation:
				'The file is over 20 MB, far more than the text of any budget performance document, so it is most likely something else (or many documents in one) and was not read. The other files of the folder were read as usual.'
		},
		duplicate_document: {
			title: 'Duplicate file',
			explanation:
				'The file has exactly the same content (the same SHA-256) as another file of the folder. Only the one listed first is published, so that the figures of one document are not counted twice. The extra copy can be deleted.'
		},
		encoding_not_utf8: {
			title: 'File not in UTF-8',
			explanation:
				'The file was saved as GB18030 (GBK, the default of Chinese Windows) or as UTF-16 with a byte order mark, and was read in that encoding; text and figures are unaffected. This is a note only; saving it as UTF-8 keeps other programs from garbling it.'
		},
		truncated_character: {
			title: 'Half a character at the end',
			explanation:
				'The file ends in the middle of a character, and that incomplete character was dropped. This usually means the file was cut off while copied or downloaded, and what followed may be missing. Check against the original that the file is complete.'
		},
		truncated_document: {
			title: 'Document probably incomplete',
			explanation:
				'The document ends in the middle of a table and lacks the closing part every complete document of its kind has (the satisfaction indicators, or the problems and measures after the tables). It was most likely cut off, and the indicators and figures after the flagged line were not read. Find the complete original and ingest it again.'
		}
	}
};
