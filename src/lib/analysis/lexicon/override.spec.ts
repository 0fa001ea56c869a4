import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LexiconData } from '../types';
import { defaultLexicon } from './index';
import {
	applyLexiconOverride,
	diffLexicon,
	isEmptyOverride,
	summarizeOverride,
	termKey,
	uniqueTerms,
	type LexiconOverride
} from './override';

const base: LexiconData = {
	version: 'base 1',
	negators: ['not'],
	poles: {
		assertive: {
			label: 'Assertive',
			subcategories: {
				force: { label: 'Force', description: 'force words', terms: ['aggressive', 'retaliate', 'pre-emptive strike'] },
				urgency: { label: 'Urgency', terms: ['now', 'urgent'] }
			}
		},
		cautious: {
			label: 'Cautious',
			subcategories: { hedges: { label: 'Hedges', terms: ['may [modal]', 'could', 'reportedly'] } }
		}
	}
};

const termsOf = (lexicon: LexiconData, pole: 'assertive' | 'cautious', id: string) => lexicon.poles[pole].subcategories[id]?.terms;

describe('applyLexiconOverride', () => {
	it.each<[string, LexiconOverride | null, 'assertive' | 'cautious', string, string[] | undefined]>([
		['no override keeps the lists', null, 'assertive', 'force', ['aggressive', 'retaliate', 'pre-emptive strike']],
		['add appends an entry', { assertive: { force: { add: ['forceful'] } } }, 'assertive', 'force', ['aggressive', 'retaliate', 'pre-emptive strike', 'forceful']],
		['remove drops an entry', { cautious: { hedges: { remove: ['may [modal]'] } } }, 'cautious', 'hedges', ['could', 'reportedly']],
		['remove ignores case and spacing', { cautious: { hedges: { remove: ['  May   [modal] '] } } }, 'cautious', 'hedges', ['could', 'reportedly']],
		['add skips an entry already there', { cautious: { hedges: { add: ['Could', 'might'] } } }, 'cautious', 'hedges', ['may [modal]', 'could', 'reportedly', 'might']],
		['a remove of an entry the base no longer has is harmless', { cautious: { hedges: { remove: ['perhaps'] } } }, 'cautious', 'hedges', ['may [modal]', 'could', 'reportedly']],
		['terms replace a list outright', { assertive: { urgency: { terms: ['immediately'] } } }, 'assertive', 'urgency', ['immediately']],
		['a new category is added with its terms', { assertive: { deterrence: { label: 'Deterrence', terms: ['deter', 'deter', ''] } } }, 'assertive', 'deterrence', ['deter']],
		['removed leaves a category out', { assertive: { urgency: { removed: true } } }, 'assertive', 'urgency', undefined]
	])('%s', (_name, override, pole, id, expected) => {
		expect(termsOf(applyLexiconOverride(base, override), pole, id)).toEqual(expected);
	});

	it('changes labels and descriptions, and keeps the pole labels, negators and notes', () => {
		const out = applyLexiconOverride(base, { assertive: { force: { label: 'Force words', description: '' } } });
		expect(out.poles.assertive.subcategories.force).toMatchObject({ label: 'Force words', description: '' });
		expect(out.poles.assertive.label).toBe('Assertive');
		expect(out.negators).toEqual(['not']);
	});

	it('labels a new category by its id when it has no label', () => {
		const out = applyLexiconOverride(base, { cautious: { diplomacy: { add: ['talks'] } } });
		expect(out.poles.cautious.subcategories.diplomacy).toEqual({ label: 'diplomacy', terms: ['talks'] });
	});

	it('never changes the base', () => {
		const before = structuredClone(base);
		const out = applyLexiconOverride(base, { assertive: { force: { add: ['x'], remove: ['aggressive'] }, urgency: { removed: true } } });
		out.poles.cautious.subcategories.hedges.terms.push('y');
		out.negators!.push('never');
		expect(base).toEqual(before);
	});

	it('tags the version with the edits, and only when there are edits', () => {
		expect(applyLexiconOverride(base, null).version).toBe('base 1');
		expect(applyLexiconOverride(base, { assertive: {} }).version).toBe('base 1');
		const a = applyLexiconOverride(base, { assertive: { force: { add: ['x'] } } }).version;
		const b = applyLexiconOverride(base, { assertive: { force: { add: ['y'] } } }).version;
		expect(a).toMatch(/^base 1 \+ story edits \([0-9a-f]{8}\)$/);
		expect(a).not.toBe(b);
	});
});

