// ECharts tooltips are HTML (innerHTML of a div): any text that comes from the
// data (unit, district, task, indicator names) must pass through here before it
// is concatenated into a tooltip string. Escapes the five characters that matter
// in element content and in quoted attributes.
const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(value: unknown): string {
	if (value === null || value === undefined) return '';
	return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
