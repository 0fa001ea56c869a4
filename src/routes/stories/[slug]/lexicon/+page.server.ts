import { fail } from '@sveltejs/kit';
import { defaultLexicon } from '$lib/analysis/lexicon';
import { diffLexicon, summarizeOverride } from '$lib/analysis/lexicon/override';
import { compileLexicon } from '$lib/analysis/lexicon';
import { storyFigures } from '$lib/editing/figures';
import { lexiconFromForm } from '$lib/editing/lexicon-form';
import { saveStoryChange, storyFileProblem, storyForEditing } from '$lib/server/editing';
import { getNlp } from '$lib/server/nlp';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const analysis = storyForEditing(params.slug);
	const override = analysis.story?.lexicon ?? null;
	return {
		slug: analysis.slug,
		title: analysis.title,
		lexicon: analysis.lexicon,
		actors: { version: analysis.actorsVersion, fallback: analysis.story?.actors.fallback ?? 'other', sides: analysis.sides },
		defaults: defaultLexicon,
		summary: summarizeOverride(defaultLexicon, override),
		edited: override !== null,
		saved: storyFigures(analysis.reports),
		storyProblem: storyFileProblem(analysis)
	};
};

export const actions: Actions = {
	save: async ({ params, request }) => {
		const analysis = storyForEditing(params.slug);
		const { lexicon, problems } = lexiconFromForm(await request.formData(), analysis.lexicon);
		// what the matcher cannot read (a sense it does not know, an entry listed twice) is refused here,
		// so a saved list always compiles cleanly
		if (problems.length === 0) problems.push(...compileLexicon(getNlp(), lexicon).problems);
		if (problems.length) return fail(400, { problems, lexicon });
		const override = diffLexicon(defaultLexicon, lexicon);
		const failure = await saveStoryChange(params.slug, () => ({ lexicon: override ?? undefined }));
		if (failure) return fail(400, { ...failure.data, lexicon });
		return { saved: true, summary: summarizeOverride(defaultLexicon, override) };
	},
	restore: async ({ params }) => {
		storyForEditing(params.slug);
		const failure = await saveStoryChange(params.slug, () => ({ lexicon: undefined }));
		if (failure) return failure;
		return { restored: true };
	}
};
