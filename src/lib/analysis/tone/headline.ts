import type { Nlp } from '../text-doc';
import { readText } from '../text-doc';
import type { HeadlineReport } from '../types';
import { defaultLexicon } from './lexicon';
import { isQuestion } from './question';
import { explainRange } from './score';

export interface HeadlineInput {
	text: string;
	/** offset of the headline in the file, or null when it came from front matter */
	start: number | null;
	inferred: boolean;
	source: string;
}

/**
 * Tone of a headline. The headline is read on its own (so offsets are local), then shifted by
 * `start` when it sits in the file, so every contribution points at the file's own text.
 */
export function scoreHeadline(nlp: Nlp, headline: HeadlineInput): HeadlineReport {
	const doc = readText(nlp, headline.text);
	const offset = headline.start ?? 0;
	const tone = explainRange(doc.tokens, 0, doc.tokens.length, defaultLexicon(), offset);
	return {
		text: headline.text,
		start: headline.start,
		end: headline.start === null ? null : headline.start + headline.text.length,
		question: isQuestion(headline.text),
		inferred: headline.inferred,
		source: headline.source,
		...tone
	};
}
