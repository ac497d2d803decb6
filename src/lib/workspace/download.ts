// Saving a generated file (CSV, Parquet, PNG) in the browser: no server, so a
// Blob object URL on a temporary <a download>.
import { t } from '../i18n/i18n.ts';

/** Starts the browser's download of `blob` as `filename`. Browser only. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoking at once can cancel the download in some browsers (Safari, old
	// Firefox): the click only schedules it. A minute is plenty for the hand-off.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * `查询结果-2026-11-21-1530.csv`: the base name (characters that file systems
 * reject replaced by `_`; empty → 查询结果 / query-result), the local date and
 * time to the minute, the extension.
 */
export function exportFileName(base: string, ext: string, now: Date = new Date()): string {
	// eslint-disable-next-line no-control-regex
	const safe = base.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '_').trim().replace(/^\.+/, '') || t('sql.resultFileName');
	const stamp = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}`;
	return `${safe.slice(0, 100)}-${stamp}.${ext.replace(/^\./, '')}`;
}
