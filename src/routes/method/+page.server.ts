import { defaultLexicon } from '$lib/analysis/lexicon';
import { defaultActors } from '$lib/analysis/engine';
import { config } from '$lib/server/config';
import { getStoryAnalysis } from '$lib/server/story-analysis';
import type { PageServerLoad } from './$types';

/** The method page quotes the live word lists and actors, so it never drifts from what is counted. */
export const load: PageServerLoad = () => {
	const story = getStoryAnalysis(config.defaultStory);
	const lexicon = story?.lexicon ?? defaultLexicon;
	return {
		storySlug: story?.slug ?? null,
		storyTitle: story?.title ?? null,
		lexiconVersion: lexicon.version,
		poles: (['assertive', 'cautious'] as const).map((pole) => ({
			pole,
			label: lexicon.poles[pole].label,
			subcategories: Object.entries(lexicon.poles[pole].subcategories).map(([id, sub]) => ({
				id,
				label: sub.label,
				description: sub.description ?? '',
				count: sub.terms.length,
				examples: sub.terms.slice(0, 12)
			}))
		})),
		sides: (story?.sides ?? defaultActors.sides).map((s) => ({ id: s.id, label: s.label, examples: s.sources.slice(0, 10) }))
	};
};
