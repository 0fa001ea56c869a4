import { error } from '@sveltejs/kit';
import { dashboardOf } from '$lib/server/dashboard';
import { getStoryAnalysis } from '$lib/server/story-analysis';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const analysis = getStoryAnalysis(params.slug);
	if (!analysis) error(404, `There is no story "${params.slug}". See the list of stories.`);
	return { dashboard: dashboardOf(analysis) };
};
