// manifest.json of the published dataset, read at build time (prerender) from
// the same folder the query layer reads (static/data, or DATA_DIR).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dataDir } from '../query/node.ts';
import type { Manifest } from '../../pipeline/write-dataset.ts';

export type { Manifest };

export async function publishedManifest(): Promise<Manifest> {
	return JSON.parse(await readFile(join(dataDir(), 'manifest.json'), 'utf8')) as Manifest;
}
