// The workspace's friendly wall: the published tables are ordinary in-memory
// DuckDB tables, so every statement is checked before it reaches the engine
// (the pages of the tab query on a connection of their own, which the
// workspace's temp objects cannot reach: duckdb-engine.ts). Allowed:
// reading statements, and the analyst's own scratch objects (CREATE TEMP …,
// then INSERT/UPDATE/DELETE/DROP/ALTER on objects of the temp catalog).
// Everything else is refused with a message (in the page's language) naming the statement.
// The check reads tokens (statements.ts), so comments and string contents
// cannot fool it; anything it does not recognise is refused.
import { t } from '../i18n/i18n.ts';
import { splitStatements, type Token } from './statements.ts';

/** What the engine holds right now (names as DuckDB reports them). */
export interface GuardCatalog {
	/** Tables, views and macros of the analyst's temp catalog. */
	tempTables: readonly string[];
	tempViews: readonly string[];
	tempMacros: readonly string[];
	/** Every published (non-temp) table, view and macro name: temp objects may not shadow them. */
	published: readonly string[];
	/** DuckDB's built-in function names: a temp macro may not shadow them (sum, round…). */
	builtinFunctions?: readonly string[];
}

export type GuardVerdict = { ok: true; writesTemp: boolean } | { ok: false; message: string };

const READ_START = new Set(['SELECT', 'FROM', 'VALUES', 'TABLE', 'DESCRIBE', 'DESC', 'SHOW', 'SUMMARIZE', 'PIVOT', 'UNPIVOT', 'PIVOT_WIDER', 'PIVOT_LONGER']);
const READ_PRAGMAS = new Set(['table_info', 'show', 'show_tables', 'show_tables_expanded', 'version']);
/** Words that begin a data-changing statement; never allowed at the start of a parenthesised sub-statement. */
const WRITE_WORDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE', 'DROP', 'ALTER', 'CREATE', 'TRUNCATE', 'COPY', 'ATTACH', 'DETACH']);

const upper = (tok: Token | undefined) => (tok && tok.kind === 'word' ? tok.text.toUpperCase() : '');
const isPunct = (tok: Token | undefined, p: string) => !!tok && tok.kind === 'punct' && tok.text === p;

/** An identifier as DuckDB compares it: case-insensitively, quotes removed. */
function identName(tok: Token): string {
	return (tok.kind === 'quoted' ? tok.text.slice(1, -1).replace(/""/g, '"') : tok.text).toLowerCase();
}

