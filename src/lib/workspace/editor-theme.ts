// The SQL editor's colours as the site's custom properties (tokens.css): the
// editor follows the light/dark switch through CSS alone, no reconfiguration.
// CodeMirror's defaultHighlightStyle is drawn for white only.
import { HighlightStyle } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

export const editorTheme = EditorView.theme({
	'&': {
		fontSize: '0.9rem',
		border: '1px solid var(--control-border)',
		borderRadius: '6px',
		background: 'var(--surface)',
		color: 'var(--text)'
	},
	'&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '1px' },
	'.cm-scroller': {
		fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Noto Sans Mono CJK SC', monospace",
		minHeight: '12rem',
		maxHeight: '60vh'
	},
	'.cm-content': { caretColor: 'var(--text)' },
	'.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
	'.cm-gutters': {
		borderRadius: '6px 0 0 6px',
		background: 'var(--surface-2)',
		color: 'var(--text-muted)',
		borderRight: '1px solid var(--border)'
	},
	'.cm-activeLine': { background: 'var(--code-active-line)' },
	'.cm-activeLineGutter': { background: 'var(--code-active-line)', color: 'var(--text)' },
	'.cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, ::selection': {
		background: 'var(--code-selection)'
	},
	'.cm-placeholder': { color: 'var(--text-muted)' },
	'.cm-tooltip': { background: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' },
	'.cm-tooltip-autocomplete > ul > li[aria-selected]': { background: 'var(--focus)', color: 'var(--bg)' },
	'.cm-completionDetail': { color: 'var(--text-muted)' }
});

export const editorHighlight = HighlightStyle.define([
	{ tag: [t.keyword, t.operatorKeyword, t.modifier, t.controlKeyword], color: 'var(--code-keyword)' },
	{ tag: [t.string, t.special(t.string), t.regexp], color: 'var(--code-string)' },
	{ tag: [t.number, t.bool, t.null, t.atom], color: 'var(--code-number)' },
	{ tag: [t.comment, t.lineComment, t.blockComment], color: 'var(--code-comment)', fontStyle: 'italic' },
	{ tag: [t.typeName, t.standard(t.name), t.function(t.variableName), t.special(t.name)], color: 'var(--code-name)' },
	{ tag: t.invalid, color: 'var(--danger)' }
]);
