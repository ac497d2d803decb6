// The page a static host shows for an unknown address: prerendered as
// /404.html and /en/404.html (trailingSlash 'never' writes the file under its
// own name). Plain HTML without hydration: the host serves it at whatever
// address was asked for, where the client router would not find its page.
export const trailingSlash = 'never';
export const csr = false;
export const entries = () => [{}, { lang: 'en' }];
