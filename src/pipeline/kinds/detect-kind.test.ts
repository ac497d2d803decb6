import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../documents/split-lines.ts';
import type { DocumentKind } from '../types.ts';
import { detectKind, foldChinese } from './detect-kind.ts';

const ROOT = new URL('../../../', import.meta.url);
const load = (path: string) => splitLines(readFileSync(new URL(path, ROOT), 'utf8'));
const detect = (text: string) => detectKind(splitLines(text));

describe('detectKind on the Guangzhou seeds', () => {
	const seeds: [string, DocumentKind, string, number][] = [
		['000_bb748f2cf32351ef.txt', 'target_declaration', '部门整体预算绩效目标申报表', 3],
		['001_5db012f121f01c6e.txt', 'self_evaluation_form', '黄埔区广州开发区部门整体支出绩效自评表 (2021年度)', 3],
		['002_9dad41ea0f0f2e66.txt', 'self_evaluation_form', '2022年度员村街道办事处部门整体支出绩效自评表', 5],
		['003_a0655f5b282921e2.txt', 'self_evaluation_report', '广州市增城区人民政府荔城街道办事处 2021 年部门整体支出绩效自评报告', 3],
		['004_71a78aaa1661d207.txt', 'project_targets', '项目支出绩效目标表(含转移支付项目)', 1]
	];
	it.each(seeds)('%s → %s', (file, kind, title, line) => {
		const d = detectKind(load(`data/sources/${file}`));
		expect(d).toMatchObject({ kind, title, titleLine: line });
		expect(d.reason).toContain('title names');
	});
});

describe('detectKind on the corpus from elsewhere', () => {
	// [file prefix, kind, a phrase the reason must contain, title line or null]
	const corpus: [string, DocumentKind | null, string, number | null][] = [
		// Flattened one-line table headed "附件: 项目支出绩效自评表 (2022年度) 项目名称 委托业务项目 …":
		// a self-evaluation of ONE project (the national template of 财预〔2020〕10号).
		['001_chizhou', 'project_self_evaluation', 'title names a 项目支出绩效自评表', 1],
		// Title lost in extraction; the pipe table has 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 and
		// 部门整体支出总额 with no 项目名称: a department self-evaluation form, known by its vocabulary.
		['003_hubei', 'self_evaluation_form', 'table vocabulary of a self-evaluation form', null],
		// "部门预算项目绩效目标申报表(2023年度)": targets per project (村组干部报酬, 基层组织活动经费 …).
		['004_sichuan', 'project_targets', '项目绩效目标申报表', 1],
		// "下桥镇人民政府2024年度绩效自评报告", then prose.
		['006_guangdong', 'self_evaluation_report', '绩效自评报告', 1],
		// One cell per line. Its first table is a 基础数据表 (a data sheet, not a title we match);
		// the form proper, 附件二 "2023年度部门整体支出绩效自评表", starts at line 203.
		['010_hunan', 'self_evaluation_form', '整体支出绩效自评表', 203],
		// Web page chrome first (索引号, 发布机构 …), then "…五桂镇人民政府2023年一般性项目绩效目标表".
		['013_chongqing', 'project_targets', '项目绩效目标表', 21],
		// Breadcrumb "首页 > 政务公开 > …", then "2021年度霞山区爱国街道办事处整体支出绩效自评报告".
		['014_guangdong', 'self_evaluation_report', '整体支出绩效自评报告', 3],
		// Traditional with pinyin annotations, title broken over two lines:
		// "岳陽樓區(qū)2021年度部門(單位)整體支出" / "績效評價自評報告".
		['016_hunan', 'self_evaluation_report', '整体支出绩效评价自评报告', 6]
	];
	const files = new Map(
		['001_chizhou_guichi_tangxi_town_2022_project_selfeval', '003_hubei_tongcheng_tanghu_town_2020_overall_selfeval_form',
			'004_sichuan_jingyan_mata_town_2023_project_target_table', '006_guangdong_zhanjiang_xuwen_xiaqiao_town_2024_selfeval_report',
			'010_hunan_hengshan_guantang_township_2023_overall_selfeval_form', '013_chongqing_tongnan_wugui_town_2023_project_target_tables',
			'014_guangdong_zhanjiang_xiashan_aiguo_street_2021_overall_selfeval_report', '016_hunan_yueyang_yueyanglou_wangyuelu_street_2021_overall_selfeval_report_mirror'
		].map((f) => [f.split('_').slice(0, 2).join('_'), `tests/fixtures/corpus/${f}.txt`])
	);
	it.each(corpus)('%s → %s', (prefix, kind, reason, titleLine) => {
		const d = detectKind(load(files.get(prefix)!));
		expect(d.kind).toBe(kind);
		expect(d.reason).toContain(reason);
		expect(d.titleLine).toBe(titleLine);
	});

	it('keeps the printed title, without the mirror pinyin', () => {
		const d = detectKind(load(files.get('016_hunan')!));
		expect(d.title).toBe('岳陽樓區2021年度部門(單位)整體支出績效評價自評報告');
	});
});

