import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText, type Nlp } from '../text-doc';
import { compileLexicon, type CompiledLexicon } from './compile';
import { findNegator } from './negation';
import { Walker } from './walk';

let nlp: Nlp;
let lexicon: CompiledLexicon;
beforeAll(() => {
	nlp = createNlp();
	lexicon = compileLexicon(nlp, {
		version: 't',
		poles: { assertive: { label: 'A', subcategories: {} }, cautious: { label: 'C', subcategories: {} } },
		negators: ['not', 'no', 'never', 'no longer', 'lack of']
	});
});

/** the negator found for the first token whose text is `word`, with `covered` words taken by other matches */
const negatorOf = (text: string, word: string, covered: string[] = []) => {
	const doc = readText(nlp, text);
	const mask = new Uint8Array(doc.tokens.length);
	doc.tokens.forEach((t, i) => {
		if (covered.includes(t.value)) mask[i] = 1;
	});
	const i = doc.tokens.findIndex((t) => t.value === word);
	return findNegator(new Walker(doc.tokens), lexicon.negators, i, mask)?.text ?? null;
};

describe('findNegator', () => {
	it.each([
		['It was not aggressive.', 'aggressive', 'not'],
		['It is not a very aggressive move.', 'aggressive', 'not'],
		['It is no longer offensive.', 'offensive', 'no longer'],
		['a lack of restraint', 'restraint', 'lack of'],
		['He did not say NATO was aggressive.', 'aggressive', null],
		['It was not, however, aggressive.', 'aggressive', null],
		['not cautious but aggressive', 'aggressive', null],
		['It is not only aggressive.', 'aggressive', null],
		['No doubt it was aggressive.', 'aggressive', null]
	])('%s (%s) -> %s', (text, word, negator) => {
		expect(negatorOf(text, word)).toBe(negator);
	});

	it('ignores a negator that belongs to another match', () => {
		expect(negatorOf('There was no choice: aggressive', 'choice')).toBe('no');
		expect(negatorOf('no choice but aggressive', 'aggressive', ['no', 'choice'])).toBeNull();
		expect(negatorOf('no aggressive move', 'aggressive', ['no'])).toBeNull();
	});
});
