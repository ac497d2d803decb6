// The curated family rules on every indicator name of the seeds. The expected
// family of each name was decided by reading the name (not by running the
// rules); a name that measures nothing the families cover expects null.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestRegistered } from '../ingest.ts';
import { loadFamilies, parseFamilies, type IndicatorFamily } from '../registry/load-families.ts';
import { loadRegistry } from '../registry/load-registry.ts';
import { familyOf, familyRows, normalizeIndicatorName } from './indicator-family.ts';

const DATA = resolve(import.meta.dirname, '../../../data');

const EXPECTED: Record<string, string | null> = {
	// satisfaction: 满意度 / 满意率, whoever is asked
	专职安监员满意度: 'satisfaction',
	代表满意度: 'satisfaction',
	党务工作者满意度: 'satisfaction',
	党建指导员的满意度: 'satisfaction',
	党建活动形式满意度: 'satisfaction',
	公众满意度: 'satisfaction',
	后勤服务满意度: 'satisfaction',
	妇女满意度: 'satisfaction',
	居民对环境卫生满意度: 'satisfaction',
	居民对环境卫生的满意度: 'satisfaction',
	居民幸福感满意度: 'satisfaction',
	居民满意度: 'satisfaction',
	工资发放群体的满意度: 'satisfaction', // about a payout, but what is measured is satisfaction
	帮扶对象满意度: 'satisfaction',
	政法工作满意度: 'satisfaction',
	服务企业满意度: 'satisfaction',
	服务党员满意度: 'satisfaction',
	服务党员的满意度: 'satisfaction',
	服务对象家属满意度: 'satisfaction',
	服务对象满意度: 'satisfaction',
	'服务对象满意度(%)': 'satisfaction',
	服务对象满意度指标: 'satisfaction',
	服务对象满意率: 'satisfaction',
	服务居民满意度: 'satisfaction',
	服务满意度指标: 'satisfaction',
	服务适龄青年满意度: 'satisfaction',
	服务青少年满意度: 'satisfaction',
	社会满意度: 'satisfaction',
	社区两委干部满意度: 'satisfaction',
	社区居民满意度: 'satisfaction',
	社区组织员的满意度: 'satisfaction',
	群众满意度: 'satisfaction',
	职工满意度指标: 'satisfaction',
	补贴发放对象满意度: 'satisfaction',

	// case_incident: 警情, 发案, 事故, 案件, incidents
	'信访、投诉、交办类案件结案率': 'case_incident',
	'治安案件查处率（%）': 'case_incident',
	'涉赌警情同比下降率(%)': 'case_incident',
	'电信网络诈骗警情同比下降率(%)': 'case_incident',
	'重点整治地区案件类警情同比下降率(%)': 'case_incident',
	重大社会治安事件发生率: 'case_incident',
	重度精神病患者肇事次数: 'case_incident', // a count, but of incidents, not of activities

	// timeliness_payout: paid / disbursed on time and in full, done on time
	'"两新"党组织党务工作者津贴发放及时率': 'timeliness_payout',
	严重精神障碍患者监护及救治财政补助发放及时率: 'timeliness_payout',
	发放及时率: 'timeliness_payout',
	工资福利发放及时率: 'timeliness_payout',
	'当期任务完成及时率(%)': 'timeliness_payout',
	征兵任务完成及时率: 'timeliness_payout',
	永和街社区环卫保洁垃圾清运完成及时率: 'timeliness_payout',
	租金支付及时率: 'timeliness_payout',
	经费支出及时率: 'timeliness_payout',
	编外人员工资支付及时性: 'timeliness_payout',
	'群防志愿队工作补贴发放及时率(%)': 'timeliness_payout',
	补贴发放及时率: 'timeliness_payout',
	重点项目及时开工率: 'timeliness_payout',
	'“两委”换届及时完成率': 'timeliness_payout', // done on time: timeliness before completion
	三防值守人员补贴发放到位率: 'timeliness_payout',
	工资福利发放率: 'timeliness_payout',
	环卫人员工资福利发放率: 'timeliness_payout',
	符合条件人员的工资发放到位率: 'timeliness_payout',
	编外人员工资支付率: 'timeliness_payout',
	美沙酮治疗补贴发放率: 'timeliness_payout',
	补助资金发放率: 'timeliness_payout',
	补贴发放率: 'timeliness_payout',
	资金拨付使用率: 'timeliness_payout',
	办公场地租金缴纳率: 'timeliness_payout',

	// completion: 完成率, 完成…率, 完工率
	人口监测工作任务完成率: 'completion',
	党群服务中心建设完成率: 'completion',
	垃圾专车专运完成率: 'completion',
	家综服务完成率: 'completion',
	工作任务完成率: 'completion',
	市容市貌整治工作完成率: 'completion',
	文体中心升级改造完成率: 'completion',
	新配套社区居委会装修完成率: 'completion',
	服务内容和工作任务完成率: 'completion',
	民兵整组完成率: 'completion',
	环境综合整治任务完成率: 'completion',
	维修项目完成率: 'completion',
	送达垃圾当天处理完成率: 'completion',
	重大项目实际完成率: 'completion',
	重点项目完工率: 'completion',
	项目进度完成率: 'completion',

	// coverage: 覆盖率, and vaccination coverage
	'"两新"组织党建工作覆盖率': 'coverage',
	优生优育服务覆盖率: 'coverage',
	保洁工作覆盖率: 'coverage',
	养老服务覆盖率: 'coverage',
	在册涉毒管控人员帮教服务覆盖率: 'coverage',
	巡查覆盖率: 'coverage',
	活动宣传覆盖率: 'coverage',
	社区服务覆盖率: 'coverage',
	禁毒宣传覆盖率: 'coverage',
	'辖内兜底性人群（特指：三无长者、独居长者、孤寡长者、低保低收入家庭、单亲家庭、残障儿童、残障青少年等人群）服务覆盖率': 'coverage',
	辖内公益性基础设施维修覆盖率: 'coverage',
	新冠肺炎疫情接种率: 'coverage',

	// pass_rate: 合格率, 达标率
	工程竣工验收合格率: 'pass_rate',
	工程验收合格率: 'pass_rate',
	服务机构考核合格率: 'pass_rate',
	服务验收合格率: 'pass_rate',
	禁毒工作及平安建设达标率: 'pass_rate',

	// registration: 登记率, 建档率, 纳管率
	来穗人员屋居住信息登记率: 'registration',
	来穗人员登记纳管率: 'registration',
	'出租屋建档率、出租屋登记率': 'registration',
	出租屋纳管率: 'registration',
	'社区工作、居家养老老年人建档率': 'registration',
	服务协议签约率及建档率: 'registration',

	// activity_count: how many times activities, meetings, trainings, visits were held
	'"两新"党组织开展党建活动个数': 'activity_count',
	'举办征兵宣传活动(次数)': 'activity_count',
	举办活动次数: 'activity_count',
	促进资源对接次数: 'activity_count',
	出租屋安全隐患排查整治等各类专项行动开展次数: 'activity_count',
	区代表接访群众次数: 'activity_count',
	召开会议场次: 'activity_count',
	召开经济座谈会场次: 'activity_count',
	团员活动举办场次: 'activity_count',
	在职党员回社区服务场次: 'activity_count',
	基层党建主题党日活动开展次数: 'activity_count',
	外出招商活动次数: 'activity_count',
	巡逻频次: 'activity_count',
	工疗站活动开展次数: 'activity_count',
	开展帮扶调研工作次数: 'activity_count',
	'开展政策培训、业务培训': 'activity_count',
	开展活动: 'activity_count',
	开展社区活动次数: 'activity_count',
	开展科普活动场次: 'activity_count',
	来穗人员融合活动开展次数: 'activity_count',
	环境整治工作开展次数: 'activity_count',
	特色现场活动场次: 'activity_count',
	社区居民活动举办次数: 'activity_count',
	'纪律教育等参观学习、廉洁文化展览、知识竞赛等活动举办场次': 'activity_count',
	组织妇女活动次数: 'activity_count',
	综治视联网调度次数: 'activity_count',
	走访企业次数: 'activity_count',
	退休人员节日慰问次数: 'activity_count',
	融合活动: 'activity_count', // "举办来穗人员融合活动2场": the same measure as 来穗人员融合活动开展次数
	具有区域影响力的行业活动: 'activity_count', // "举办…不少于1场"

	// no family: headcounts, quantities built, qualitative outcomes, other rates
	'"两新"党建活动参与人数': null,
	'"两新"党组织的凝聚力增强': null,
	'“四标四实”入户走访核实率': null,
	一套表统计调查单位上报率: null,
	一报两刊征订份数: null,
	两新组织党员教育培训参与率: null,
	乡村振兴质量水平: null,
	人居环境整治受益人群数量: null,
	'人居环境整治村居数（条）': null,
	人屋信息鲜活率: null,
	保洁人员人数: null,
	党员慰问人数: null,
	全员人口信息质量: null,
	公共基础设施改造: null,
	公共服务中心工作效率等级: null,
	内街巷保洁时长: null,
	出租去安全隐患排查告知和协助整治: null,
	办公正常运行率: null,
	办理备案: null,
	参加人数: null,
	参加活动人次: null, // people taking part, not activities held
	受理积分入学: null,
	受理积分入户: null,
	员工数: null,
	'园区正常运行率(%)': null,
	垃圾清洁和转运率: null,
	垃圾转运效率: null,
	城乡环境卫生干净度: null,
	城市管理精细化考评得分: null,
	基层党建工作队伍建设水平: null,
	大件杂物及零星偷倒余泥清运: null,
	大件生活垃圾清运吨数同比增加比例: null,
	失业人员再就业率: null,
	委托执法立案宗数: null,
	对企业安全生产工作监督管理的持续影响: null,
	居住证受理: null,
	居委会办公场地环境: null,
	居民居住环境和城区形象: null,
	居民生产生活条件: null,
	'巡查水库、河道问题': null,
	巡河率: null,
	工疗站场地设置标准: null,
	'工疗站学员综合能力、幸福指数': null,
	平安建设知晓率: null, // awareness, though filed under 满意度指标
	建筑材料质量: null,
	建设社区党群中心党建阵地场所: null,
	开展城乡社区活动的村居个数: null, // counts villages, not activities
	'引进注册资本 1000 万的企业数': null,
	征集群众微心愿响应率: null,
	护栏清洗及洒水降尘: null,
	提升乡村绿化美化水平: null,
	提升公共服务水平: null,
	新型冠状病毒疫苗接种人数: null, // a headcount, not a rate
	新培育社会组织数量: null,
	新建两新党组织数量: null,
	新建两新党组织阵地场所党建氛围: null,
	服务企业数: null,
	服务保障率: null,
	服务困难老人人数: null,
	'村(居)服务人群数': null,
	残疾人教育扶助人数: null,
	'水、旱、风灾害损失降低率': null,
	水利设施正常运行: null,
	永和街城市管理精细化考评: null,
	河涌改善和水环境保护率: null,
	消毒员幸福指数: null,
	灾害的有效可控率: null,
	爱心午餐人次: null,
	物业管理服务响应时长: null,
	物业管理服务评分: null, // a score, filed under 满意度指标 but not a satisfaction rate
	特殊困难老年人月探访率: null,
	特色小镇建设数量: null,
	环卫保洁质量: null,
	环境卫生排名: null,
	环境应急事件响应率: null, // responding to incidents, not their occurrence
	社区专职工作人员队伍建设水平: null,
	社区两委干部幸福感: null,
	社区党组织书记履职能力: null,
	社区党组织服务居民群众效能: null,
	社区党群中心党建阵地场所党建氛围: null,
	社区公建配套场地增加数量: null,
	社区居委会各项业务质量: null,
	社区居民健康水平: null,
	社区居民幸福指数: null,
	社区提升数量: null,
	社区老年人日间照料中心设置数量: null,
	签订监护补助协议率: null,
	管理服务质量水平: null,
	维护市容市貌: null,
	'网格事件流转率(%)': null,
	'网格员账号活跃度(%)': null,
	网格服务管理正常运转率: null,
	群众安全感: null,
	群众需求响应率: null,
	'自我管理、自我服务社区个数': null,
	街联组代表在人代会提出建议数量: null,
	'越级省、市上访人数': null,
	辖区市容环境品质: null,
	'通过举办各类文化活动, 拉近了政府与居民之间的距离': null,
	道路机械化清扫: null,
	长者饭堂就餐人次: null,
	颐康服务站点数量: null
};

