// A plain static file server for the built site (tests and benchmarks), with
// the MIME types a static host would send (.wasm as application/wasm) and an
// optional base path: node serve-static.mjs <dir> <port> [basePath]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [dir = 'build', port = '4173', basePath = ''] = process.argv.slice(2);
const TYPES = {
	'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
	'.json': 'application/json', '.wasm': 'application/wasm', '.parquet': 'application/octet-stream', '.svg': 'image/svg+xml',
	'.png': 'image/png', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.xml': 'application/xml'
};

createServer((req, res) => {
	let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
	if (basePath && !path.startsWith(basePath)) return res.writeHead(404).end('not under base path');
	path = path.slice(basePath.length) || '/';
	let file = normalize(join(dir, path));
	if (!file.startsWith(normalize(dir))) return res.writeHead(403).end();
	try {
		if (statSync(file).isDirectory()) file = join(file, 'index.html');
		// Like nginx gzip_static/brotli_static: the build's precompressed sibling when the browser takes it.
		const accepts = req.headers['accept-encoding'] ?? '';
		const encoding = [['br', '.br'], ['gzip', '.gz']].find(([name, ext]) => accepts.includes(name) && existsSync(file + ext));
		const body = encoding ? file + encoding[1] : file;
		const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(body).size, vary: 'accept-encoding' };
		if (encoding) headers['content-encoding'] = encoding[0];
		res.writeHead(200, headers);
		createReadStream(body).pipe(res);
	} catch {
		// Like static hosts: the site's own 404 page (the English one under /en/), with status 404.
		const notFound = [path.startsWith('/en/') ? join(dir, 'en', '404.html') : null, join(dir, '404.html')].find((f) => f && existsSync(f));
		if (notFound) return res.writeHead(404, { 'content-type': TYPES['.html'] }).end(readFileSync(notFound));
		res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
	}
}).listen(Number(port), '127.0.0.1', () => console.log(`serving ${dir} at http://127.0.0.1:${port}${basePath}/`));
