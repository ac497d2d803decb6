// How many rows of an ad-hoc result reach the page: the grid shows this many,
// and the engine stops producing rows past it (a 100M-row SELECT would
// otherwise take a minute and gigabytes of the tab's memory). For more, an
// analyst aggregates, or downloads the tables from /data/.
export const RESULT_ROW_LIMIT = 10_000;
