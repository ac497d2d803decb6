// The source folder as a curator has it: every entry either a candidate
// document or noted with the reason it is not one, and every candidate opened
// only if it is a regular file inside the folder and of a budget document's
// size. Nothing here throws on bad input: each refusal is a reason.
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { isDocumentName } from './source-file-kind.ts';

/** A budget document's text is well under 1 MB; past this a file is something else (and would only exhaust memory). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export interface FolderListing {
	/** Paths relative to the folder, sorted: regular files and symbolic links, to be read or refused one by one. */
	files: string[];
	/** Entries that are not documents, with why: hidden files, folders named like documents. */
	notes: { file: string; reason: string }[];
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

/** Every entry of `dir`, recursively (symbolic links to folders are not followed: they are files to refuse). */
export async function listSourceFolder(dir: string): Promise<FolderListing> {
	const out: FolderListing = { files: [], notes: [] };
	const walk = async (sub: string) => {
		let entries: Dirent[];
		try {
			entries = await readdir(join(dir, sub), { withFileTypes: true });
		} catch (e) {
			out.notes.push({ file: sub || '.', reason: `folder not read (${code(e)})` });
			return;
		}
		for (const e of entries) {
			const rel = sub ? `${sub}/${e.name}` : e.name;
			if (e.name.startsWith('.')) out.notes.push({ file: rel, reason: 'hidden file or folder: not read' });
			else if (e.isDirectory()) {
				if (isDocumentName(e.name)) out.notes.push({ file: rel, reason: 'a folder, not a file, although named like a document: the files inside it are read on their own' });
				await walk(rel);
			} else out.files.push(rel);
		}
	};
	await walk('');
	out.files.sort();
	out.notes.sort((a, b) => a.file.localeCompare(b.file));
	return out;
}

export type OpenedFile = { ok: true; bytes: Uint8Array } | { ok: false; code: string; reason: string };

const inside = (root: string, path: string) => path === root || path.startsWith(root + sep);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * The bytes of `rel` under `root`, or why not: outside the folder (a `..`
 * path, or a symbolic link whose target is elsewhere, like `link.txt →
 * /etc/passwd`), not a regular file, larger than MAX_DOCUMENT_BYTES, or unreadable.
 */
export async function openSourceFile(root: string, rel: string): Promise<OpenedFile> {
	const path = resolve(root, rel);
	if (!inside(resolve(root), path)) return { ok: false, code: 'outside_source_folder', reason: `the path leads outside the source folder: not read` };
	let real: string;
	let realRoot: string;
	try {
		realRoot = await realpath(root);
		real = await realpath(path);
	} catch (e) {
		return { ok: false, code: 'unreadable_document', reason: code(e) === 'ENOENT' ? 'no such file (or a symbolic link to a missing file)' : `cannot open the file (${code(e)})` };
	}
	if (!inside(realRoot, real)) {
		return { ok: false, code: 'symlink_outside_folder', reason: `a symbolic link to ${real}, outside the source folder: not read (copy the document into the folder instead)` };
	}
	try {
		const st = await stat(real);
		if (st.isDirectory()) return { ok: false, code: 'unsupported_file', reason: `a link to the folder ${relative(realRoot, real) || '.'}: not followed` };
		if (!st.isFile()) return { ok: false, code: 'unsupported_file', reason: 'not a regular file (a device, socket or pipe): not read' };
		if (st.size > MAX_DOCUMENT_BYTES) {
			return { ok: false, code: 'document_too_large', reason: `${mb(st.size)}, over the ${mb(MAX_DOCUMENT_BYTES)} a budget document's text can be: not read` };
		}
		return { ok: true, bytes: await readFile(real) };
	} catch (e) {
		return { ok: false, code: 'unreadable_document', reason: `cannot read the file (${code(e)})` };
	}
}
