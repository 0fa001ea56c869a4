import { describe, expect, it } from 'vitest';
import { applyLexiconOverride } from '$lib/analysis/lexicon/override';
import type { LexiconData } from '$lib/analysis/types';
import { addEntries, editorModel, lexiconOfModel } from './lexicon-model';

const defaults: LexiconData = {
	version: 'v1',
	poles: {
		assertive: {
			label: 'Assertive',
			subcategories: { force: { label: 'Force', terms: ['aggressive', 'retaliate'] }, urgency: { label: 'Urgency', terms: ['now'] } }
		},
		cautious: { label: 'Cautious', subcategories: { hedges: { label: 'Hedges', description: 'softeners', terms: ['may [modal]', 'could'] } } }
	}
};
const story = applyLexiconOverride(defaults, {
	assertive: { force: { add: ['forceful'], remove: ['retaliate'] }, urgency: { removed: true }, deterrence: { label: 'Deterrence', terms: ['deter'] } }
});

describe('editorModel', () => {
	const model = editorModel(story, defaults);

	it('shows removed default entries unticked and story entries as the story’s', () => {
		const force = model.assertive.find((c) => c.id === 'force')!;
		expect(force.terms).toEqual([
			{ term: 'aggressive', on: true, origin: 'default' },
			{ term: 'forceful', on: true, origin: 'story' },
			{ term: 'retaliate', on: false, origin: 'default' }
		]);
	});

	it('shows a category the story added, and a default one it left out', () => {
		expect(model.assertive.map((c) => [c.id, c.on, c.origin])).toEqual([
			['force', true, 'default'],
			['deterrence', true, 'story'],
			['urgency', false, 'default']
		]);
		expect(model.cautious[0]).toMatchObject({ id: 'hedges', description: 'softeners' });
	});

	it('gives back the story lists it was built from', () => {
		const back = lexiconOfModel(model, story);
		expect(back.poles).toEqual(story.poles);
	});
});

describe('editing the model', () => {
	it('unticking an entry or a category leaves it out of the lists', () => {
		const model = editorModel(defaults, defaults);
		model.assertive[0].terms[0].on = false;
		model.cautious[0].on = false;
		const out = lexiconOfModel(model, defaults);
		expect(out.poles.assertive.subcategories.force.terms).toEqual(['retaliate']);
		expect(out.poles.cautious.subcategories).toEqual({});
	});

	it('adds typed entries, ticking an unticked one instead of repeating it', () => {
		const model = editorModel(story, defaults);
		const force = model.assertive[0];
		expect(addEntries(force, 'Retaliate, show of force, forceful', defaults)).toBe(1);
		expect(force.terms.map((t) => [t.term, t.on, t.origin])).toEqual([
			['aggressive', true, 'default'],
			['forceful', true, 'story'],
			['retaliate', true, 'default'],
			['show of force', true, 'story']
		]);
	});
});
