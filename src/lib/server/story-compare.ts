import { compareStory, type CompareInput, type StoryAlignment } from '$lib/analysis/compare';
import { compileActors } from '$lib/analysis/statements';
import { defaultActors } from '$lib/analysis/engine';
import { readText } from '$lib/analysis/text-doc';
import { getNlp } from './nlp';
import { getStoryAnalysis, type StoryAnalysis } from './story-analysis';

export interface StoryAlignmentView {
	analysis: StoryAnalysis;
	alignment: StoryAlignment;
	/** the article id (its address under /articles/) of each alignment article, in order */
	ids: string[];
}

// keyed by the analysis object, so an edited story (a new analysis) is compared afresh
const cache = new WeakMap<StoryAnalysis, StoryAlignmentView>();

/** The story's comparison across its articles, computed once per analysis. Null when there is no such story. */
export function getStoryAlignment(slug: string): StoryAlignmentView | null {
	const analysis = getStoryAnalysis(slug);
	if (!analysis) return null;
	const hit = cache.get(analysis);
	if (hit) return hit;
	const nlp = getNlp();
	const inputs: CompareInput[] = [];
	const ids: string[] = [];
	for (const entry of analysis.entries) {
		if (!entry.article || !entry.report) continue;
		// the report does not keep wink's tokens; reading the body again, as the report did, costs about one readDoc
		const doc = readText(nlp, entry.article.text, entry.article.body.start, entry.article.body.end);
		inputs.push({ doc, report: entry.report });
		ids.push(entry.id);
	}
	// the same actors list the story was analysed with (story-analysis falls back to the defaults the same way)
	const actors = compileActors(analysis.story?.actors ?? defaultActors);
	const view = { analysis, ids, alignment: compareStory(inputs, { actors, sides: analysis.sides }) };
	cache.set(analysis, view);
	return view;
}
