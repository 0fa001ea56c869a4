import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText, type Nlp } from '../text-doc';
import { compileLexicon, defaultLexicon, matchLexicon, parseTerm } from './index';

let nlp: Nlp;
beforeAll(() => {
	nlp = createNlp();
});

describe('defaultLexicon', () => {
	it('has a version and the subcategories the design names, each explained for teachers', () => {
		expect(defaultLexicon.version).toMatch(/\S/);
		expect(Object.keys(defaultLexicon.poles.assertive.subcategories)).toEqual(['force', 'boosters', 'urgency']);
		expect(Object.keys(defaultLexicon.poles.cautious.subcategories)).toEqual(['restraint', 'hedges']);
		for (const pole of Object.values(defaultLexicon.poles)) {
			expect(pole.label).toMatch(/\S/);
			for (const sub of Object.values(pole.subcategories)) {
				expect(sub.label).toMatch(/\S/);
				expect(sub.description).toMatch(/^[A-Z].{20,150}\.$/);
				expect(sub.terms.length).toBeGreaterThan(20);
			}
		}
	});

	it.each([
		['force', ['pre-emptive strike', 'aggressive', 'offensive', 'retaliate', 'fire the first shot', 'firmer response']],
		['boosters', ['clearly', 'will [modal]', 'must [modal]', 'no choice']],
		['urgency', ['urgent', 'immediately', 'now is the time']],
		['restraint', ['careful', 'cautious', 'restraint', 'avoid escalation', 'legal limits', 'consensus', 'diplomacy']],
		['hedges', ['may [modal]', 'could [modal]', 'might [modal]', 'reportedly', 'potentially', 'under review', 'perhaps', 'likely']]
	])('%s holds the design examples', (sub, terms) => {
		const all = { ...defaultLexicon.poles.assertive.subcategories, ...defaultLexicon.poles.cautious.subcategories };
		for (const term of terms) expect(all[sub].terms).toContain(term);
	});

	it('finds every plain entry when the entry itself is the text', () => {
		const lexicon = compileLexicon(nlp, defaultLexicon);
		const missed: string[] = [];
		for (const pole of Object.values(defaultLexicon.poles))
			for (const sub of Object.values(pole.subcategories))
				for (const term of sub.terms) {
					const parsed = parseTerm(term);
					if (parsed.exception || parsed.words.some((w) => w.sense || w.text === '*')) continue;
					const { hits } = matchLexicon(readText(nlp, term), lexicon);
					if (!hits.some((h) => h.text === term)) missed.push(term);
				}
		expect(missed).toEqual([]);
	});
});
