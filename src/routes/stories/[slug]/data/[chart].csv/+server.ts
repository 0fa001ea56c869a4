import { error } from '@sveltejs/kit';
import { teachingLabel } from '$lib/charts/chart-view';
import { chartDataCsv } from '$lib/charts/export/csv';
import { exportFilename, isoDate } from '$lib/charts/export/filename';
import { isFigureId } from '$lib/charts/export/figures';
import { downloadResponse } from '$lib/charts/export/http';
import { analysisFor } from '$lib/charts/export/story-files.server';
import { focusSide } from '$lib/dashboard/dashboard-data';
import { readViewQuery } from '$lib/dashboard/view-state.svelte';
import type { RequestHandler } from './$types';

/**
 * The data behind one chart as the dashboard shows it: the outlets selected in `outlets=`, named or
 * ("hide=1") labelled "Outlet A" … exactly like the chart.
 */
export const GET: RequestHandler = ({ params, url }) => {
	const analysis = analysisFor(params.slug);
	if (!isFigureId(params.chart)) error(404, `There is no chart "${params.chart}"; the charts are lexicon, voices, tone and first-voice.`);
	const view = readViewQuery(url.searchParams);
	const analysed = analysis.entries.filter((e) => e.report);
	const labels = new Map(analysed.map((e, i) => [e.report!.path, view.hideNames ? teachingLabel(i) : (e.report!.outlet ?? e.file)]));
	const shown = analysed.filter((e) => view.selected === null || view.selected.includes(e.id)).map((e) => e.report!);
	const csv = chartDataCsv(params.chart, shown, {
		focus: focusSide(analysis.sides),
		label: (report) => labels.get(report.path) ?? report.path,
		hideNames: view.hideNames
	});
	return downloadResponse(csv, 'text/csv', exportFilename(analysis.slug, `${params.chart}-data`, isoDate(), 'csv'));
};
