import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import ZH from './zh.ts';
import EN from './en.ts';

type Dict = { [k: string]: string | Dict };

function flatten(d: Dict, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [k, v] of Object.entries(d)) {
		if (typeof v === 'string') out.set(prefix + k, v);
		else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
	}
	return out;
}

/** The argument names of an ICU message ({name}, {n, plural, …}, nested ones included), from its parsed form. */
function placeholders(msg: string): string[] {
	const names = new Set<string>();
	type El = { type: number; value?: unknown; options?: Record<string, { value: El[] }> };
	const walk = (els: El[]) => {
		for (const el of els) {
			// 0 = literal, 7 = pound (#); every other element is an argument
			if (el.type !== 0 && el.type !== 7 && typeof el.value === 'string') names.add(el.value);
			for (const o of Object.values(el.options ?? {})) walk(o.value);
		}
	};
	walk(new IntlMessageFormat(msg, 'en').getAst() as El[]);
	return [...names].sort();
}

const zh = flatten(ZH as unknown as Dict);
const en = flatten(EN as unknown as Dict);

describe('messages', () => {
	it('has an English message for every Chinese one, and no other', () => {
		expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
	});

	it('gives every English message the placeholders of its Chinese one', () => {
		const differ = [...zh].filter(([k, v]) => placeholders(v).join() !== placeholders(en.get(k) ?? '').join()).map(([k]) => k);
		expect(differ).toEqual([]);
	});

	it('parses every message as ICU in its language', () => {
		for (const [k, v] of zh) expect(() => new IntlMessageFormat(v, 'zh-CN'), k).not.toThrow();
		for (const [k, v] of en) expect(() => new IntlMessageFormat(v, 'en'), k).not.toThrow();
	});

	it('leaves no Chinese in an English message', () => {
		const han = /[\u4e00-\u9fff]/;
		const chinese = [...en].filter(([k, v]) => han.test(v)).map(([k]) => k);
		expect(chinese).toEqual([]);
	});
});
