import { fail } from '@sveltejs/kit';
import defaultActorsJson from '$lib/analysis/data/actors.default.json';
import type { ActorsData } from '$lib/analysis/types';
import { actorsFromForm } from '$lib/editing/actors-form';
import { storyFigures } from '$lib/editing/figures';
import { saveStoryChange, storyFileProblem, storyForEditing } from '$lib/server/editing';
import type { Actions, PageServerLoad } from './$types';

const defaultActors: ActorsData = defaultActorsJson;

export const load: PageServerLoad = ({ params }) => {
	const analysis = storyForEditing(params.slug);
	const actors: ActorsData = analysis.story?.actors ?? structuredClone(defaultActors);
	return {
		slug: analysis.slug,
		title: analysis.title,
		actors,
		lexicon: analysis.lexicon,
		isDefault: JSON.stringify({ f: actors.fallback, s: actors.sides }) === JSON.stringify({ f: defaultActors.fallback, s: defaultActors.sides }),
		saved: storyFigures(analysis.reports),
		storyProblem: storyFileProblem(analysis)
	};
};

export const actions: Actions = {
	save: async ({ params, request }) => {
		const analysis = storyForEditing(params.slug);
		const base = analysis.story?.actors ?? defaultActors;
		const { actors, problems } = actorsFromForm(await request.formData(), base);
		if (problems.length) return fail(400, { problems, actors });
		const failure = await saveStoryChange(params.slug, () => ({ actors }));
		if (failure) return fail(400, { ...failure.data, actors });
		return { saved: true };
	},
	// the default list is written out in full, as the bundled story has it, so the file shows what is used
	restore: async ({ params }) => {
		storyForEditing(params.slug);
		const failure = await saveStoryChange(params.slug, () => ({ actors: structuredClone(defaultActors) }));
		if (failure) return failure;
		return { restored: true };
	}
};
