// Types of the messages. The dictionaries themselves are zh.ts and en.ts
// (one per language, each namespace module exports `zh` and `en`), loaded
// lazily so a page downloads only its own language.
import type zh from './zh.ts';
import type { MessagePaths } from './shape.ts';

/** 'common.nav.overview', … : every message's key. */
export type MessageKey = MessagePaths<typeof zh>;
