// All messages, one namespace per area of the site. Each namespace module
// exports `zh` (the reference) and `en` (the same keys, Translation<typeof zh>).
import * as common from './common.ts';
import * as overview from './overview.ts';
import * as charts from './charts.ts';
import * as explorer from './explorer.ts';
import * as trends from './trends.ts';
import * as unit from './unit.ts';
import * as district from './district.ts';
import * as sources from './sources.ts';
import * as quality from './quality.ts';
import * as data from './data.ts';
import * as flags from './flags.ts';
import * as meta from './meta.ts';
import * as sql from './sql.ts';
import * as engine from './engine.ts';
import * as methodology from './methodology.ts';
import type { MessagePaths } from './shape.ts';

const zh = {
	common: common.zh,
	overview: overview.zh,
	charts: charts.zh,
	explorer: explorer.zh,
	trends: trends.zh,
	unit: unit.zh,
	district: district.zh,
	sources: sources.zh,
	quality: quality.zh,
	data: data.zh,
	flags: flags.zh,
	meta: meta.zh,
	sql: sql.zh,
	engine: engine.zh,
	methodology: methodology.zh
};

export const MESSAGES = {
	zh,
	en: {
		common: common.en,
		overview: overview.en,
		charts: charts.en,
		explorer: explorer.en,
		trends: trends.en,
		unit: unit.en,
		district: district.en,
		sources: sources.en,
		quality: quality.en,
		data: data.en,
		flags: flags.en,
		meta: meta.en,
		sql: sql.en,
		engine: engine.en,
		methodology: methodology.en
	} satisfies { [K in keyof typeof zh]: unknown }
};

/** 'common.nav.overview', … : every message's key. */
export type MessageKey = MessagePaths<typeof zh>;
