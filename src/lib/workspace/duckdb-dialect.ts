// DuckDB for @codemirror/lang-sql, which has no DuckDB dialect: PostgreSQL's
// (DuckDB's parser descends from it: $$ strings, :: casts, "identifiers")
// plus DuckDB's own keywords, types and the functions analysts reach for, so
// they are highlighted and offered by keyword completion.
import { PostgreSQL, SQLDialect } from '@codemirror/lang-sql';

const DUCKDB_KEYWORDS =
	'qualify pivot unpivot pivot_wider pivot_longer summarize describe show exclude replace columns asof positional macro ' +
	'anti semi struct map list union_by_name by name install load attach detach pragma sample tablesample using key ' +
	'materialized recursive lambda ilike glob similar tables databases temp temporary sequence type enum';

const DUCKDB_TYPES = 'hugeint uhugeint ubigint uinteger usmallint utinyint tinyint varchar blob struct map union list enum timestamptz timestamp_ns timestamp_ms timestamp_s uuid';

const DUCKDB_FUNCTIONS =
	'count sum avg min max any_value arg_max arg_min median mode quantile_cont quantile_disc stddev variance corr ' +
	'string_agg list array_agg histogram first last count_if bool_and bool_or ' +
	'round floor ceil abs greatest least coalesce nullif ifnull if ' +
	'lower upper length trim ltrim rtrim concat concat_ws substr substring left right contains starts_with ends_with ' +
	'regexp_matches regexp_replace regexp_extract split_part string_split printf format strftime strptime ' +
	'date_part date_trunc date_diff date_add make_date current_date now epoch year month ' +
	'row_number rank dense_rank percent_rank cume_dist ntile lag lead first_value last_value nth_value ' +
	'unnest generate_series range list_value list_contains list_sort list_distinct struct_pack';

export const DuckDBDialect = SQLDialect.define({
	...PostgreSQL.spec,
	keywords: `${PostgreSQL.spec.keywords ?? ''} ${DUCKDB_KEYWORDS}`,
	types: `${PostgreSQL.spec.types ?? ''} ${DUCKDB_TYPES}`,
	builtin: `${PostgreSQL.spec.builtin ?? ''} ${DUCKDB_FUNCTIONS}`
});