const families = await loadFamilies(join(DATA, 'registry', 'indicator-families.json'));

describe('indicator families on every indicator name of the seeds', () => {
	it.each(Object.entries(EXPECTED))('%s → %s', (name, family) => {
		expect(familyOf(name, families)).toBe(family);
	});

	it('the table lists every distinct name the seeds produce, and each row carries its family', async () => {
		const { dataset } = await ingestRegistered(DATA, await loadRegistry(DATA), families);
		expect([...new Set(dataset.indicators.map((i) => i.name))].sort()).toEqual(Object.keys(EXPECTED).sort());
		for (const i of dataset.indicators) expect(i.family, i.name).toBe(EXPECTED[i.name]);
		expect(dataset.indicator_families.map((f) => f.id)).toEqual([
			'satisfaction', 'case_incident', 'timeliness_payout', 'completion', 'coverage', 'pass_rate', 'registration', 'activity_count'
		]);
	});

	it('the issue’s examples', () => {
		expect(familyOf('群众满意度', families)).toBe('satisfaction');
		expect(familyOf('补贴发放及时率', families)).toBe('timeliness_payout');
		expect(familyOf('居民对环境卫生的满意度', families)).toBe('satisfaction');
		expect(familyOf('服务对象满意率', families)).toBe('satisfaction');
	});
});

