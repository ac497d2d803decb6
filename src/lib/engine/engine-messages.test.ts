import { afterEach, describe, expect, it } from 'vitest';
import { setLang, t } from '../i18n/i18n.ts';
import { errorText, explainEngineError } from './duckdb-engine.ts';

describe('engine messages', () => {
	afterEach(() => setLang('zh'));

	it('explain the mvp build’s _setThrew riddle in the page’s language; other errors pass as they are', () => {
		expect(explainEngineError('ReferenceError: _setThrew is not defined')).toMatch(/^此浏览器不支持 WebAssembly 异常处理/);
		setLang('en');
		expect(explainEngineError('ReferenceError: _setThrew is not defined')).toMatch(/^This browser does not support WebAssembly exception handling/);
		expect(errorText(new Error('Catalog Error: Table with name x does not exist!'))).toBe('Catalog Error: Table with name x does not exist!');
	});

	it('words the busy indicator’s elapsed time for each language', () => {
		const aside = () => t('engine.elapsedAside', { elapsed: t('common.ui.elapsed', { seconds: '3' }) });
		expect(aside()).toBe('（已用 3 秒）');
		setLang('en');
		expect(aside()).toBe(' (3 s elapsed)');
	});
});
