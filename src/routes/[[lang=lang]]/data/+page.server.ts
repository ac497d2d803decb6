import { publishedManifest } from '$lib/data/published-manifest';

export async function load() {
	return { manifest: await publishedManifest() };
}
