import { tidyCsv } from '$lib/charts/export/csv';
import { exportFilename, isoDate } from '$lib/charts/export/filename';
import { downloadResponse } from '$lib/charts/export/http';
import { analysisFor } from '$lib/charts/export/story-files.server';
import type { RequestHandler } from './$types';

/** The tidy table of every article: the same rows `framing analyze --format csv` prints. */
export const GET: RequestHandler = ({ params }) => {
	const analysis = analysisFor(params.slug);
	return downloadResponse(tidyCsv(analysis.reports), 'text/csv', exportFilename(analysis.slug, 'report', isoDate(), 'csv'));
};
