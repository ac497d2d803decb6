// The dataset's version and build date for the footer of every page (read at
// prerender from the published manifest.json).
import { datasetStamp } from '$lib/data/dataset-stamp';
import { publishedManifest } from '$lib/data/published-manifest';

export async function load() {
	return { dataset: datasetStamp(await publishedManifest()) };
}
