// After `vite build`: make the static output fit any host. Run by `npm run build`.
//   tsx src/publish/cli.ts [buildDir]
import { resolve } from 'node:path';
import { precompress } from './precompress.ts';
import { splitLargeFiles } from './split-large-files.ts';

const dir = resolve(process.argv[2] ?? process.env.BUILD_DIR ?? 'build');
const mib = (n: number) => `${(n / 2 ** 20).toFixed(1)} MiB`;

try {
	const t0 = performance.now();
	const split = await splitLargeFiles(dir);
	for (const s of split) console.log(`publish: ${s.file} (${mib(s.bytes)}) → ${s.parts} parts`);
	const c = await precompress(dir);
	console.log(
		`publish: ${c.files} files precompressed, ${mib(c.bytes)} → gzip ${mib(c.gzipBytes)}, brotli ${mib(c.brotliBytes)} ` +
			`(${((performance.now() - t0) / 1000).toFixed(1)} s)`
	);
} catch (e) {
	console.error(`publish: ${(e as Error).message}`);
	process.exit(1);
}
