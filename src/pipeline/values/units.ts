// Canonical units of indicator values (domain.md §3.4) and the spellings the
// documents use for them. Reading a unit gives its canonical name and the
// factor that brings the number into it (5000元 → 0.5 万元).

export interface UnitMatch {
	/** Canonical unit, e.g. '%', '人次', '万元', '小时/天'. */
	unit: string;
	/** Multiply the printed number by this to express it in `unit`. */
	factor: number;
	/** Index just after the unit in the text it was matched in. */
	end: number;
}

type Synonym = readonly [spelling: string, canonical: string, factor?: number];

// Counts are their own canonical unit; 人次 and 次 stay distinct here (the
// dataset shows what was printed) and are folded only for comparison below.
const COUNTS = [
	'次', '人次', '场次', '户次', '家次', '台次', '车次', '班次', '人', '名', '位', '户', '个', '处', '家',
	'项', '件', '宗', '份', '场', '篇', '所', '条', '张', '栋', '座', '起', '间', '辆', '台', '套', '册',
	'本', '批', '期', '届', '轮', '支', '棵', '株', '床', '例', '趟', '单', '餐', '剂', '块', '盏', '根'
] as const;

const SYNONYMS: readonly Synonym[] = [
	...COUNTS.map((c) => [c, c] as const),
	// Percent and its relatives.
	['%', '%'], ['(%)', '%'], ['百分比', '%'], ['‰', '‰'], ['个百分点', '百分点'], ['百分点', '百分点'],
	// Money, normalized to 万元 as everywhere in the dataset.
	['万元', '万元'], ['元', '万元', 0.0001], ['千元', '万元', 0.1], ['亿元', '万元', 10000],
	// Time.
	['天', '天'], ['日', '天'], ['个工作日', '工作日'], ['工作日', '工作日'], ['小时', '小时'], ['个小时', '小时'],
	['分钟', '分钟'], ['min', '分钟'], ['秒', '秒'], ['月', '月'], ['个月', '月'], ['年', '年'], ['周', '周'],
	['星期', '周'], ['季度', '季度'],
	// Scores.
	['分', '分'],
	// Area, length, weight, volume.
	['平方米', '平方米'], ['平米', '平方米'], ['㎡', '平方米'], ['m2', '平方米'], ['m²', '平方米'],
	['平方公里', '平方公里'], ['km2', '平方公里'], ['km²', '平方公里'], ['亩', '亩'], ['公顷', '公顷'],
	['公里', '公里'], ['千米', '公里'], ['km', '公里'], ['米', '米'],
	['吨', '吨'], ['公斤', '公斤'], ['千克', '公斤'], ['kg', '公斤'],
	['立方米', '立方米'], ['m3', '立方米'], ['m³', '立方米']
];

// Longest spelling first, so 人次 wins over 人 and 个工作日 over 个.
const BY_LENGTH = [...SYNONYMS].sort((a, b) => b[0].length - a[0].length);

// The per-period part of a compound unit (分/月, 小时/天, 次/年).
const PER_UNITS: Record<string, string> = {
	天: '天', 日: '天', 月: '月', 年: '年', 周: '周', 季度: '季度', 小时: '小时', 次: '次', 人: '人', 户: '户', 个: '个'
};
const PER_BY_LENGTH = Object.keys(PER_UNITS).sort((a, b) => b.length - a.length);

function isAsciiLetter(ch: string | undefined): boolean {
	return ch !== undefined && /[A-Za-z]/.test(ch);
}

/**
 * The unit written at `pos` in `s` (longest spelling first), with a compound
 * `/period` part when one follows (`80分/月` → 分/月). Latin spellings must not
 * run on into a word (`km` yes, `kmh` no). Null when no unit starts there.
 */
export function matchUnitAt(s: string, pos: number): UnitMatch | null {
	for (const [spelling, unit, factor = 1] of BY_LENGTH) {
		if (!s.startsWith(spelling, pos)) continue;
		const end = pos + spelling.length;
		if (isAsciiLetter(spelling[spelling.length - 1]) && isAsciiLetter(s[end])) continue;
		if (s[end] === '/' || s[end] === '每') {
			const per = PER_BY_LENGTH.find((p) => s.startsWith(p, end + 1));
			if (per) return { unit: `${unit}/${PER_UNITS[per]}`, factor, end: end + 1 + per.length };
		}
		return { unit, factor, end };
	}
	return null;
}

/**
 * Canonical form of a unit given on its own (a hint, a column header):
 * `个小时` → 小时, `（%）` → %, `小时/日` → 小时/天. Unknown units are kept
 * trimmed so that two identical unknown units still compare equal.
 */
export function canonicalUnit(raw: string | null | undefined): string | null {
	if (raw == null) return null;
	const s = raw
		.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
		.replace(/\s+/g, '');
	if (s === '') return null;
	const m = matchUnitAt(s, 0);
	return m && m.end === s.length ? m.unit : s;
}

// Units that count the same thing for comparison (domain §3.9): 10万人次
// against 112848次 is one count; 场次 ~ 场 ~ 次; 名 and 位 are persons.
const SAME_COUNT: Record<string, string> = {
	人次: '次', 场次: '次', 场: '次', 户次: '次', 家次: '次', 台次: '次', 车次: '次', 班次: '次',
	名: '人', 位: '人'
};

/** Key under which two canonical units are comparable; compound units fold part by part. */
export function comparisonKey(unit: string): string {
	return unit
		.split('/')
		.map((part) => SAME_COUNT[part] ?? part)
		.join('/');
}

/** True when two canonical units measure the same quantity (人次 ~ 次, but 人 ≠ 人次). */
export function sameQuantity(a: string, b: string): boolean {
	return comparisonKey(a) === comparisonKey(b);
}
