// The English messages of every namespace, one dictionary: loaded only by
// English pages (i18n.ts registers it as a lazy chunk).
import { en as common } from './common.ts';
import { en as overview } from './overview.ts';
import { en as charts } from './charts.ts';
import { en as explorer } from './explorer.ts';
import { en as trends } from './trends.ts';
import { en as unit } from './unit.ts';
import { en as district } from './district.ts';
import { en as sources } from './sources.ts';
import { en as quality } from './quality.ts';
import { en as data } from './data.ts';
import { en as flags } from './flags.ts';
import { en as meta } from './meta.ts';
import { en as sql } from './sql.ts';
import { en as engine } from './engine.ts';
import { en as methodology } from './methodology.ts';
import { en as coverage } from './coverage.ts';
import { en as compare } from './compare.ts';
import type zh from './zh.ts';
import type { Translation } from './shape.ts';

const messages: Translation<typeof zh> = {
	common,
	overview,
	charts,
	explorer,
	trends,
	unit,
	district,
	sources,
	quality,
	data,
	flags,
	meta,
	sql,
	engine,
	methodology,
	compare,
	coverage
};

export default messages;
