// Every quality flag code the pipeline can raise has a plain-language
// explanation for /quality. The codes are found by reading the pipeline
// sources (three ways they are written there), and, as a second net, by
// running the pipeline on the seeds and on the preview corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPreview, buildRegistered } from '../../../tests/pipeline/helpers.ts';
import { FLAG_CODES, SEVERITY_LABEL, flagCodeInfo, severityLabel } from './flag-codes.ts';
import { setLang } from './i18n.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const PIPELINE = join(ROOT, 'src', 'pipeline');

const sources = readdirSync(PIPELINE, { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
	.map((f) => ({ file: f, text: readFileSync(join(PIPELINE, f), 'utf8') }));

/** A flag code as the contract describes it: a short stable snake_case string. */
const CODE = /^'([a-z][a-z0-9]*(?:_[a-z0-9]+)*)'$/;
/** Expressions that pass on a code produced elsewhere (from a `code: '…'` literal). */
const PASS_THROUGH = new Set(['f.code', 'opened.code']);
/** Type annotations (`code: string;` in an interface), not producers. */
const TYPE_NAMES = new Set(['string', 'number']);

interface Site {
	file: string;
	expr: string;
}

/**
 * Where codes are written: `code: '<code>'` in a flag object, the third
 * argument of the parsers' `flag(line, severity, code, …)` helpers, and the
 * third argument of ingest's `errorFlag(file, line, code, message)`.
 */
function codeSites(): Site[] {
	const sites: Site[] = [];
	const patterns = [
		/\bcode:\s*([^,}\n;]+)/g,
		/\bflag\(\s*[^,()]+,\s*('(?:error|warning|info)'|[\w.]+),\s*([^,()]+),/g,
		/\berrorFlag\(\s*[^,()]+,\s*[^,()]+,\s*([^,()]+),/g
	];
	for (const { file, text } of sources) {
		for (const re of patterns) {
			for (const m of text.matchAll(re)) {
				const expr = (m[2] ?? m[1]).trim();
				// Helper definitions (`code: string` parameters) declare, they do not produce.
				if (expr.includes(':') || TYPE_NAMES.has(expr)) continue;
				sites.push({ file, expr });
			}
		}
	}
	return sites;
}

const sites = codeSites();
// Taxonomy codes ('11', '') and numbers (synthetic indicator codes) are not flag codes.
const isTaxonomyCode = (expr: string) => /^'\d*'$/.test(expr) || /^\d+$/.test(expr);
const literalCodes = [...new Set(sites.map((s) => CODE.exec(s.expr)?.[1]).filter((c): c is string => !!c))].sort();

describe('flag code explanations', () => {
	it('the scan finds the codes of every producer kind (object literal, flag() helper, errorFlag())', () => {
		// If this fails the scanner no longer sees the pipeline's way of writing codes.
		expect(literalCodes).toEqual(expect.arrayContaining(['rate_mismatch', 'sum_mismatch', 'unparsed_line', 'year_assumed']));
		expect(literalCodes).toContain('ignored_cells'); // only ever written as this.flag(n, 'info', 'ignored_cells', …)
		expect(literalCodes).toContain('unregistered_document'); // only ever written as errorFlag(file, null, 'unregistered_document', …)
		expect(literalCodes.length).toBeGreaterThan(40);
	});

	it('every code is written as a literal or passed on from one (no computed codes the scan cannot see)', () => {
		const unseen = sites.filter((s) => !CODE.test(s.expr) && !PASS_THROUGH.has(s.expr) && !isTaxonomyCode(s.expr));
		expect(unseen).toEqual([]);
	});

	it('every code the pipeline sources produce has a title and an explanation', () => {
		const missing = literalCodes.filter((c) => !Object.hasOwn(FLAG_CODES, c));
		expect(missing).toEqual([]);
		for (const c of literalCodes) {
			expect(FLAG_CODES[c].title.length, c).toBeGreaterThan(1);
			// What it means, why it matters, what to do: a sentence or more, in Chinese.
			expect(FLAG_CODES[c].explanation, c).toMatch(/[\u4e00-\u9fff].*。/);
		}
	});

	it('explains no code the pipeline no longer produces', () => {
		expect(Object.keys(FLAG_CODES).filter((c) => !literalCodes.includes(c))).toEqual([]);
	});

	it('every code raised on the seeds and on the preview corpus is explained', async () => {
		const seen = new Set<string>();
		for (const { db } of [await buildRegistered(), await buildPreview(join(ROOT, 'tests', 'fixtures', 'corpus'))]) {
			for (const r of await db.query<{ code: string }>('SELECT DISTINCT code FROM quality_flags')) seen.add(r.code);
		}
		expect(seen).toContain('rate_mismatch'); // 员村 2022: printed 98.10 %, computed 98.08 %
		expect([...seen].filter((c) => !Object.hasOwn(FLAG_CODES, c))).toEqual([]);
	});

	it('an unknown code still gets a heading, and severities read as words', () => {
		expect(flagCodeInfo('brand_new_code').title).toBe('brand_new_code');
		expect(flagCodeInfo('constructor').title).toBe('constructor');
		expect(flagCodeInfo('rate_mismatch').title).toBe('原文比率与计算不符');
		expect(SEVERITY_LABEL).toEqual({ error: '错误', warning: '警告', info: '提示' });
	});
});

describe('flag code explanations in English', () => {
	afterEach(() => setLang('zh'));

	it('every code has an English title and explanation, without Chinese', () => {
		setLang('en');
		for (const c of Object.keys(FLAG_CODES)) {
			const { title, explanation } = flagCodeInfo(c);
			expect(title, c).not.toMatch(/[\u4e00-\u9fff]/);
			expect(explanation, c).toMatch(/^[A-Z].*\.$/);
			expect(explanation, c).not.toMatch(/[\u4e00-\u9fff]/);
			expect(FLAG_CODES[c].title, c).toBe(title); // the record reads the page's language too
		}
	});

	it('the same records read the page’s language when they are read', () => {
		setLang('en');
		expect(flagCodeInfo('rate_mismatch').title).toBe('Printed rate disagrees with computed');
		expect(flagCodeInfo('brand_new_code')).toEqual({
			title: 'brand_new_code',
			explanation: 'This code has no explanation yet. Check the line the flag points to in the source document.'
		});
		expect(SEVERITY_LABEL).toEqual({ error: 'error', warning: 'warning', info: 'note' });
		expect(severityLabel('warning')).toBe('warning');
		expect(severityLabel('odd')).toBe('odd');
		setLang('zh');
		expect(FLAG_CODES.rate_mismatch.title).toBe('原文比率与计算不符');
		expect(severityLabel('warning')).toBe('警告');
	});
});
