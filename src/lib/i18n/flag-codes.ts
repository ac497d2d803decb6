// Plain-language Chinese explanations of the quality flag codes the pipeline
// raises (quality_flags.code), for the /quality page and anyone reading the
// published table. Each explanation says what the flag means, why it matters
// and what a reader should do with the figure. flag-codes.test.ts fails when
// the pipeline produces a code that is missing here.

export type Severity = 'error' | 'warning' | 'info';

export interface FlagCodeInfo {
	/** A short name (a few characters), shown as the heading of the code. */
	title: string;
	/** What it means, why it matters, what to do with the figure. */
	explanation: string;
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL: Record<Severity, string> = {
	error: '错误',
	warning: '警告',
	info: '提示'
};

/** Shown as text beside the label (never colour alone). */
export const SEVERITY_ICON: Record<Severity, string> = {
	error: '✖',
	warning: '⚠',
	info: 'ℹ'
};

export const SEVERITY_DESCRIPTION: Record<Severity, string> = {
	error: '文件或其中一部分未能读入，相关数字在数据中缺失。',
	warning: '数字可能有误、不完整或与原文其他部分矛盾，引用前请对照原文核实。',
	info: '读取时做了说明性的处理（例如换算单位、按登记信息补充），数字可以使用，但应知道这一处理。'
};

export function severityLabel(s: string): string {
	return SEVERITY_LABEL[s as Severity] ?? s;
}

export const FLAG_CODES: Record<string, FlagCodeInfo> = {
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
		explanation:
			'执行率或调整率栏里印的不是百分数，本站无法确定它的含义，该比率留空。执行率仍按金额计算，不受影响。'
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
		explanation:
			'某个单元格或句子中的金额、比率无法识别，该数值留空（不是 0）。依赖这一数值的执行率或合计可能缺失，请对照原文。'
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
		explanation: '文件无法打开或不是有效的文字编码（UTF-8），整个文件没有读入。'
	},
	unregistered_document: {
		title: '文件未登记',
		explanation: '文件在资料目录中，但没有登记单位、年度和类型，因此没有公布其数据。需要在登记表中补充后才会发布。'
	}
};

/** The explanation of a code; a code not (yet) explained still gets a heading. */
export function flagCodeInfo(code: string): FlagCodeInfo {
	if (Object.hasOwn(FLAG_CODES, code)) return FLAG_CODES[code];
	return { title: code, explanation: '该代码暂无说明。请对照原文查看标记所指的行。' };
}