describe('familyOf', () => {
	const fam = (id: string, rules: { pattern: string; unless?: string }[]) => ({ id, name_zh: id, name_en: id, description_zh: id, rules });
	const list = parseFamilies(
		JSON.stringify([
			fam('first', [{ pattern: '及时率' }]),
			fam('second', [{ pattern: '率$' }]),
			fam('counts', [{ pattern: '次数', unless: '投诉' }])
		]),
		'test.json'
	);

	it('tries families in order: the first match wins', () => {
		expect(familyOf('补贴发放及时率', list)).toBe('first');
		expect(familyOf('补贴发放率', list)).toBe('second');
	});
	it('an unless pattern keeps a name out of the family by that rule', () => {
		expect(familyOf('开展活动次数', list)).toBe('counts');
		expect(familyOf('群众投诉次数', list)).toBeNull();
	});
	it('matches the normalized name: half-width, no whitespace, no trailing (%)', () => {
		expect(normalizeIndicatorName('服务对象 满意度（％）')).toBe('服务对象满意度');
		expect(normalizeIndicatorName('补贴发放\u3000及时率')).toBe('补贴发放及时率');
		expect(familyOf('补贴发放率（％）', list)).toBe('second'); // `率$` holds once the unit is gone
		expect(familyOf('活动 次 数', list)).toBe('counts');
	});
	it('no family: null', () => {
		expect(familyOf('员工数', list)).toBeNull();
		expect(familyOf('', list)).toBeNull();
	});
	it('familyRows publishes the list in order with its rules as written', () => {
		expect(familyRows(list)).toEqual([
			{ id: 'first', name_zh: 'first', name_en: 'first', description_zh: 'first', rules: '及时率', sort_order: 1 },
			{ id: 'second', name_zh: 'second', name_en: 'second', description_zh: 'second', rules: '率$', sort_order: 2 },
			{ id: 'counts', name_zh: 'counts', name_en: 'counts', description_zh: 'counts', rules: '次数（除外：投诉）', sort_order: 3 }
		]);
	});
});

