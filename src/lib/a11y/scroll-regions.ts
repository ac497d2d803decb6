// Tables wider than the screen scroll inside their `.scroll` box. A keyboard
// user can scroll such a box only if it (or something in it) takes the focus:
// when a box overflows and holds nothing focusable, it becomes a labelled,
// focusable region (arrow keys then scroll it). Re-checked when boxes resize
// or the page content changes (filters, navigation).
import { t } from '../i18n/i18n.ts';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
const MARK = 'data-scroll-region';

/** A name for the box: the table's caption, else the heading of its section. */
function regionName(box: HTMLElement): string {
	const caption = box.querySelector('caption')?.textContent?.trim();
	const heading = box.closest('section, article, details, figure')?.querySelector('h2, h3, h4, summary')?.textContent?.trim();
	return t('common.ui.scrollRegion', { name: caption || heading || t('common.ui.table') });
}

function update(box: HTMLElement): void {
	const overflowing = box.scrollWidth > box.clientWidth + 1;
	const marked = box.hasAttribute(MARK);
	// the box's own tabindex does not count as focusable content
	const hasFocusable = [...box.querySelectorAll(FOCUSABLE)].length > 0;
	if (overflowing && !hasFocusable && !marked) {
		box.setAttribute(MARK, '');
		box.tabIndex = 0;
		box.setAttribute('role', 'region');
		box.setAttribute('aria-label', regionName(box));
	} else if (marked && (!overflowing || hasFocusable)) {
		box.removeAttribute(MARK);
		box.removeAttribute('tabindex');
		box.removeAttribute('role');
		box.removeAttribute('aria-label');
	}
}

/** Watches every `.scroll` box under `root`; returns the stop function. */
export function keyboardScrollRegions(root: HTMLElement): () => void {
	const resize = new ResizeObserver((entries) => entries.forEach((e) => update(e.target as HTMLElement)));
	const watched = new Set<HTMLElement>();
	let frame = 0;
	const scan = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			for (const box of root.querySelectorAll<HTMLElement>('.scroll')) {
				if (!watched.has(box)) {
					watched.add(box);
					resize.observe(box);
				}
				update(box);
			}
		});
	};
	const mutations = new MutationObserver((records) => {
		// our own attribute changes are not news
		if (records.some((r) => r.type === 'childList')) scan();
	});
	mutations.observe(root, { childList: true, subtree: true });
	scan();
	return () => {
		cancelAnimationFrame(frame);
		resize.disconnect();
		mutations.disconnect();
	};
}
