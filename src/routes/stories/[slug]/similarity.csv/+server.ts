import { similarityCsv } from '$lib/compare/compare-csv';
import { exportFilename, isoDate } from '$lib/charts/export/filename';
import { downloadResponse } from '$lib/charts/export/http';
import { alignmentFor } from '$lib/server/compare-exports';
import type { RequestHandler } from './$types';

/** One row per pair of articles: their similarity and the words they share in passages; `hide=1` labels outlets "Outlet A" … as the compare page does in teaching mode. */
export const GET: RequestHandler = ({ params, url }) => {
	const { analysis, alignment } = alignmentFor(params.slug);
	const csv = similarityCsv(alignment, { hideNames: url.searchParams.get('hide') === '1' });
	return downloadResponse(csv, 'text/csv', exportFilename(analysis.slug, 'similarity', isoDate(), 'csv'));
};