/** The statement's head for messages: its first words, shortened. */
function head(tokens: Token[], sql: string, count = 4): string {
	const last = tokens[Math.min(count, tokens.length) - 1];
	const text = sql.slice(tokens[0].from, last.to).replace(/\s+/g, ' ');
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Index just past the parenthesised group opening at `i`. */
function skipGroup(tokens: Token[], i: number): number {
	let depth = 0;
	for (let j = i; j < tokens.length; j++) {
		if (isPunct(tokens[j], '(')) depth++;
		else if (isPunct(tokens[j], ')') && --depth === 0) return j + 1;
	}
	return tokens.length;
}

/** A possibly qualified name (a.b.c) at `i`: its parts and the index after it. */
function readName(tokens: Token[], i: number): { parts: string[]; next: number } | null {
	const parts: string[] = [];
	let j = i;
	for (;;) {
		const tok = tokens[j];
		if (!tok || (tok.kind !== 'word' && tok.kind !== 'quoted')) return parts.length ? { parts, next: j } : null;
		parts.push(identName(tok));
		j++;
		if (!isPunct(tokens[j], '.')) return { parts, next: j };
		j++;
	}
}

/** Skips IF [NOT] EXISTS. */
function skipIfExists(tokens: Token[], i: number): number {
	if (upper(tokens[i]) !== 'IF') return i;
	let j = i + 1;
	if (upper(tokens[j]) === 'NOT') j++;
	return upper(tokens[j]) === 'EXISTS' ? j + 1 : i;
}

/** A sub-statement starting with a data-changing word inside parentheses: `(DELETE FROM …)`. */
function hiddenWrite(tokens: Token[], from: number): Token | undefined {
	for (let i = from; i < tokens.length - 1; i++)
		if (isPunct(tokens[i], '(') && WRITE_WORDS.has(upper(tokens[i + 1]))) return tokens[i + 1];
	return undefined;
}

type Kind = 'table' | 'view' | 'macro';

class Checker {
	constructor(
		private sql: string,
		private tokens: Token[],
		private catalog: GuardCatalog
	) {}

	private refuse(message: string): GuardVerdict {
		return { ok: false, message };
	}

	private refuseStatement(i: number, why = t('sql.guard.readOnly')): GuardVerdict {
		return this.refuse(t('sql.guard.refused', { head: head(this.tokens.slice(i), this.sql), why }));
	}

	/** Is `parts` (a target name) an object of the temp catalog of that kind? */
	private isTemp(parts: string[], kind: Kind): boolean {
		const name = parts[parts.length - 1];
		// temp.t, temp.main.t, main.t (temp.main is searched first) or t
		const qualifiers = parts.slice(0, -1);
		const okQualifier =
			qualifiers.length === 0 ||
			(qualifiers.length === 1 && (qualifiers[0] === 'temp' || qualifiers[0] === 'main')) ||
			(qualifiers.length === 2 && qualifiers[0] === 'temp' && qualifiers[1] === 'main');
		if (!okQualifier) return false;
		const list = kind === 'table' ? this.catalog.tempTables : kind === 'view' ? this.catalog.tempViews : this.catalog.tempMacros;
		return list.some((n) => n.toLowerCase() === name);
	}

	/** The target name at `nameAt` must be a temp object of `kind`: the index after it, or the refusal. */
	private target(i: number, nameAt: number, kind: Kind): number | GuardVerdict {
		const name = readName(this.tokens, nameAt);
		if (!name) return this.refuseStatement(i);
		if (this.isTemp(name.parts, kind)) return name.next;
		const verb = head(this.tokens.slice(i), this.sql, nameAt - i + 1);
		return this.refuse(t('sql.guard.notTemp', { head: verb, name: name.parts.join('.'), kind: t(`sql.guard.kind.${kind}`), hint: t('sql.guard.readOnly') }));
	}

	/** Why a temp object may not take `name`, or undefined: it would shadow a published object (or, for a macro, a built-in function). */
	private clash(name: string, macro: boolean): string | undefined {
		const published = this.catalog.published.find((n) => n.toLowerCase() === name);
		if (published) return t('sql.guard.clash', { name: published });
		const builtin = macro ? this.catalog.builtinFunctions?.find((n) => n.toLowerCase() === name) : undefined;
		if (builtin) return t('sql.guard.builtinClash', { name: builtin });
		return undefined;
	}

	private targetCheck(i: number, nameAt: number, kind: Kind): GuardVerdict {
		const next = this.target(i, nameAt, kind);
		return typeof next === 'number' ? this.rest(next, true) : next;
	}

	/** After the part already checked: no data-changing sub-statement may hide in the rest. */
	private rest(from: number, writesTemp: boolean): GuardVerdict {
		const hidden = hiddenWrite(this.tokens, from);
		if (hidden) return this.refuse(t('sql.guard.hiddenWrite', { word: hidden.text.toUpperCase(), hint: t('sql.guard.readOnly') }));
		return { ok: true, writesTemp };
	}

	check(i = 0): GuardVerdict {
		const tk = this.tokens;
		while (isPunct(tk[i], '(')) i++; // (SELECT …) UNION (SELECT …)
		const word = upper(tk[i]);
		if (READ_START.has(word)) return this.rest(i, false);
		switch (word) {
			case 'WITH':
				return this.withQuery(i);
			case 'EXPLAIN': {
				// EXPLAIN ANALYZE runs the statement: check what it explains.
				let j = i + 1;
				if (upper(tk[j]) === 'ANALYZE' || upper(tk[j]) === 'ANALYSE') j++;
				if (isPunct(tk[j], '(') && ['FORMAT', 'ANALYZE'].includes(upper(tk[j + 1]))) j = skipGroup(tk, j);
				return this.check(j);
			}
			case 'PRAGMA': {
				const name = tk[i + 1]?.text.toLowerCase() ?? '';
				return READ_PRAGMAS.has(name) ? this.rest(i, false) : this.refuseStatement(i, t('sql.guard.pragma'));
			}
			case 'CREATE':
				return this.create(i);
			case 'INSERT': {
				let j = i + 1;
				if (upper(tk[j]) === 'OR' && ['REPLACE', 'IGNORE'].includes(upper(tk[j + 1]))) j += 2;
				if (upper(tk[j]) !== 'INTO') return this.refuseStatement(i);
				return this.targetCheck(i, j + 1, 'table');
			}
			case 'UPDATE':
				return this.targetCheck(i, i + 1, 'table');
			case 'DELETE':
				return upper(tk[i + 1]) === 'FROM' ? this.targetCheck(i, i + 2, 'table') : this.refuseStatement(i);
			case 'TRUNCATE':
				return this.targetCheck(i, upper(tk[i + 1]) === 'TABLE' ? i + 2 : i + 1, 'table');
			case 'DROP':
			case 'ALTER': {
				const what = upper(tk[i + 1]);
				const kind: Kind | null = what === 'TABLE' ? 'table' : what === 'VIEW' ? 'view' : what === 'MACRO' || what === 'FUNCTION' ? 'macro' : null;
				if (!kind || (word === 'ALTER' && kind === 'macro')) return this.refuseStatement(i);
				let j = i + 2;
				if (kind === 'macro' && upper(tk[j]) === 'TABLE') j++; // DROP MACRO TABLE m
				j = skipIfExists(tk, j);
				// DuckDB drops one object at a time; a list is checked name by name all the same.
				for (;;) {
					const next = this.target(i, j, kind);
					if (typeof next !== 'number') return next;
					if (!isPunct(tk[next], ',')) return word === 'ALTER' ? this.alterRest(i, next) : this.rest(next, true);
					j = next + 1;
				}
			}
			case '':
				return this.refuse(t('sql.guard.unrecognised', { head: tk[i] ? head(tk.slice(i), this.sql) : t('sql.guard.emptyStatement') }));
			default:
				return this.refuseStatement(i, statementHint(word));
		}
	}

	/** ALTER TABLE|VIEW temp_name …: a RENAME TO must not take a published name (the temp object would shadow it). */
	private alterRest(i: number, from: number): GuardVerdict {
		const tk = this.tokens;
		for (let j = from; j < tk.length - 1; j++) {
			if (upper(tk[j]) !== 'RENAME' || upper(tk[j + 1]) === 'COLUMN') continue;
			const k = upper(tk[j + 1]) === 'TO' ? j + 2 : -1;
			const name = k > 0 ? readName(tk, k) : null;
			const clash = name && this.clash(name.parts[name.parts.length - 1], false);
			if (clash) return this.refuseStatement(i, clash);
		}
		return this.rest(from, true);
	}

	/** WITH name AS (…), … <main statement>: every CTE body and the main statement are checked. */
	private withQuery(i: number): GuardVerdict {
		const tk = this.tokens;
		let j = i + 1;
		if (upper(tk[j]) === 'RECURSIVE') j++;
		for (;;) {
			// name [(columns)] [USING KEY (…)] AS [NOT] [MATERIALIZED] (body)
			while (j < tk.length && upper(tk[j]) !== 'AS') j = isPunct(tk[j], '(') ? skipGroup(tk, j) : j + 1;
			j++;
			if (upper(tk[j]) === 'NOT') j++;
			if (upper(tk[j]) === 'MATERIALIZED') j++;
			if (!isPunct(tk[j], '(')) return this.refuseStatement(i, t('sql.guard.badWith'));
			const end = skipGroup(tk, j);
			const verdict = new Checker(this.sql, tk.slice(j + 1, end - 1), this.catalog).check();
			if (!verdict.ok) return verdict;
			j = end;
			if (!isPunct(tk[j], ',')) break;
			j++;
		}
		return j < tk.length ? this.check(j) : this.refuseStatement(i, t('sql.guard.noMain'));
	}

	/** CREATE [OR REPLACE] TEMP|TEMPORARY TABLE|VIEW|MACRO|FUNCTION [IF NOT EXISTS] name … */
	private create(i: number): GuardVerdict {
		const tk = this.tokens;
		let j = i + 1;
		if (upper(tk[j]) === 'OR' && upper(tk[j + 1]) === 'REPLACE') j += 2;
		const temp = upper(tk[j]) === 'TEMP' || upper(tk[j]) === 'TEMPORARY';
		if (!temp) return this.refuseStatement(i, t('sql.guard.tempOnly'));
		j++;
		const what = upper(tk[j]);
		if (!['TABLE', 'VIEW', 'MACRO', 'FUNCTION'].includes(what))
			return this.refuseStatement(i, t('sql.guard.tempKinds'));
		j = skipIfExists(tk, j + 1);
		const name = readName(tk, j);
		if (!name) return this.refuseStatement(i);
		const qualifiers = name.parts.slice(0, -1);
		if (qualifiers.length && !(qualifiers[0] === 'temp' || (qualifiers.length === 1 && qualifiers[0] === 'main')))
			return this.refuseStatement(i, t('sql.guard.tempSchema'));
		const bare = name.parts[name.parts.length - 1];
		const clash = this.clash(bare, what === 'MACRO' || what === 'FUNCTION');
		if (clash) return this.refuseStatement(i, clash);
		// CREATE TEMP TABLE tk [(columns)] AS <query>: the query must only read.
		if (what === 'TABLE' || what === 'VIEW')
			for (let k = name.next; k < tk.length; k = isPunct(tk[k], '(') ? skipGroup(tk, k) : k + 1)
				if (upper(tk[k]) === 'AS') {
					const verdict = this.check(k + 1);
					return verdict.ok ? { ok: true, writesTemp: true } : verdict;
				}
		return this.rest(name.next, true);
	}
}

function statementHint(word: string): string {
	switch (word) {
		case 'SET':
		case 'RESET':
			return t('sql.guard.settings');
		case 'ATTACH':
		case 'DETACH':
		case 'USE':
			return t('sql.guard.databases');
		case 'COPY':
		case 'EXPORT':
		case 'IMPORT':
			return t('sql.guard.files');
		case 'INSTALL':
		case 'LOAD':
		case 'FORCE':
			return t('sql.guard.extensions');
		case 'CALL':
		case 'CHECKPOINT':
		case 'VACUUM':
		case 'ANALYZE':
			return t('sql.guard.procedures');
		default:
			return t('sql.guard.queriesOnly');
	}
}

/**
 * Checks every statement of `sql` (one or several, separated by `;`) and
 * refuses the whole text if any one could change the published data.
 */
export function checkSql(sql: string, catalog: GuardCatalog): GuardVerdict {
	const statements = splitStatements(sql);
	if (!statements.length) return { ok: false, message: t('sql.guard.noStatements') };
	let writesTemp = false;
	for (const s of statements) {
		const verdict = new Checker(sql, s.tokens, catalog).check();
		if (!verdict.ok) return verdict;
		writesTemp ||= verdict.writesTemp;
	}
	return { ok: true, writesTemp };
}

const NOTHING: GuardCatalog = { tempTables: [], tempViews: [], tempMacros: [], published: [] };

/**
 * Does `sql` only read (SELECT, WITH … SELECT, DESCRIBE, SUMMARIZE, the allowed
 * PRAGMAs…), every statement of it? A share link runs by itself only then;
 * anything that creates or changes even a temp object waits for the reader.
 */
export function onlyReads(sql: string): boolean {
	const verdict = checkSql(sql, NOTHING);
	return verdict.ok && !verdict.writesTemp;
}
