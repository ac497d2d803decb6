// The indicator taxonomy (一级 / 二级 指标) and how printed levels are resolved.

export interface Level2Def {
	code: string;
	name: string;
	level1: string;
}

export const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;
export const LEVEL1_CODES: Record<string, string> = { '1': '产出指标', '2': '效益指标', '3': '满意度指标' };

export const LEVEL2: Level2Def[] = [
	{ code: '11', name: '数量指标', level1: '产出指标' },
	{ code: '12', name: '质量指标', level1: '产出指标' },
	{ code: '13', name: '时效指标', level1: '产出指标' },
	{ code: '14', name: '成本指标', level1: '产出指标' },
	{ code: '21', name: '经济效益指标', level1: '效益指标' },
	{ code: '22', name: '社会效益指标', level1: '效益指标' },
	{ code: '23', name: '生态效益指标', level1: '效益指标' },
	{ code: '24', name: '可持续影响指标', level1: '效益指标' },
	{ code: '31', name: '服务对象满意度指标', level1: '满意度指标' },
	// Newer templates make 成本指标 a 一级 of its own.
	{ code: '', name: '经济成本指标', level1: '成本指标' },
	{ code: '', name: '社会成本指标', level1: '成本指标' },
	{ code: '', name: '生态环境成本指标', level1: '成本指标' }
];

// Variants seen in documents: 满意度 without 服务对象, 日效性/时效性 OCR, 可持续影响.
const LEVEL2_ALIASES: Record<string, string> = {
	满意度指标: '服务对象满意度指标',
	群众满意度指标: '服务对象满意度指标',
	社会公众或服务对象满意度指标: '服务对象满意度指标',
	时效性指标: '时效指标',
	日效性指标: '时效指标',
	可持续影响: '可持续影响指标',
	经济效益: '经济效益指标',
	社会效益: '社会效益指标',
	生态效益: '生态效益指标'
};

function canonical(raw: string): string {
	const s = raw.replace(/[\s\u3000]/g, '').replace(/^\d+-/, '').replace(/[（(]\d+分[)）]$/, '');
	return s.endsWith('指标') ? s : s + '指标';
}

/** Resolves a printed 一级 name (产出 / 产出指标 / 产出指标(50分)) to its canonical name, or null. */
export function level1ByName(raw: string | null | undefined): string | null {
	if (!raw) return null;
	const s = canonical(raw);
	return (LEVEL1 as readonly string[]).includes(s) ? s : null;
}

/** Resolves a printed 二级 name to its definition, or null when it is not a 二级 name. */
export function level2ByName(raw: string | null | undefined): Level2Def | null {
	if (!raw) return null;
	let s = canonical(raw);
	s = LEVEL2_ALIASES[s] ?? LEVEL2_ALIASES[s.replace(/指标$/, '')] ?? s;
	return LEVEL2.find((d) => d.name === s) ?? null;
}

export function level2ByCode(code: string): Level2Def | null {
	return LEVEL2.find((d) => d.code === code) ?? null;
}

/** True if the cell names a level of either rank (used to recover levels printed in the wrong column). */
export function isLevelName(raw: string): boolean {
	return level1ByName(raw) !== null || level2ByName(raw) !== null;
}
