// The analyst's run history and saved queries, kept in localStorage under
// versioned keys. Storage may be missing (private mode), full, or hold
// anything (an older version, a hand edit): reads keep only well-formed
// entries and writes swallow quota errors, so the page never breaks on it.

export interface HistoryEntry {
	sql: string;
	/** Epoch milliseconds of the run. */
	at: number;
	rows?: number;
	ms?: number;
	/** The error message, when the run failed. */
	error?: string;
}

export interface SavedQuery {
	name: string;
	sql: string;
	at: number;
}

export const HISTORY_KEY = 'gz-budget:sql-history:v1';
export const SAVED_KEY = 'gz-budget:sql-saved:v1';
export const HISTORY_CAP = 200;
/** Longer texts are not kept in the history (they still run, and can be saved by name). */
const MAX_SQL_LENGTH = 100_000;

/** The Web Storage subset used here; tests pass a Map-backed one. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStore(): KeyValueStore | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined; // access itself can throw (blocked storage)
	}
}

function readArray(key: string, store: KeyValueStore | undefined): unknown[] {
	try {
		const raw = store?.getItem(key);
		if (!raw) return [];
		const parsed: unknown = JSON.parse(raw);
		return Array.isArray(parsed) ? parsed : [];
	} catch {
		return [];
	}
}

function write(key: string, value: unknown, store: KeyValueStore | undefined): boolean {
	try {
		store?.setItem(key, JSON.stringify(value));
		return !!store;
	} catch {
		return false; // quota exceeded or storage blocked: keep working without it
	}
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const finite = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function toEntry(v: unknown): HistoryEntry | null {
	if (!isObject(v) || typeof v.sql !== 'string' || !v.sql.trim() || finite(v.at) === undefined) return null;
	const e: HistoryEntry = { sql: v.sql, at: v.at as number };
	if (finite(v.rows) !== undefined) e.rows = v.rows as number;
	if (finite(v.ms) !== undefined) e.ms = v.ms as number;
	if (typeof v.error === 'string') e.error = v.error;
	return e;
}

function toSaved(v: unknown): SavedQuery | null {
	if (!isObject(v) || typeof v.name !== 'string' || !v.name.trim() || typeof v.sql !== 'string' || finite(v.at) === undefined) return null;
	return { name: v.name, sql: v.sql, at: v.at as number };
}

const sameSql = (a: string, b: string) => a.trim() === b.trim();

/** The history, newest first. */
export function readHistory(store = defaultStore()): HistoryEntry[] {
	return readArray(HISTORY_KEY, store)
		.map(toEntry)
		.filter((e): e is HistoryEntry => e !== null)
		.slice(0, HISTORY_CAP);
}

/** Adds a run at the top; an earlier run of the same text moves up instead of repeating. Returns the new list. */
export function addToHistory(entry: HistoryEntry, store = defaultStore()): HistoryEntry[] {
	const current = readHistory(store);
	if (!entry.sql.trim() || entry.sql.length > MAX_SQL_LENGTH) return current;
	const next = [entry, ...current.filter((e) => !sameSql(e.sql, entry.sql))].slice(0, HISTORY_CAP);
	// Full storage: keep the newest half, then a quarter…, whatever fits.
	for (let n = next.length; n > 0 && !write(HISTORY_KEY, next.slice(0, n), store); n = Math.floor(n / 2));
	return next;
}

export function clearHistory(store = defaultStore()): void {
	try {
		store?.removeItem(HISTORY_KEY);
	} catch {
		// nothing to clear then
	}
}

/** Entries whose SQL contains `text` (case-insensitive); all of them for an empty search. */
export function searchHistory<T extends { sql: string; name?: string }>(entries: T[], text: string): T[] {
	const needle = text.trim().toLowerCase();
	if (!needle) return entries;
	return entries.filter((e) => e.sql.toLowerCase().includes(needle) || (e.name?.toLowerCase().includes(needle) ?? false));
}

/** Saved queries, newest first. */
export function readSaved(store = defaultStore()): SavedQuery[] {
	return readArray(SAVED_KEY, store)
		.map(toSaved)
		.filter((e): e is SavedQuery => e !== null)
		.sort((a, b) => b.at - a.at);
}

/** Saves `sql` under `name` (a query of the same name is replaced). Returns the new list, or null if storage refused. */
export function saveQuery(name: string, sql: string, store = defaultStore(), at = Date.now()): SavedQuery[] | null {
	const trimmed = name.trim();
	if (!trimmed) return null;
	const next = [{ name: trimmed, sql, at }, ...readSaved(store).filter((q) => q.name !== trimmed)];
	return write(SAVED_KEY, next, store) ? next : null;
}

export function deleteSaved(name: string, store = defaultStore()): SavedQuery[] {
	const next = readSaved(store).filter((q) => q.name !== name);
	write(SAVED_KEY, next, store);
	return next;
}
