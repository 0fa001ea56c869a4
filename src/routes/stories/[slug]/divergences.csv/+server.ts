import { divergencesCsv } from '$lib/compare/compare-csv';
import { exportFilename, isoDate } from '$lib/charts/export/filename';
import { downloadResponse } from '$lib/charts/export/http';
import { alignmentFor } from '$lib/server/compare-exports';
import type { RequestHandler } from './$types';

/** One row per mention of each differing name, number or date; `hide=1` labels outlets "Outlet A" … as the compare page does in teaching mode. */
export const GET: RequestHandler = ({ params, url }) => {
	const { analysis, alignment } = alignmentFor(params.slug);
	const csv = divergencesCsv(alignment, { hideNames: url.searchParams.get('hide') === '1' });
	return downloadResponse(csv, 'text/csv', exportFilename(analysis.slug, 'divergences', isoDate(), 'csv'));
};
