// The main navigation, in order: paths relative to the site's base path (and
// to /en/ on English pages), labels are messages (common.nav.<key>).
export const NAV_LINKS = [
	{ path: '/', key: 'overview' },
	{ path: '/coverage/', key: 'coverage' },
	{ path: '/indicators/', key: 'indicators' },
	{ path: '/trends/', key: 'trends' },
	{ path: '/compare/', key: 'compare' },
	{ path: '/sql/', key: 'sql' },
	{ path: '/sources/', key: 'sources' },
	{ path: '/data/', key: 'data' },
	{ path: '/quality/', key: 'quality' },
	{ path: '/methodology/', key: 'methodology' }
] as const;
