import { error } from '@sveltejs/kit';
import { config } from '$lib/server/config';
import { dashboardOf } from '$lib/server/dashboard';
import { getStoryAnalysis } from '$lib/server/story-analysis';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const analysis = getStoryAnalysis(config.defaultStory);
	if (!analysis)
		error(404, `The bundled story "${config.defaultStory}" is not in ${config.corpusDir}. Restore corpus/${config.defaultStory}/ from the repository, or set FRAMING_DEFAULT_STORY to a story you have.`);
	return { dashboard: dashboardOf(analysis) };
};
