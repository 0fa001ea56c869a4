import { describe, expect, it } from 'vitest';
import defaultActorsJson from '$lib/analysis/data/actors.default.json';
import type { ActorsData } from '$lib/analysis/types';
import { actorField, actorsFromForm, actorsVersion } from './actors-form';

const defaults: ActorsData = defaultActorsJson;
const base: ActorsData = {
	version: 'v1',
	fallback: 'other',
	sides: [
		{ id: 'russia', label: 'Russia', sources: ['Kremlin', 'Peskov'] },
		{ id: 'nato', label: 'NATO', sources: ['NATO'] },
		{ id: 'other', label: 'Other', sources: [] }
	]
};

function formOf(actors: ActorsData): FormData {
	const form = new FormData();
	for (const side of actors.sides) {
		form.append('side', side.id);
		form.append(actorField.label(side.id), side.label);
		side.sources.forEach((s, n) => {
			form.append(actorField.source(side.id), s);
			form.append(actorField.to(side.id, n), side.id);
		});
	}
	form.set('fallback', actors.fallback);
	return form;
}

const sidesOf = (a: ActorsData) => Object.fromEntries(a.sides.map((s) => [s.id, s.sources]));

describe('actorsFromForm', () => {
	it('gives back the list unchanged when nothing was edited', () => {
		const { actors, problems } = actorsFromForm(formOf(base), base);
		expect(problems).toEqual([]);
		expect({ ...actors, version: 'v1' }).toEqual(base);
	});

	it.each<[string, (f: FormData) => void, Record<string, string[]>]>([
		['moves a source to another side', (f) => f.set(actorField.to('russia', 1), 'nato'), { russia: ['Kremlin'], nato: ['NATO', 'Peskov'], other: [] }],
		['removes a source sent nowhere', (f) => f.set(actorField.to('russia', 0), ''), { russia: ['Peskov'], nato: ['NATO'], other: [] }],
		['adds typed sources', (f) => f.set(actorField.add('other'), 'analysts, experts\nexperts'), { russia: ['Kremlin', 'Peskov'], nato: ['NATO'], other: ['analysts', 'experts'] }],
		['keeps a source on one side only', (f) => f.set(actorField.add('nato'), 'Kremlin'), { russia: ['Kremlin', 'Peskov'], nato: ['NATO'], other: [] }],
		[
			'adds a new side with its sources',
			(f) => {
				f.set('new-label', 'China');
				f.set('new-sources', 'Beijing\nXi');
			},
			{ russia: ['Kremlin', 'Peskov'], nato: ['NATO'], other: [], china: ['Beijing', 'Xi'] }
		]
	])('%s', (_name, edit, expected) => {
		const form = formOf(base);
		edit(form);
		const { actors, problems } = actorsFromForm(form, base);
		expect(problems).toEqual([]);
		expect(sidesOf(actors)).toEqual(expected);
	});

	it.each<[string, (f: FormData) => void, RegExp]>([
		['a fallback that is not a side', (f) => f.set('fallback', 'nobody'), /fallback side must be one of the sides/],
		['no sides at all', (f) => f.delete('side'), /keep at least one side/],
		['a bad side id', (f) => f.append('side', 'Bad Id'), /not a side id/],
		['sources for a new side without a name', (f) => f.set('new-sources', 'x'), /give the new side a name/],
		['a source that is too long', (f) => f.set(actorField.add('nato'), 'x'.repeat(101)), /longer than 100 characters/]
	])('reports %s', (_name, edit, message) => {
		const form = formOf(base);
		edit(form);
		expect(actorsFromForm(form, base).problems.join('\n')).toMatch(message);
	});
});

describe('actorsVersion', () => {
	it('is the default version for the default list, and a tag of the edits otherwise', () => {
		expect(actorsVersion(defaults)).toBe(defaults.version);
		const edited = structuredClone(defaults);
		edited.sides[0].sources.push('Shoigu');
		expect(actorsVersion(edited)).toMatch(new RegExp(`^${defaults.version} \\+ story edits \\([0-9a-f]{8}\\)$`));
		expect(actorsVersion({ ...edited, version: 'anything' })).toBe(actorsVersion(edited));
	});
});
