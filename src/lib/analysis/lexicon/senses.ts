import type { Token } from '../types';
import type { Sense } from './term';
import { isAttachedHyphen, isQuoteMark, isWordish, lemmaOf } from './token-keys';

/**
 * Whether the token at `i` is used in the sense an entry asks for ("may [modal]").
 * Parts of speech come from wink's tagger; the modal test adds the one piece of grammar wink
 * cannot give: a modal is followed by a verb in its base form ("may launch", "will not be"), which
 * tells "NATO may strike" from "in May 2025", "political will is lacking" and "military might was".
 */
export function senseHolds(tokens: Token[], i: number, sense: Sense): boolean {
	const pos = tokens[i].pos;
	switch (sense) {
		case 'noun':
			return pos === 'NOUN' || pos === 'PROPN';
		case 'verb':
			return pos === 'VERB';
		case 'adj':
			return pos === 'ADJ';
		case 'adv':
			return pos === 'ADV';
		case 'modal':
			return isModalUse(tokens, i);
	}
}

/** words allowed between a modal and its verb: "may well", "could not", "will also", "might n't" */
function isModalFiller(t: Token): boolean {
	return t.pos === 'ADV' || t.normal === 'not';
}

function isBaseVerb(t: Token): boolean {
	// a base form is its own lemma: "launch", "be", "have"; "is", "has", "said" are not
	return (t.pos === 'VERB' || t.pos === 'AUX') && lemmaOf(t).toLowerCase() === t.normal;
}

const SUBJECT_POS = new Set(['PRON', 'PROPN', 'NOUN', 'DET']);

export function isModalUse(tokens: Token[], i: number): boolean {
	const t = tokens[i];
	if (t.pos !== 'AUX' && t.pos !== 'VERB') return false;
	const sentence = t.sentence;
	const next = nextWord(tokens, i, sentence, isModalFiller);
	if (next >= 0 && isBaseVerb(tokens[next])) return true;
	// a question puts the subject between modal and verb: "Could NATO strike first?", also after a
	// colon or an opening quote ("Navigating strategies: Could NATO strike first?")
	const first = startsClause(tokens, i, sentence);
	const after = nextWord(tokens, i, sentence, () => false);
	return first && after >= 0 && SUBJECT_POS.has(tokens[after].pos);
}

function nextWord(tokens: Token[], i: number, sentence: number, skip: (t: Token) => boolean): number {
	for (let j = i + 1; j < tokens.length && tokens[j].sentence === sentence; j++) {
		const t = tokens[j];
		if (t.type === 'tabCRLF' || isAttachedHyphen(tokens, j)) continue;
		if (!isWordish(t)) return -1;
		if (!skip(t)) return j;
	}
	return -1;
}

const CLAUSE_OPENERS = new Set([':', '(', '\u2014', '\u2013']);

function startsClause(tokens: Token[], i: number, sentence: number): boolean {
	for (let j = i - 1; j >= 0 && tokens[j].sentence === sentence; j--) {
		const t = tokens[j];
		if (t.type === 'tabCRLF' || isQuoteMark(t)) continue;
		return !isWordish(t) && CLAUSE_OPENERS.has(t.value);
	}
	return true;
}
