// Every page is prerendered at build time; the browser only hydrates.
export const prerender = true;
export const trailingSlash = 'always';
