// The dataset's version and build date, for the footer of every page (and of
// every printed page): which data a printout shows.
import type { Manifest } from './published-manifest.ts';

export interface DatasetStamp {
	version: string;
	/** ISO timestamp of the dataset build. */
	builtAt: string;
	/** The build date in Beijing time, YYYY-MM-DD. */
	date: string;
	synthetic: boolean;
}

export function datasetStamp(m: Pick<Manifest, 'dataset_version' | 'build_time' | 'synthetic'>): DatasetStamp {
	// en-CA formats dates as YYYY-MM-DD; the time zone is the documents' own.
	const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
		new Date(m.build_time)
	);
	return { version: m.dataset_version, builtAt: m.build_time, date, synthetic: m.synthetic };
}
