import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText, type Nlp } from '../text-doc';
import { isModalUse, senseHolds } from './senses';

let nlp: Nlp;
beforeAll(() => {
	nlp = createNlp();
});

/** the sense test on the first token whose text is `word` */
const holds = (text: string, word: string, sense: Parameters<typeof senseHolds>[2]) => {
	const doc = readText(nlp, text);
	const i = doc.tokens.findIndex((t) => t.value === word);
	if (i < 0) throw new Error(`no token ${word} in ${text}`);
	return senseHolds(doc.tokens, i, sense);
};

describe('isModalUse', () => {
	it.each([
		['NATO may move toward proactive measures.', 'may', true],
		['They might well retaliate.', 'might', true],
		['It could not be ruled out.', 'could', true],
		['NATO will be ready.', 'will', true],
		['Could NATO strike Russia first?', 'Could', true],
		['Strategies: Could NATO Strike First?', 'Could', true],
		['In May 2025 the Alliance met.', 'May', false],
		['Last May, NATO met.', 'May', false],
		['Theresa May said so.', 'May', false],
		['The political will is lacking.', 'will', false],
		['Its military might was clear.', 'might', false],
		['against the will of the people', 'will', false]
	])('%s (%s) -> %s', (text, word, expected) => {
		const doc = readText(nlp, text);
		const i = doc.tokens.findIndex((t) => t.value === word);
		expect(isModalUse(doc.tokens, i)).toBe(expected);
	});
});

describe('senseHolds', () => {
	it('checks parts of speech from wink', () => {
		expect(holds('NATO could strike Russia.', 'strike', 'verb')).toBe(true);
		expect(holds('A strike hit the port.', 'strike', 'verb')).toBe(false);
		expect(holds('A strike hit the port.', 'strike', 'noun')).toBe(true);
		expect(holds('He signalled a potential shift.', 'potential', 'adj')).toBe(true);
		expect(holds('It was an act of aggression.', 'aggression', 'adj')).toBe(false);
		expect(holds('They acted quickly.', 'quickly', 'adv')).toBe(true);
	});
});
