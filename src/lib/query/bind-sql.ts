// Named parameters ($year, $district) for the shared .sql files, the same for
// both engines (DuckDB in Node at build time, DuckDB-WASM in the browser), so
// one SQL text serves both. To run a query, bindParams() numbers the names
// ($1, $2…) and the values travel apart, as the parameters of a prepared
// statement: a reader-chosen value is never SQL text. bindSql() splices
// literals only to *show* a query with its values (the SQL behind a chart,
// a share link), never to run one.

export type SqlValue = string | number | boolean | null;

/** A query ready for a prepared statement: `$1, $2…` in the text, their values in order. */
export interface BoundSql {
	sql: string;
	values: SqlValue[];
}

function check(v: SqlValue): SqlValue {
	if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
	return v;
}

export function sqlLiteral(v: SqlValue): string {
	if (v === null) return 'NULL';
	if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
	if (typeof v === 'number') return String(check(v));
	return `'${v.replace(/'/g, "''")}'`;
}

/** Calls `onParam` for every $name token outside string literals and comments; returns the text with each replaced. */
function replaceParams(sql: string, onParam: (name: string) => string): string {
	let out = '';
	for (let i = 0; i < sql.length; ) {
		const ch = sql[i];
		if (ch === "'") {
			const end = sql.indexOf("'", i + 1);
			const j = end < 0 ? sql.length : end + 1;
			out += sql.slice(i, j);
			i = j;
		} else if (ch === '-' && sql[i + 1] === '-') {
			const end = sql.indexOf('\n', i);
			const j = end < 0 ? sql.length : end;
			out += sql.slice(i, j);
			i = j;
		} else if (ch === '$' && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
			const m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(sql.slice(i))!;
			out += onParam(m[1]);
			i += m[0].length;
		} else {
			out += ch;
			i++;
		}
	}
	return out;
}

const unbound = (name: string) => new Error(`SQL parameter $${name} is not bound`);

/** `$name` → `$1, $2…` (one number per name) with the values in that order; every name must be bound. */
export function bindParams(sql: string, params: Record<string, SqlValue> = {}): BoundSql {
	const numbers = new Map<string, number>();
	const values: SqlValue[] = [];
	const text = replaceParams(sql, (name) => {
		if (!(name in params)) throw unbound(name);
		let n = numbers.get(name);
		if (n === undefined) {
			values.push(check(params[name]));
			n = values.length;
			numbers.set(name, n);
		}
		return `$${n}`;
	});
	return { sql: text, values };
}

/** For showing only: replaces $name tokens with literals; every token must be bound. */
export function bindSql(sql: string, params: Record<string, SqlValue> = {}): string {
	return replaceParams(sql, (name) => {
		if (!(name in params)) throw unbound(name);
		return sqlLiteral(params[name]);
	});
}
