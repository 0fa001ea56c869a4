import { defaultLexicon } from '../analysis/lexicon';
import { applyLexiconOverride } from '../analysis/lexicon/override';
import type { HitMark, LexiconData } from '../analysis/types';
import type { Story } from './parse-story';

/**
 * What a story changes in how its articles are analysed, in one place so the server, the CLI and
 * the exports read a story the same way.
 */
export function storyLexicon(story: Pick<Story, 'lexicon'> | null | undefined, base: LexiconData = defaultLexicon): LexiconData {
	return applyLexiconOverride(base, story?.lexicon);
}

/** The hits marked wrong in one article of the story, by its file name. */
export function ignoredHitsOf(story: Pick<Story, 'ignoredHits'> | null | undefined, file: string): HitMark[] {
	return (story?.ignoredHits ?? []).filter((h) => h.article === file);
}
