// The optional first segment of every page's path: /en/… is English; Chinese
// (the default) has no prefix.
import type { ParamMatcher } from '@sveltejs/kit';

export const match: ParamMatcher = (param) => param === 'en';
