// Query results as plain JSON-safe rows, the same from both engines:
// bigint → number, DECIMAL → number (display only; sums stay exact in SQL).

function plain(v: unknown): unknown {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v.toISOString();
	if (Array.isArray(v)) return v.map(plain);
	if (typeof v === 'object') {
		// @duckdb/node-api DECIMAL values and similar wrappers expose toDouble / valueOf.
		const o = v as { toDouble?: () => number; valueOf: () => unknown };
		if (typeof o.toDouble === 'function') return o.toDouble();
		const prim = o.valueOf();
		if (prim !== v) return plain(prim);
		return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
	}
	return String(v);
}

export function toPlainRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
	return rows.map((r) => {
		const out: Record<string, unknown> = {};
		for (const k in r) out[k] = plain(r[k]);
		return out;
	});
}
