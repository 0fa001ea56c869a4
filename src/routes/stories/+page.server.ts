import { getStoryAnalysis, storySlugs } from '$lib/server/story-analysis';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	stories: storySlugs().map((slug) => {
		const analysis = getStoryAnalysis(slug);
		return {
			slug,
			title: analysis?.title ?? slug,
			description: analysis?.description ?? '',
			articles: analysis?.reports.length ?? 0,
			problems: analysis ? analysis.problems.length + analysis.entries.filter((e) => !e.report).length : 0
		};
	})
});
