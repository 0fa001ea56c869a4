import type { LexiconHit, NegatedHit, TextDoc } from '../types';
import type { CompiledLexicon, LexiconEntry } from './compile';
import { findNegator } from './negation';
import { isWordish } from './token-keys';
import { Walker } from './walk';

/** a lexicon hit before it is placed in narration or in a quoted statement */
export type RawHit = Omit<LexiconHit, 'voice' | 'statement'>;

interface Span {
	first: number;
	last: number;
	entry: LexiconEntry;
}

/**
 * Every lexicon term in the text, left to right; at each word the longest entry wins and the words
 * it covers cannot start or join another match, so nothing is counted twice. Matches cancelled by
 * a negator are returned apart, with the negator, and are never counted.
 */
export function matchLexicon(doc: TextDoc, lexicon: CompiledLexicon): { hits: RawHit[]; negated: NegatedHit[] } {
	const tokens = doc.tokens;
	const walker = new Walker(tokens);
	const spans: Span[] = [];
	const covered = new Uint8Array(tokens.length);
	for (let i = 0; i < tokens.length; ) {
		if (!isWordish(tokens[i])) {
			i++;
			continue;
		}
		const found = walker.longest(lexicon.terms, i);
		if (!found) {
			i++;
			continue;
		}
		// exceptions ("!hunger strike") only take their words away from shorter entries
		if (!found.value.exception) {
			spans.push({ first: i, last: found.last, entry: found.value });
			covered.fill(1, i, found.last + 1);
		}
		i = found.last + 1;
	}

	const hits: RawHit[] = [];
	const negated: NegatedHit[] = [];
	for (const span of spans) {
		const start = tokens[span.first].start;
		const end = tokens[span.last].end;
		const hit: RawHit = {
			term: span.entry.term,
			category: span.entry.category,
			subcategory: span.entry.subcategory,
			text: doc.text.slice(start, end),
			start,
			end,
			sentence: tokens[span.first].sentence
		};
		const negator = findNegator(walker, lexicon.negators, span.first, covered);
		if (negator) negated.push({ ...hit, negator: negator.text });
		else hits.push(hit);
	}
	return { hits, negated };
}
