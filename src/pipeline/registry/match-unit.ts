// Matching a unit name found in a document against the unit registry.
import { toHalfWidth } from '../values/normalize-text.ts';
import type { UnitEntry } from './load-registry.ts';

/** Canonical key: no spaces, half-width, without 人民政府 (printed in some names and not in others). */
export function unitKey(name: string): string {
	return toHalfWidth(name).replace(/[\s\u3000]/g, '').replace(/人民政府/g, '');
}

/**
 * The registry unit a printed name refers to: an exact match on the name or
 * an alias first, else the unit whose name or short name is the longest one
 * contained in the printed name (so 金花街道综合事务中心 beats 金花街道).
 */
export function matchUnit(printed: string, units: UnitEntry[]): UnitEntry | null {
	const key = unitKey(printed);
	if (!key) return null;
	for (const u of units) {
		if ([u.name, u.short_name, ...u.aliases].some((n) => unitKey(n) === key)) return u;
	}
	let best: { unit: UnitEntry; len: number } | null = null;
	for (const u of units) {
		for (const n of [u.name, ...u.aliases, u.short_name]) {
			const k = unitKey(n);
			if (k.length < 3 || !key.includes(k) || (best && k.length <= best.len)) continue;
			// Only administrative wrapping may surround the match: 广州市荔湾区…办事处 is
			// 金花街道, but 金花街道社区卫生服务中心 is another unit, not in the registry.
			if (key.replace(k, '').replace(/广州市|[\u4e00-\u9fff]{1,3}区|办事处|开发区/g, '') !== '') continue;
			best = { unit: u, len: k.length };
		}
	}
	return best?.unit ?? null;
}