describe('detectKind on edge cases', () => {
	it('refuses an empty or binary text with that reason', () => {
		expect(detect('')).toMatchObject({ kind: null, reason: 'the text is empty', title: null });
		expect(detect(' \n\u3000\n')).toMatchObject({ kind: null, reason: 'the text is empty' });
		expect(detect('%PDF-1.4\u0000\u0001\u0002stream').reason).toContain('binary');
		expect(detect('\ufffd\ufffd\ufffd\u0003\u0004abc').reason).toContain('binary');
	});

	it('says what it looked for when nothing matches', () => {
		const d = detect('关于开展春季植树活动的通知\n各社区居委会：请于三月底前报名。');
		expect(d.kind).toBeNull();
		expect(d.recognised).toBeUndefined();
		expect(d.reason).toContain('部门整体支出绩效自评表');
		expect(d.reason).toContain('项目(支出)绩效目标表');
		expect(d.reason).toContain('项目支出绩效自评表');
	});

	it('names a recognised kind it does not read, with the line and the reason', () => {
		const d = detect('2023年贯塘乡人民政府决算编制说明\n一、收入支出决算总体情况\n收入总计2030.12万元。');
		expect(d).toMatchObject({ kind: null, recognised: '部门决算', titleLine: 1, title: '2023年贯塘乡人民政府决算编制说明' });
		expect(d.reason).toContain('recognised as 部门决算 (line 1');
		expect(d.reason).toContain('final accounts');
		const budget = detect('\n某某街道办事处2024年部门预算公开说明\n一、部门主要职责');
		expect(budget).toMatchObject({ kind: null, recognised: '部门预算 / 预算公开说明', titleLine: 2 });
		// Traditional text too.
		expect(detect('某某鎮2022年部門決算公開').recognised).toBe('部门决算');
	});

	it('lets a supported title win over an unsupported one earlier in the file (a 决算 report with the form attached)', () => {
		const d = detect('2023年某乡人民政府决算编制说明\n附件二\n2023年度部门整体支出绩效自评表\n年初预算数\t全年预算数\t全年执行数');
		expect(d).toMatchObject({ kind: 'self_evaluation_form', titleLine: 3 });
		expect(d.recognised).toBeUndefined();
	});

	it('does not take a form cited in a sentence for the title', () => {
		const d = detect('关于印发工作通知\n各单位应填写《部门整体支出绩效自评表》，按时报送。');
		expect(d.kind).toBeNull();
	});

	it('reads Traditional titles', () => {
		expect(detect('某某街道部門整體支出績效自評表').kind).toBe('self_evaluation_form');
		expect(detect('項目支出績效目標表').kind).toBe('project_targets');
		expect(detect('部門整體預算績效目標申報表').kind).toBe('target_declaration');
		expect(detect('項目支出績效自評表（2022年度）').kind).toBe('project_self_evaluation');
		// Characters the old hand table lacked (OpenCC knows them all): 專項資金績效評價報告.
		expect(detect('某鎮2021年度專項資金績效評價報告').kind).toBe('self_evaluation_report');
	});

	it('decides a bare 绩效目标申报表 or 绩效自评表 by the table vocabulary', () => {
		expect(detect('2023年度绩效目标申报表\n项目名称\t社区经费\t三级指标').kind).toBe('project_targets');
		expect(detect('2023年度绩效目标申报表\n部门名称\t某街道\n总体绩效目标\t目标1').kind).toBe('target_declaration');
		expect(detect('2022年度绩效自评表\n年初预算数\t全年预算数\t全年执行数\n年度资金总额\t1\t2\t3\n得分\t10').kind).toBe('self_evaluation_form');
		const project = detect('2022年度绩效自评表\n项目名称\t委托业务\n年初预算数\t全年执行数');
		expect(project.kind).toBe('project_self_evaluation');
		expect(project.reason).toContain('项目名称');
	});

	it('folds Traditional characters and drops pinyin for matching only', () => {
		expect(foldChinese('預(yù)算執行數(A)')).toBe('预算执行数(A)');
		expect(foldChinese('滿意度≧９０％')).toBe('满意度≧90%');
		expect(foldChinese('鄉鎮衛生院醫療設備購置')).toBe('乡镇卫生院医疗设备购置');
	});
});
