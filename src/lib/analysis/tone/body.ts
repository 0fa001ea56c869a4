import type { TextDoc } from '../types';
import { defaultLexicon } from './lexicon';
import { combine, scoreRange } from './score';

/**
 * Tone of a body, on the headline's scale: the mean over the body's sentences (those with at least
 * one word) of each sentence's valence and alarm, each scored like a headline. A headline is about
 * one sentence long, so "headline minus body" compares it with the body's typical sentence; a sum
 * over the whole body would saturate at ±1 for any long article.
 */
export function scoreBody(doc: TextDoc): { valence: number; alarm: number } {
	const lex = defaultLexicon();
	let n = 0;
	let valence = 0;
	let alarm = 0;
	for (const s of doc.sentences) {
		let words = 0;
		for (let i = s.first; i < s.last && words === 0; i++) if (doc.tokens[i].type === 'word') words++;
		if (words === 0) continue;
		n++;
		const score = combine(scoreRange(doc.tokens, s.first, s.last, lex, false));
		valence += score.valence;
		alarm += score.alarm;
	}
	return n === 0 ? { valence: 0, alarm: 0 } : { valence: valence / n, alarm: alarm / n };
}