describe('loading the family file: bad input names the file and the entry', () => {
	const good = { id: 'a', name_zh: '甲', name_en: 'A', description_zh: '甲类', rules: [{ pattern: '率' }] };
	const load = (data: unknown) => () => parseFamilies(typeof data === 'string' ? data : JSON.stringify(data), 'data/registry/indicator-families.json');

	it('accepts the repository file and the minimal entry', () => {
		expect(families.length).toBeGreaterThanOrEqual(6);
		const [f] = parseFamilies(JSON.stringify([good]), 'x.json') as IndicatorFamily[];
		expect(f.rules[0].pattern.test('覆盖率')).toBe(true);
		expect(f.rules[0].unless).toBeNull();
	});
	it('a bad regular expression', () => {
		expect(load([{ ...good, id: 'broken', rules: [{ pattern: '满意(度|率' }] }])).toThrow(
			/data\/registry\/indicator-families\.json: entry broken: rules\[0\]\.pattern "满意\(度\|率" is not a valid regular expression/
		);
		expect(load([{ ...good, rules: [{ pattern: '率', unless: '[' }] }])).toThrow(/entry a: rules\[0\]\.unless "\[" is not a valid regular expression/);
	});
	it('a duplicate id', () => {
		expect(load([good, { ...good }])).toThrow(/indicator-families\.json: entry a: id "a" is listed twice/);
	});
	it('missing or wrong fields', () => {
		expect(load([{ ...good, id: 'Bad Id' }])).toThrow(/entry Bad Id: field "id" must be a lower-case ASCII id/);
		expect(load([{ ...good, name_en: '' }])).toThrow(/entry a: field "name_en" must be a non-empty string/);
		expect(load([{ ...good, rules: [] }])).toThrow(/entry a: field "rules" must be a non-empty list/);
		expect(load([{ ...good, rules: [{ pattern: '' }] }])).toThrow(/entry a: rules\[0\]\.pattern must be a regular expression/);
		expect(load([{ ...good, rules: [{ patern: '率' }] }])).toThrow(/entry a: rules\[0\]: unknown field "patern"/);
		expect(load([{ ...good, colour: 'red' }])).toThrow(/entry a: unknown field "colour"/);
		expect(load([{ ...good }, 'satisfaction'])).toThrow(/entry #2: expected an object/);
	});
	it('not JSON, not a list, or no file at all', async () => {
		expect(load('[{')).toThrow(/indicator-families\.json: not valid JSON/);
		expect(load({ families: [] })).toThrow(/indicator-families\.json: expected a JSON array/);
		await expect(loadFamilies('/nonexistent/indicator-families.json')).rejects.toThrow(/\/nonexistent\/indicator-families\.json: indicator family file is missing/);
	});
});
