// Every misuse of the CLI is one line naming the path and exit code 2: no
// stack trace, no hang (issue 17: ENOENT/ENOTDIR/EEXIST stacks, and
// `--out /proc/x` hung until killed, in Node's recursive mkdir).
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const exec = promisify(execFile);
let dir: string;
let file: string;

/** The CLI's exit code and stderr; a run that hangs is killed after a minute and fails on its code. */
async function cli(...args: string[]): Promise<{ code: number | null; stderr: string }> {
	const r = await exec('npx', ['tsx', 'src/pipeline/cli.ts', ...args], { cwd: ROOT, timeout: 60_000 }).then(
		(ok) => ({ code: 0, stderr: ok.stderr }),
		(e) => ({ code: e.code ?? null, stderr: String(e.stderr) })
	);
	return r;
}

function expectOneLine(r: { code: number | null; stderr: string }, ...mentions: string[]) {
	expect(r.code).toBe(2);
	const lines = r.stderr.trim().split('\n');
	expect(lines, r.stderr).toHaveLength(1);
	expect(lines[0]).toMatch(/^error: /);
	for (const m of mentions) expect(lines[0]).toContain(m);
	expect(r.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'gz-cli-misuse-'));
	file = join(dir, 'a-file.txt');
	await writeFile(file, 'not a folder\n');
});

describe('CLI misuse', () => {
	// each case spawns the CLI; they run side by side
	const cases = () => ({
		noInput: cli('--out', join(dir, 'out-a')),
		missingInput: cli('--input', join(dir, 'nowhere'), '--out', join(dir, 'out-b')),
		inputIsFile: cli('--input', file, '--out', join(dir, 'out-c')),
		outIsFile: cli('--input', join(ROOT, 'data', 'sources'), '--out', file),
		outInProc: cli('--input', join(ROOT, 'data', 'sources'), '--out', '/proc/x'),
		outUnderFile: cli('--input', join(ROOT, 'data', 'sources'), '--out', join(file, 'sub')),
		outInsideInput: cli('--input', dir, '--out', join(dir, 'out-d'))
	});
	let r: Record<keyof ReturnType<typeof cases>, { code: number | null; stderr: string }>;
	beforeAll(async () => {
		const running = cases();
		r = Object.fromEntries(await Promise.all(Object.entries(running).map(async ([k, p]) => [k, await p]))) as typeof r;
	}, 120_000);

	it('--out without --input', () => expectOneLine(r.noInput, '--out is only for preview mode, with --input'));
	it('an --input that does not exist', () => expectOneLine(r.missingInput, `--input ${join(dir, 'nowhere')}: no such folder`));
	it('an --input that is a file', () => expectOneLine(r.inputIsFile, `--input ${file}: is a file, not a folder`));
	it('an --out that is an existing file', () => expectOneLine(r.outIsFile, `--out ${file}: is a file, not a folder`));
	it('an --out under a file', () => expectOneLine(r.outUnderFile, `--out ${join(file, 'sub')}: `, 'a file is in its path'));
	it('--out /proc/x: refused at once, no hang', () => expectOneLine(r.outInProc, '--out /proc/x: cannot create the folder /proc/x'));
	it('an --out inside --input', () => expectOneLine(r.outInsideInput, `--out ${join(dir, 'out-d')} is inside --input ${dir}`));
});
