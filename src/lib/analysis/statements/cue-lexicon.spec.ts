import { describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText } from '../text-doc';
import cues from './cues.json';
import { compileCues, matchCue } from './cue-lexicon';

const nlp = createNlp();
const lex = compileCues();

/** the cues of a sentence, as text */
function cuesIn(text: string): string[] {
	const doc = readText(nlp, text);
	const out: string[] = [];
	for (const s of doc.sentences) {
		for (let i = s.first; i < s.last; i++) {
			const m = matchCue(doc.tokens, i, s.first, s.last, lex);
			if (!m) continue;
			out.push(text.slice(doc.tokens[m.first].start, doc.tokens[m.last - 1].end));
			i = m.last - 1;
		}
	}
	return out;
}

describe('compileCues', () => {
	it('gives each lemma the first class that lists it', () => {
		expect(lex.classOf.get('say')).toBe('speech');
		expect(lex.classOf.get('believe')).toBe('clause');
		expect(lex.classOf.get('find')).toBe('evidence');
		expect(lex.classOf.get('maintain')).toBe('clause');
		expect(lex.intro.has('continue')).toBe(true);
	});
	it('ships a data file whose lists are lemmas in lower case', () => {
		for (const key of ['speech', 'clause', 'evidence', 'intro', 'weak', 'core', 'nouns'] as const)
			for (const w of cues[key]) expect(w, key).toMatch(/^[a-z-]+$/);
	});
});

describe('matchCue', () => {
	it.each([
		['Moscow responded angrily to the idea.', ['responded']],
		// verbs of thinking and seeing are candidates here; findStatements keeps them only with a clause
		['He points out that the mission has proven effective.', ['points out', 'proven']],
		['According to police, officers saw him.', ['According to', 'saw']],
		['In his words, a strike could be defensive.', ['In his words']],
		['Trump says he is ready and insisted on it.', ['says', 'insisted']],
		['The Kremlin has called for talks.', ['called for']],
		// wink tags these -s verbs as nouns after a name
		['Dragone notes that the alliance is assessing.', ['notes']],
		['Dragone views the idea as defensive.', ['views']]
	])('%s', (text, expected) => {
		expect(cuesIn(text)).toEqual(expected);
	});

	it.each([['The claims were false.'], ['Her remarks drew criticism.'], ['Moscow deployed troops.']])('no verb cue in: %s', (text) => {
		expect(cuesIn(text)).toEqual([]);
	});
});
