import { error, fail } from '@sveltejs/kit';
import type { ArticleInput } from '$lib/analysis/report/analyze-article';
import { ignoredHitsOf } from '$lib/corpus/story-settings';
import { formatProblem, isError } from '$lib/corpus/problem';
import { config } from './config';
import { getStoryAnalysis, type StoryAnalysis } from './story-analysis';
import { editStoryFile, StoryWriteError, type StoryChange } from './story-file';
import type { Story } from '$lib/corpus/parse-story';

/** The analysed story an editor works on, or a 404 that names the story. */
export function storyForEditing(slug: string): StoryAnalysis {
	const analysis = getStoryAnalysis(slug);
	if (!analysis) error(404, `There is no story "${slug}".`);
	return analysis;
}

/** Why the story file cannot be edited right now (it does not parse), or null. */
export function storyFileProblem(analysis: StoryAnalysis): string | null {
	if (analysis.story) return null;
	const first = analysis.problems.find(isError);
	return first ? formatProblem(first) : 'the story file could not be read';
}

/** What the editors' worker needs to analyse the story exactly as the server does. */
export function articleInputs(analysis: StoryAnalysis): ArticleInput[] {
	return analysis.entries.flatMap((e) =>
		e.article
			? [
					{
						path: `${analysis.slug}/${e.file}`,
						text: e.article.text,
						body: e.article.body,
						meta: e.article.meta,
						headline: e.article.headline,
						ignoredHits: ignoredHitsOf(analysis.story, e.file)
					}
				]
			: []
	);
}

/** Writes a change to the story file; a refusal becomes a form failure with the reason and what to do. */
export async function saveStoryChange(slug: string, edit: (story: Story) => StoryChange) {
	try {
		await editStoryFile(config.corpusDir, slug, edit);
		return null;
	} catch (e) {
		if (e instanceof StoryWriteError) return fail(400, { problems: [`${e.message} — ${e.fix}`] });
		throw e;
	}
}
