import { describe, expect, it } from 'vitest';
import {
	addToHistory,
	clearHistory,
	deleteSaved,
	HISTORY_CAP,
	HISTORY_KEY,
	readHistory,
	readSaved,
	SAVED_KEY,
	saveQuery,
	searchHistory,
	type KeyValueStore
} from './history.ts';

function memoryStore(limit = Infinity): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => {
			if (v.length > limit) throw new DOMException('quota', 'QuotaExceededError');
			data.set(k, v);
		},
		removeItem: (k) => void data.delete(k)
	};
}

describe('history', () => {
	it('keeps runs newest first and moves a repeated query to the top', () => {
		const s = memoryStore();
		addToHistory({ sql: 'SELECT 1', at: 1, rows: 1, ms: 3 }, s);
		addToHistory({ sql: 'SELECT 2', at: 2 }, s);
		addToHistory({ sql: '  SELECT 1  ', at: 3, error: 'x' }, s);
		expect(readHistory(s).map((e) => [e.sql, e.at])).toEqual([
			['  SELECT 1  ', 3],
			['SELECT 2', 2]
		]);
		expect(readHistory(s)[0].error).toBe('x');
	});

	it(`is capped at ${HISTORY_CAP}`, () => {
		const s = memoryStore();
		for (let i = 0; i < HISTORY_CAP + 25; i++) addToHistory({ sql: `SELECT ${i}`, at: i }, s);
		const h = readHistory(s);
		expect(h).toHaveLength(HISTORY_CAP);
		expect(h[0].sql).toBe(`SELECT ${HISTORY_CAP + 24}`);
		expect(h.at(-1)?.sql).toBe('SELECT 25');
	});

	it('ignores empty queries', () => {
		const s = memoryStore();
		expect(addToHistory({ sql: '  ', at: 1 }, s)).toEqual([]);
	});

	it('searches by substring, case-insensitively, Chinese included', () => {
		const entries = [
			{ sql: 'SELECT * FROM Units', at: 1 },
			{ sql: "SELECT * FROM indicators WHERE name LIKE '%满意%'", at: 2 }
		];
		expect(searchHistory(entries, 'units')).toHaveLength(1);
		expect(searchHistory(entries, '满意')[0].at).toBe(2);
		expect(searchHistory(entries, '  ')).toHaveLength(2);
		expect(searchHistory(entries, 'nothing')).toEqual([]);
	});

	it('survives corrupt or foreign storage content', () => {
		const s = memoryStore();
		s.data.set(HISTORY_KEY, '{not json');
		expect(readHistory(s)).toEqual([]);
		s.data.set(HISTORY_KEY, JSON.stringify({ entries: [] }));
		expect(readHistory(s)).toEqual([]);
		s.data.set(HISTORY_KEY, JSON.stringify([null, 7, { sql: 1 }, { sql: 'SELECT 1' }, { sql: 'SELECT 2', at: 5, rows: 'x' }]));
		expect(readHistory(s)).toEqual([{ sql: 'SELECT 2', at: 5 }]);
		expect(addToHistory({ sql: 'SELECT 3', at: 6 }, s).map((e) => e.sql)).toEqual(['SELECT 3', 'SELECT 2']);
	});

	it('works without storage, and when storage throws', () => {
		expect(readHistory(undefined)).toEqual([]);
		expect(addToHistory({ sql: 'SELECT 1', at: 1 }, undefined)).toHaveLength(1);
		const throwing: KeyValueStore = {
			getItem: () => {
				throw new Error('blocked');
			},
			setItem: () => {
				throw new Error('blocked');
			},
			removeItem: () => {
				throw new Error('blocked');
			}
		};
		expect(readHistory(throwing)).toEqual([]);
		expect(() => addToHistory({ sql: 'SELECT 1', at: 1 }, throwing)).not.toThrow();
		expect(() => clearHistory(throwing)).not.toThrow();
		expect(saveQuery('a', 'SELECT 1', throwing)).toBeNull();
	});

	it('keeps the newest half when storage is full', () => {
		const s = memoryStore(4_000);
		for (let i = 0; i < HISTORY_CAP; i++) addToHistory({ sql: `SELECT ${'x'.repeat(30)} ${i}`, at: i }, s);
		const kept = readHistory(s);
		expect(kept.length).toBeGreaterThan(0);
		expect(kept[0].sql).toContain(` ${HISTORY_CAP - 1}`);
	});

	it('clears', () => {
		const s = memoryStore();
		addToHistory({ sql: 'SELECT 1', at: 1 }, s);
		clearHistory(s);
		expect(readHistory(s)).toEqual([]);
	});
});

describe('saved queries', () => {
	it('saves by name, replaces the same name, deletes, newest first', () => {
		const s = memoryStore();
		saveQuery('排名', 'SELECT 1', s, 1);
		saveQuery('区', 'SELECT 2', s, 2);
		saveQuery(' 排名 ', 'SELECT 3', s, 3);
		expect(readSaved(s)).toEqual([
			{ name: '排名', sql: 'SELECT 3', at: 3 },
			{ name: '区', sql: 'SELECT 2', at: 2 }
		]);
		expect(deleteSaved('区', s).map((q) => q.name)).toEqual(['排名']);
		expect(saveQuery('  ', 'SELECT 4', s)).toBeNull();
	});

	it('ignores malformed saved entries', () => {
		const s = memoryStore();
		s.data.set(SAVED_KEY, JSON.stringify([{ name: '', sql: 'x', at: 1 }, { name: 'ok', sql: 'SELECT 1', at: 2 }, 'x']));
		expect(readSaved(s)).toEqual([{ name: 'ok', sql: 'SELECT 1', at: 2 }]);
	});
});
