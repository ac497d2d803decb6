import { describe, expect, it } from 'vitest';
import { isPageFooter } from './page-footer.ts';

describe('isPageFooter', () => {
	it('knows the page numbers PDF extraction leaves behind', () => {
		for (const t of ['第 3 页', '第3页，共5页', '- 12 -', '—3—', '7', '3/5', '　第 2 页 共 4 页　']) expect(isPageFooter(t), t).toBe(true);
	});
	it('leaves figures and table rows alone', () => {
		for (const t of ['3, 986. 34', '1000', '预算执行率\t96.68%', '第一季度', '2021']) expect(isPageFooter(t), t).toBe(false);
	});
});
