// Plain-language explanations of the quality flag codes the pipeline raises
// (quality_flags.code), for the /quality page and anyone reading the
// published table, in the page's language (messages/flags.ts). Each
// explanation says what the flag means, why it matters and what a reader
// should do with the figure. flag-codes.test.ts fails when the pipeline
// produces a code that is missing here.
import { t } from './i18n.ts';
import type { MessageKey } from './messages/index.ts';
import { zh as FLAGS } from './messages/flags.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface FlagCodeInfo {
	/** A short name (a few words), shown as the heading of the code. */
	title: string;
	/** What it means, why it matters, what to do with the figure. */
	explanation: string;
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * A record whose values are read in the page's language when they are read
 * (getters), so `RECORD[key] ?? fallback` keeps working as with a plain object.
 */
function localizedRecord<K extends string, V>(keys: readonly K[], value: (k: K) => V): Record<K, V> {
	const out = {} as Record<K, V>;
	for (const k of keys) Object.defineProperty(out, k, { get: () => value(k), enumerable: true });
	return Object.freeze(out);
}

/** error → 错误 / "error" (read in the page's language). */
export const SEVERITY_LABEL: Record<Severity, string> = localizedRecord(SEVERITY_ORDER, (s) => t(`flags.severity.${s}`));

/** Shown as text beside the label (never colour alone). */
export const SEVERITY_ICON: Record<Severity, string> = {
	error: '✖',
	warning: '⚠',
	info: 'ℹ'
};

export const SEVERITY_DESCRIPTION: Record<Severity, string> = localizedRecord(SEVERITY_ORDER, (s) => t(`flags.severityDescription.${s}`));

const isSeverity = (s: string): s is Severity => (SEVERITY_ORDER as readonly string[]).includes(s);

/** A severity as a word in the page's language; an unknown one as it is. */
export function severityLabel(s: string): string {
	return isSeverity(s) ? t(`flags.severity.${s}`) : s;
}

/** Every code the pipeline can raise (the keys of messages/flags.ts). */
export const FLAG_CODE_LIST: readonly string[] = Object.keys(FLAGS.code);

function explained(code: string): FlagCodeInfo {
	return {
		title: t(`flags.code.${code}.title` as MessageKey),
		explanation: t(`flags.code.${code}.explanation` as MessageKey)
	};
}

/** code → { title, explanation } in the page's language, for every code the pipeline can raise. */
export const FLAG_CODES: Record<string, FlagCodeInfo> = localizedRecord(FLAG_CODE_LIST, explained);

/** The explanation of a code in the page's language; a code not (yet) explained still gets a heading. */
export function flagCodeInfo(code: string): FlagCodeInfo {
	if (Object.hasOwn(FLAGS.code, code)) return explained(code);
	return { title: code, explanation: t('flags.unknownExplanation') };
}
