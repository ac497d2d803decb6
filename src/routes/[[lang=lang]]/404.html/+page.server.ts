// Where the prerendered 404 page lives, as an absolute path: the page sets it
// as its <base>, so its relative links and assets resolve at any address the
// host serves it for (/units/unknown/, /en/districts/999999/…).
export function load({ params }) {
	const base = process.env.BASE_PATH ?? '';
	return { home: `${base}/${params.lang === 'en' ? 'en/' : ''}` };
}
