// One of each page type, for the checks that run over every page (axe, phones,
// print, screenshots). Paths are relative so the specs also run under a base
// path. To cover a new page type, add it here.
export interface SitePage {
	/** Short stable name: test titles and screenshot file names. */
	name: string;
	path: string;
	/** The page draws charts (wait for the live ones before checking). */
	charts?: boolean;
	/** Its page type: the same for both languages (ready.ts waits by kind). */
	kind?: string;
}

export const PAGES: readonly SitePage[] = [
	{ name: 'overview', path: './', charts: true },
	{ name: 'overview-all-years', path: './?year=all', charts: true, kind: 'overview' },
	{ name: 'coverage', path: 'coverage/', charts: true },
	{ name: 'unit', path: 'units/hp-yonghe/', charts: true },
	{ name: 'unit-targets-only', path: 'units/zc-licheng/', charts: true },
	{ name: 'unit-projects', path: 'units/lw-jinhua/', charts: true },
	{ name: 'sub-unit', path: 'units/lw-jinhua-affairs/' },
	{ name: 'unit-no-documents', path: 'units/yx-datang/' },
	{ name: 'district', path: 'districts/440118/' },
	{ name: 'sources', path: 'sources/' },
	{ name: 'source', path: 'sources/hp-yonghe-2021-selfeval/' },
	{ name: 'data', path: 'data/' },
	{ name: 'quality', path: 'quality/' },
	{ name: 'methodology', path: 'methodology/' },
	{ name: 'indicators', path: 'indicators/', charts: true },
	{ name: 'trends', path: 'trends/', charts: true },
	{ name: 'compare', path: 'compare/unit/hp-yonghe/', charts: true },
	{ name: 'sql', path: 'sql/' }
];

/** The pages leaders print: overview, a unit, a district. */
export const PRINT_PAGES: readonly SitePage[] = PAGES.filter((p) => ['overview', 'unit', 'district', 'compare'].includes(p.name));

/** Screenshots at phone and desktop width, light and dark. */
export const SCREENSHOT_PAGES: readonly SitePage[] = PAGES.filter((p) => ['overview', 'overview-all-years', 'coverage', 'unit', 'sql', 'compare'].includes(p.name));

/** The same page in English: under en/, name prefixed. */
export function inEnglish(p: SitePage): SitePage {
	return { ...p, name: `en-${p.name}`, kind: p.kind ?? p.name, path: `en/${p.path === './' ? '' : p.path}` };
}

/** Every page type in English. */
export const EN_PAGES: readonly SitePage[] = PAGES.map(inEnglish);
