import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import type { Nlp } from '../text-doc';
import type { LexiconData } from '../types';
import { compileLexicon } from './compile';
import { defaultLexicon } from './index';

let nlp: Nlp;
beforeAll(() => {
	nlp = createNlp();
});

const lexicon = (force: string[], hedges: string[] = [], negators?: string[]): LexiconData => ({
	version: 'test 1',
	poles: {
		assertive: { label: 'Assertive', subcategories: { force: { label: 'Force', terms: force } } },
		cautious: { label: 'Cautious', subcategories: { hedges: { label: 'Hedges', terms: hedges } } }
	},
	negators
});

describe('compileLexicon', () => {
	it('compiles the default lexicon without problems', () => {
		const compiled = compileLexicon(nlp, defaultLexicon);
		expect(compiled.problems).toEqual([]);
		expect(compiled.version).toBe(defaultLexicon.version);
		expect(compiled.size).toBeGreaterThan(300);
	});

	it('is fast enough to run on every keystroke of a lexicon editor (< 20 ms warm)', () => {
		compileLexicon(nlp, defaultLexicon);
		let best = Infinity;
		// the best of several runs: its own cost, not the load of tests running beside it (about 3 ms)
		for (let i = 0; i < 15; i++) {
			const t0 = performance.now();
			compileLexicon(nlp, defaultLexicon);
			best = Math.min(best, performance.now() - t0);
		}
		expect(best).toBeLessThan(20);
	});

	it('stores entries under their lemma and their surface form', () => {
		const root = compileLexicon(nlp, lexicon(['strikes', 'retaliated'])).terms;
		expect([...root.next.keys()].sort()).toEqual(['retaliate', 'retaliated', 'strike', 'strikes']);
	});

	it('stores a hyphenated entry both joined and as its parts', () => {
		const root = compileLexicon(nlp, lexicon(['pre-emptive strike'])).terms;
		expect(root.next.get('preemptive')?.next.has('strike')).toBe(true);
		expect(root.next.get('pre')?.next.get('emptive')?.next.has('strike')).toBe(true);
	});

	it('lists what it could not understand and skips only those entries', () => {
		const compiled = compileLexicon(nlp, lexicon(['may [month]', 'strike', 'strike', '* first'], ['strike']));
		expect(compiled.problems).toHaveLength(4);
		expect(compiled.problems.join('\n')).toMatch(/unknown sense \[month\]/);
		expect(compiled.problems.join('\n')).toMatch(/"strike" in cautious \/ Hedges is already listed in assertive \/ Force/);
		expect(compiled.terms.next.get('strike')?.ends?.map((e) => e.value.subcategory)).toEqual(['force']);
	});

	it('marks exceptions and the negators whose scope wink marks itself', () => {
		const compiled = compileLexicon(nlp, lexicon(['!hunger strike'], [], ['not', 'no longer', 'lack of']));
		expect(compiled.terms.next.get('hunger')?.next.get('strike')?.ends?.[0].value.exception).toBe(true);
		expect(compiled.negators.next.get('not')?.ends?.[0].value).toEqual({ term: 'not', checkedByWink: true });
		expect(compiled.negators.next.get('no')?.next.get('longer')?.ends?.[0].value.checkedByWink).toBe(false);
		expect(compiled.negators.next.get('lack')?.next.get('of')?.ends?.[0].value.checkedByWink).toBe(false);
	});

	it('keeps negators apart from terms, and reports entries that are not text', () => {
		const data = lexicon(['no choice', 'no'], [], ['no']);
		(data.poles.assertive.subcategories.force.terms as unknown[]).push(42);
		const compiled = compileLexicon(nlp, data);
		expect(compiled.problems).toEqual(['assertive / Force: 42 is not text']);
		expect(compiled.negators.next.has('no')).toBe(true);
		expect(compiled.terms.next.get('no')?.ends?.[0].value.term).toBe('no');
	});

	it('accepts a lexicon with a missing pole or no negators', () => {
		const data = { version: 'x', poles: { assertive: { label: 'A', subcategories: {} } } } as unknown as LexiconData;
		const compiled = compileLexicon(nlp, data);
		expect(compiled.size).toBe(0);
		expect(compiled.negators.next.size).toBe(0);
	});
});
