/**
 * Headline tone: valence in [-1, 1], alarm in [0, 1], a question flag, and the word contributions
 * that make up each score (see score.ts for how they combine).
 */
import type { Token, ToneScore } from '../types';
import { defaultLexicon } from './lexicon';
import { explainRange } from './score';

export { scoreHeadline, type HeadlineInput } from './headline';
export { scoreBody } from './body';
export { isQuestion } from './question';

/** Tone of a run of tokens; contributions carry the tokens' own offsets. */
export function scoreTokens(tokens: Token[]): ToneScore {
	return explainRange(tokens, 0, tokens.length, defaultLexicon());
}

/** The versions of the word lists behind every tone score, for exports and the method page. */
export function toneLexiconVersion(): string {
	return defaultLexicon().version;
}
