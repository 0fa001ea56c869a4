import { APP_NAME } from '$lib/charts/export/caption';
import { exportFilename, isoDate } from '$lib/charts/export/filename';
import { downloadResponse } from '$lib/charts/export/http';
import { alignmentFor } from '$lib/server/compare-exports';
import type { RequestHandler } from './$types';

/** The whole story comparison, with the story, word-list and actors versions it came from and each article's id. */
export const GET: RequestHandler = ({ params }) => {
	const { analysis, alignment, ids } = alignmentFor(params.slug);
	const exported = isoDate();
	const file = {
		app: APP_NAME,
		exported,
		story: { slug: analysis.slug, title: analysis.title, description: analysis.description },
		lexiconVersion: analysis.lexiconVersion,
		actorsVersion: analysis.actorsVersion,
		/** ids[i]: the address (/stories/<story>/articles/<id>) of alignment.articles[i] */
		ids,
		alignment
	};
	return downloadResponse(JSON.stringify(file, null, 2) + '\n', 'application/json', exportFilename(analysis.slug, 'compare', exported, 'json'));
};
