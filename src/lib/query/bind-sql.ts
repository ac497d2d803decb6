// Named parameters ($year, $district) for the shared .sql files, bound the
// same way for both engines (DuckDB in Node at build time, DuckDB-WASM in the
// browser), so one SQL text serves both. Values become SQL literals; strings
// are quoted, so reader-chosen filter values can never change the statement.

export type SqlParam = string | number | boolean | null;

export function sqlLiteral(v: SqlParam): string {
	if (v === null) return 'NULL';
	if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
		return String(v);
	}
	return `'${v.replace(/'/g, "''")}'`;
}

/** Replaces $name tokens (outside string literals and comments) with literals; every token must be bound. */
export function bindSql(sql: string, params: Record<string, SqlParam> = {}): string {
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
			if (!(m[1] in params)) throw new Error(`SQL parameter $${m[1]} is not bound`);
			out += sqlLiteral(params[m[1]]);
			i += m[0].length;
		} else {
			out += ch;
			i++;
		}
	}
	return out;
}
