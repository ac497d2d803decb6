// The Chinese messages of every namespace, one dictionary: loaded only by
// Chinese pages (i18n.ts registers it as a lazy chunk).
import { zh as common } from './common.ts';
import { zh as overview } from './overview.ts';
import { zh as charts } from './charts.ts';
import { zh as explorer } from './explorer.ts';
import { zh as trends } from './trends.ts';
import { zh as unit } from './unit.ts';
import { zh as district } from './district.ts';
import { zh as sources } from './sources.ts';
import { zh as quality } from './quality.ts';
import { zh as data } from './data.ts';
import { zh as flags } from './flags.ts';
import { zh as meta } from './meta.ts';
import { zh as sql } from './sql.ts';
import { zh as engine } from './engine.ts';
import { zh as methodology } from './methodology.ts';
import { zh as coverage } from './coverage.ts';
import { zh as compare } from './compare.ts';

const messages = {
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
