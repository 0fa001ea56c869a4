import { statementsCsv } from '$lib/charts/export/csv';
import { exportFilename, isoDate } from '$lib/charts/export/filename';
import { downloadResponse } from '$lib/charts/export/http';
import { analysisFor } from '$lib/charts/export/story-files.server';
import type { RequestHandler } from './$types';

/** Every attributed statement with speaker, cue, content and their offsets into the article files. */
export const GET: RequestHandler = ({ params }) => {
	const analysis = analysisFor(params.slug);
	return downloadResponse(statementsCsv(analysis.reports), 'text/csv', exportFilename(analysis.slug, 'statements', isoDate(), 'csv'));
};
