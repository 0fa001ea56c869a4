import { fail, redirect } from '@sveltejs/kit';
import { defaultActors } from '$lib/analysis/engine';
import { config } from '$lib/server/config';
import { createStory, MAX_DESCRIPTION, MAX_TITLE } from '$lib/server/import/create-story';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	defaultSides: defaultActors.sides.map((s) => s.label),
	maxTitle: MAX_TITLE,
	maxDescription: MAX_DESCRIPTION
});

export const actions: Actions = {
	default: async ({ request }) => {
		const form = await request.formData();
		const text = (key: string) => {
			const value = form.get(key);
			return typeof value === 'string' ? value : '';
		};
		const values = { title: text('title'), description: text('description').replace(/\r\n?/g, '\n'), slug: text('slug').trim().toLowerCase(), actors: text('actors') || 'default' };
		const result = await createStory(config.corpusDir, { ...values, actors: values.actors as 'default' | 'empty' });
		if (!result.ok) return fail(400, { values, field: result.field, message: result.message, fix: result.fix });
		redirect(303, `/stories/${result.slug}/import`);
	}
};
