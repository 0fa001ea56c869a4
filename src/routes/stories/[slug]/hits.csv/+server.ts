import { hitsCsv } from '$lib/charts/export/csv';
import { exportFilename, isoDate } from '$lib/charts/export/filename';
import { downloadResponse } from '$lib/charts/export/http';
import { analysisFor } from '$lib/charts/export/story-files.server';
import type { RequestHandler } from './$types';

/** Every lexicon match, counted or not, with offsets: enough to recount by hand. */
export const GET: RequestHandler = ({ params }) => {
	const analysis = analysisFor(params.slug);
	return downloadResponse(hitsCsv(analysis.reports), 'text/csv', exportFilename(analysis.slug, 'lexicon-hits', isoDate(), 'csv'));
};
