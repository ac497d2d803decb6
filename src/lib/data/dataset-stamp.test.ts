import { describe, expect, it } from 'vitest';
import { datasetStamp } from './dataset-stamp.ts';

describe('datasetStamp', () => {
	it('gives the version and the build date in Beijing time', () => {
		// 21:25 UTC is 05:25 the next day in Beijing
		expect(datasetStamp({ dataset_version: '1.2.0', build_time: '2026-11-21T21:25:55.844Z', synthetic: false })).toEqual({
			version: '1.2.0',
			builtAt: '2026-11-21T21:25:55.844Z',
			date: '2026-11-22',
			synthetic: false
		});
	});
});
