import { error } from '@sveltejs/kit';
import { getStoryAnalysis, type StoryAnalysis } from '$lib/server/story-analysis';

/** The analysed story behind a download, or a 404 that says which story is missing. */
export function analysisFor(slug: string): StoryAnalysis {
	const analysis = getStoryAnalysis(slug);
	if (!analysis) error(404, `There is no story "${slug}". See the list of stories.`);
	return analysis;
}
