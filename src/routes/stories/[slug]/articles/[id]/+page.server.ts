import { error } from '@sveltejs/kit';
import { articleCard } from '$lib/dashboard/dashboard-data';
import { getStoryAnalysis } from '$lib/server/story-analysis';
import { getStoryAlignment } from '$lib/server/story-compare';
import { elsewhereOf } from '$lib/compare/compare-data';
import { markHitWrong, unmarkHit } from '$lib/server/hit-marks';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const analysis = getStoryAnalysis(params.slug);
	if (!analysis) error(404, `There is no story "${params.slug}".`);
	const position = analysis.entries.findIndex((e) => e.id === params.id);
	const entry = analysis.entries[position];
	if (!entry) error(404, `The story "${analysis.title}" has no article "${params.id}".`);
	if (!entry.report || !entry.article) {
		const why = entry.problems.map((p) => `${p.message}${p.fix ? ` (${p.fix})` : ''}`).join('; ');
		error(422, `${entry.file} could not be analysed: ${why}`);
	}
	// teaching labels follow the order of analysed articles, as on the dashboard
	const analysed = analysis.entries.filter((e) => e.report);
	const compared = analysed.length > 1 ? getStoryAlignment(params.slug) : null;
	const index = compared ? compared.ids.indexOf(entry.id) : -1;
	return {
		slug: analysis.slug,
		storyTitle: analysis.title,
		id: entry.id,
		file: entry.file,
		position: analysed.indexOf(entry),
		total: analysed.length,
		text: entry.article.text,
		report: entry.report,
		card: articleCard(entry.id, entry.report),
		sides: analysis.sides,
		lexicon: analysis.lexicon,
		/** hits can be marked wrong only while the story file can be written */
		editable: analysis.story !== null,
		/** what the other articles of the story report of the same things, for "Reported elsewhere" */
		elsewhere: compared && index >= 0 ? elsewhereOf(compared.alignment, compared.ids, index, analysis.sides) : null
	};
};

export const actions: Actions = {
	ignore: async ({ params, request }) => markHitWrong(params.slug, params.id, await request.formData()),
	unignore: async ({ params, request }) => unmarkHit(params.slug, params.id, await request.formData())
};