describe('diffLexicon', () => {
	const edit = (change: (l: LexiconData) => void) => {
		const copy = structuredClone(base);
		change(copy);
		return copy;
	};

	it.each<[string, (l: LexiconData) => void, LexiconOverride | null]>([
		['nothing changed', () => {}, null],
		['an entry added', (l) => l.poles.assertive.subcategories.force.terms.push('forceful'), { assertive: { force: { add: ['forceful'] } } }],
		['an entry removed', (l) => l.poles.cautious.subcategories.hedges.terms.shift(), { cautious: { hedges: { remove: ['may [modal]'] } } }],
		['only case changed', (l) => (l.poles.cautious.subcategories.hedges.terms[1] = 'COULD'), null],
		[
			'a category added',
			(l) => (l.poles.assertive.subcategories.deterrence = { label: 'Deterrence', terms: ['deter'] }),
			{ assertive: { deterrence: { label: 'Deterrence', terms: ['deter'] } } }
		],
		['a category left out', (l) => delete l.poles.assertive.subcategories.urgency, { assertive: { urgency: { removed: true } } }],
		['a label changed', (l) => (l.poles.assertive.subcategories.urgency.label = 'Haste'), { assertive: { urgency: { label: 'Haste' } } }]
	])('%s', (_name, change, expected) => {
		expect(diffLexicon(base, edit(change))).toEqual(expected);
	});

	it('is undone by applyLexiconOverride: the same entries in every list (property)', () => {
		const word = fc.stringMatching(/^[a-z]{1,8}( [a-z]{1,8})?$/);
		const edits = fc.record({
			remove: fc.array(fc.nat(), { maxLength: 4 }),
			add: fc.array(word, { maxLength: 4 }),
			newTerms: fc.array(word, { maxLength: 3 }),
			dropUrgency: fc.boolean()
		});
		fc.assert(
			fc.property(edits, ({ remove, add, newTerms, dropUrgency }) => {
				const edited = structuredClone(base);
				const force = edited.poles.assertive.subcategories.force;
				for (const i of remove) force.terms.splice(i % (force.terms.length || 1), 1);
				force.terms.push(...add);
				if (newTerms.length) edited.poles.cautious.subcategories.extra = { label: 'Extra', terms: newTerms };
				if (dropUrgency) delete edited.poles.assertive.subcategories.urgency;
				const out = applyLexiconOverride(base, diffLexicon(base, edited));
				for (const pole of ['assertive', 'cautious'] as const) {
					const ids = Object.keys(edited.poles[pole].subcategories).sort();
					expect(Object.keys(out.poles[pole].subcategories).sort()).toEqual(ids);
					for (const id of ids) {
						const want = new Set(edited.poles[pole].subcategories[id].terms.map(termKey));
						expect(new Set(out.poles[pole].subcategories[id].terms.map(termKey))).toEqual(want);
					}
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('keeps a story edit when the default list later grows', () => {
		const edited = structuredClone(defaultLexicon);
		edited.poles.cautious.subcategories.hedges.terms = edited.poles.cautious.subcategories.hedges.terms.filter((t) => t !== 'may [modal]');
		const override = diffLexicon(defaultLexicon, edited);
		const improved = structuredClone(defaultLexicon);
		improved.poles.cautious.subcategories.hedges.terms.push('conceivably');
		const story = applyLexiconOverride(improved, override);
		expect(story.poles.cautious.subcategories.hedges.terms).toContain('conceivably');
		expect(story.poles.cautious.subcategories.hedges.terms).not.toContain('may [modal]');
	});
});

describe('summaries and helpers', () => {
	it('counts the changes of an override', () => {
		expect(
			summarizeOverride(base, {
				assertive: { force: { add: ['a', 'b'], remove: ['aggressive'] }, urgency: { removed: true }, deterrence: { label: 'D', terms: ['deter'] } }
			})
		).toEqual({ added: 3, removed: 1, newCategories: 1, removedCategories: 1 });
	});

	it.each([
		[null, true],
		[{}, true],
		[{ assertive: {} }, true],
		[{ assertive: { force: { add: ['x'] } } }, false]
	])('isEmptyOverride(%j) is %s', (override, expected) => expect(isEmptyOverride(override)).toBe(expected));

	it('keeps the first of repeated entries, trimmed', () => {
		expect(uniqueTerms([' may ', 'May', '', 'could'])).toEqual(['may', 'could']);
	});
});
