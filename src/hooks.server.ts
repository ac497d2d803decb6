// <html lang> of every prerendered page: zh-CN, or en under /en/ (app.html
// carries the %lang% placeholder).
import type { Handle } from '@sveltejs/kit';
import { LANG_TAG } from '$lib/i18n/i18n';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', LANG_TAG[event.params.lang === 'en' ? 'en' : 'zh'])
	});
