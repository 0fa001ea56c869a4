import { APP_NAME } from '$lib/charts/export/caption';
import { exportFilename, isoDate } from '$lib/charts/export/filename';
import { downloadResponse } from '$lib/charts/export/http';
import { analysisFor } from '$lib/charts/export/story-files.server';
import type { StoryReports } from '$lib/analysis/report/report-schema';
import type { RequestHandler } from './$types';

/** The full article reports, with the story, word-list and actors versions they came from (see storyReportsSchema). */
export const GET: RequestHandler = ({ params }) => {
	const analysis = analysisFor(params.slug);
	const exported = isoDate();
	const file: StoryReports = {
		app: APP_NAME,
		exported,
		story: { slug: analysis.slug, title: analysis.title, description: analysis.description },
		lexiconVersion: analysis.lexiconVersion,
		actorsVersion: analysis.actorsVersion,
		sides: analysis.sides,
		problems: [...analysis.problems, ...analysis.entries.flatMap((e) => (e.report ? [] : e.problems))].map((p) => ({ file: p.file, message: p.message, fix: p.fix })),
		reports: analysis.reports
	};
	return downloadResponse(JSON.stringify(file, null, 2) + '\n', 'application/json', exportFilename(analysis.slug, 'reports', exported, 'json'));
};
