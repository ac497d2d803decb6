import type { SqlValue } from './bind-sql.ts';

/** What pages need from an engine: run one named SQL text with parameters, get plain rows. */
export interface QueryRunner {
	query<T = Record<string, unknown>>(sql: string, params?: Record<string, SqlValue>): Promise<T[]>;
}
