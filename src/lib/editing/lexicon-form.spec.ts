import { describe, expect, it } from 'vitest';
import type { LexiconData } from '$lib/analysis/types';
import { categoryId, field, lexiconFromForm, splitEntries } from './lexicon-form';

const base: LexiconData = {
	version: 'v1',
	negators: ['not'],
	poles: {
		assertive: { label: 'Assertive', subcategories: { force: { label: 'Force', description: 'force words', terms: ['aggressive', 'retaliate'] } } },
		cautious: { label: 'Cautious', subcategories: { hedges: { label: 'Hedges', terms: ['may [modal]', 'could'] } } }
	}
};

/** The form as the page renders it for `base`, before any edit. */
function formOf(lexicon: LexiconData): FormData {
	const form = new FormData();
	for (const pole of ['assertive', 'cautious'] as const)
		for (const [id, sub] of Object.entries(lexicon.poles[pole].subcategories)) {
			form.append('sub', field.sub(pole, id));
			for (const t of sub.terms) form.append(field.keep(pole, id), t);
			form.append(field.add(pole, id), '');
		}
	return form;
}

describe('lexiconFromForm', () => {
	it('gives back the lists unchanged when nothing was edited', () => {
		expect(lexiconFromForm(formOf(base), base)).toEqual({ lexicon: base, problems: [] });
	});

	it.each<[string, (f: FormData) => void, Record<string, string[]>]>([
		['an unticked entry is removed', (f) => {
				f.delete(field.keep('cautious', 'hedges'));
				f.append(field.keep('cautious', 'hedges'), 'could');
			}, { hedges: ['could'] }],
		['typed entries are added, one per line or comma', (f) => f.set(field.add('assertive', 'force'), 'forceful\n show  of strength , aggressive'), { force: ['aggressive', 'retaliate', 'forceful', 'show of strength'] }],
		['a category left out of the form is removed', (f) => { f.delete('sub'); f.append('sub', 'assertive:force'); }, { force: ['aggressive', 'retaliate'], hedges: [] }]
	])('%s', (_name, edit, expected) => {
		const form = formOf(base);
		edit(form);
		const { lexicon, problems } = lexiconFromForm(form, base);
		expect(problems).toEqual([]);
		for (const [id, terms] of Object.entries(expected)) {
			const sub = lexicon.poles.assertive.subcategories[id] ?? lexicon.poles.cautious.subcategories[id];
			if (terms.length === 0) expect(sub).toBeUndefined();
			else expect(sub.terms).toEqual(terms);
		}
	});

	it('adds a new category from the new-category fields, with an id from its name', () => {
		const form = formOf(base);
		form.set('new-pole', 'cautious');
		form.set('new-label', 'Diplomacy & talks');
		form.set('new-description', 'calls for negotiation');
		form.set('new-terms', 'negotiate\ntalks');
		const { lexicon, problems } = lexiconFromForm(form, base);
		expect(problems).toEqual([]);
		expect(lexicon.poles.cautious.subcategories['diplomacy-talks']).toEqual({ label: 'Diplomacy & talks', description: 'calls for negotiation', terms: ['negotiate', 'talks'] });
	});

	it('keeps a category added in the page, with its label and description fields', () => {
		const form = formOf(base);
		form.append('sub', 'assertive:deterrence');
		form.set(field.label('assertive', 'deterrence'), 'Deterrence');
		form.set(field.description('assertive', 'deterrence'), '');
		form.append(field.keep('assertive', 'deterrence'), 'deter');
		expect(lexiconFromForm(form, base).lexicon.poles.assertive.subcategories.deterrence).toEqual({ label: 'Deterrence', terms: ['deter'] });
	});

	it.each<[string, (f: FormData) => void, RegExp]>([
		['words for a new category without a name', (f) => f.set('new-terms', 'x'), /give the new category a name/],
		['a new category without a pole', (f) => f.set('new-label', 'X'), /assertive or cautious/],
		['an unknown category', (f) => f.append('sub', 'neutral:x'), /not a category/],
		['a bad category id', (f) => f.append('sub', 'assertive:../x'), /not a category/],
		['an entry that is too long', (f) => f.set(field.add('assertive', 'force'), 'x'.repeat(101)), /longer than 100 characters/]
	])('reports %s', (_name, edit, message) => {
		const form = formOf(base);
		edit(form);
		expect(lexiconFromForm(form, base).problems.join('\n')).toMatch(message);
	});
});

describe('helpers', () => {
	it.each([
		['a, b\nc;d', ['a', 'b', 'c', 'd']],
		['  show   of  strength  ', ['show of strength']],
		['\n,\n', []]
	])('splitEntries(%j)', (input, expected) => expect(splitEntries(input)).toEqual(expected));

	it.each([
		['Deterrence', [], 'deterrence'],
		['Deterrence', ['deterrence'], 'deterrence-2'],
		['Déjà vu!', [], 'deja-vu'],
		['2nd wave', [], 'category-2nd-wave'],
		['!!!', [], 'category']
	])('categoryId(%j, %j) is %j', (label, taken, expected) => expect(categoryId(label, taken)).toBe(expected));
});
