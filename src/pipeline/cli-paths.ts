// The CLI's folders checked before any work: an --input that is a folder we
// can read, an --out that is (or can become) a folder we can write, beside
// which the run's temporary folder can be made. Each problem is one sentence
// naming the path; nothing here hangs (Node's recursive mkdir loops forever
// on paths such as /proc/x, so folders are made one level at a time).
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

export class PathProblem extends Error {}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;
const WHY: Record<string, string> = {
	ENOENT: 'does not exist', ENOTDIR: 'is not a folder (a file is in its path)', EACCES: 'is not accessible (permission denied)',
	EPERM: 'is not accessible (operation not permitted)', EROFS: 'is on a read-only file system', EEXIST: 'already exists'
};
const why = (e: unknown) => WHY[code(e)] ?? `cannot be used (${code(e)})`;

async function kindOf(path: string): Promise<'folder' | 'other' | 'missing'> {
	try {
		return (await stat(path)).isDirectory() ? 'folder' : 'other';
	} catch (e) {
		if (code(e) === 'ENOENT') return 'missing';
		throw new PathProblem(`${path} ${why(e)}`);
	}
}

export async function checkInput(flag: string, path: string): Promise<void> {
	const kind = await kindOf(path);
	if (kind === 'missing') throw new PathProblem(`${flag} ${path}: no such folder`);
	if (kind === 'other') throw new PathProblem(`${flag} ${path}: is a file, not a folder of documents`);
	try {
		await access(path, constants.R_OK | constants.X_OK);
	} catch (e) {
		throw new PathProblem(`${flag} ${path}: ${why(e)}`);
	}
}

/** Makes `path` a folder if it is none yet, one level at a time, and proves its parent writable (the run writes a temporary folder there). */
export async function prepareOutput(flag: string, path: string): Promise<void> {
	const missing: string[] = [];
	let p = path;
	for (;;) {
		const kind = await kindOf(p).catch((e: PathProblem) => {
			throw new PathProblem(`${flag} ${path}: ${e.message}`);
		});
		if (kind === 'folder') break;
		if (kind === 'other') throw new PathProblem(`${flag} ${path}: ${p === path ? 'is a file, not a folder' : `${p} is a file, not a folder`}`);
		missing.unshift(p);
		if (dirname(p) === p) break;
		p = dirname(p);
	}
	for (const dir of missing) {
		try {
			await mkdir(dir);
		} catch (e) {
			if (code(e) !== 'EEXIST') throw new PathProblem(`${flag} ${path}: cannot create the folder ${dir} (${code(e)})`);
		}
	}
	try {
		const probe = await mkdtemp(join(dirname(path), '.gz-write-check-'));
		await rm(probe, { recursive: true });
		await access(path, constants.W_OK);
	} catch (e) {
		throw new PathProblem(`${flag} ${path}: cannot write there (${why(e)})`);
	}
}

/** Is `inner` the folder `outer` or inside it? */
export const isWithin = (inner: string, outer: string): boolean => {
	const r = relative(outer, inner);
	return r === '' || (!r.startsWith('..' + sep) && r !== '..' && !r.startsWith(sep));
};
