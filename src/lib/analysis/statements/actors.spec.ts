import { describe, expect, it } from 'vitest';
import actorsData from '../data/actors.default.json';
import type { ActorsData } from '../types';
import { compileActors, sideOf } from './actors';

const actors = compileActors(actorsData);

describe('sideOf with the default actors', () => {
	it.each([
		['Denis Gonchar, Russia’s ambassador to Belgium', 'russia', 'Denis Gonchar'],
		['Finland’s Foreign Minister, Elina Valtonen', 'europe', 'Finland'],
		['Polish General Leon Komornicki', 'europe', 'Polish'],
		['Russian Foreign Ministry spokesperson Maria Zakharova', 'russia', 'Russian Foreign Ministry'],
		['the alliance\'s top military official Admiral Giuseppe Cavo Dragone', 'nato', 'the alliance'],
		['Admiral Giuseppe Cavallaro', 'nato', 'Cavallaro'],
		['Admiral cavallaro', 'nato', 'Cavallaro'],
		['A Baltic diplomat', 'europe', 'Baltic'],
		['The EU governments for their part', 'europe', 'EU governments'],
		['US Senator Marco Rubio', 'us', 'US'],
		['Ukrainian President Volodymyr Zelensky', 'ukraine', 'Ukrainian'],
		['Moscow', 'russia', 'Moscow'],
		['The Kremlin', 'russia', 'Kremlin'],
		['Nato’s Military Committee', 'nato', 'Nato']
	])('%s -> %s', (speaker, side, actor) => {
		expect(sideOf(speaker, actors)).toEqual({ side, actor });
	});

	it.each([
		['Other high-ranking sources'],
		['analysts'],
		// "us" is a pronoun: acronyms in capitals match only in capitals
		['many of us'],
		// whole words only: "Prussian" is not "Russian", "Romanians" is not "Romania"
		['a Prussian historian'],
		['']
	])('%s -> the fallback side', (speaker) => {
		expect(sideOf(speaker, actors)).toEqual({ side: 'other', actor: null });
	});

	it('matches whole words through apostrophes and hyphens', () => {
		expect(sideOf('Russia’s envoy', actors).side).toBe('russia');
		expect(sideOf('the Russian-linked vessel', actors).side).toBe('russia');
	});
});

describe('compileActors', () => {
	const data: ActorsData = {
		version: 't',
		fallback: 'rest',
		sides: [
			{ id: 'a', label: 'A', sources: ['Alpha', 'Alpha Group', 'AG', 'U.S.'] },
			{ id: 'b', label: 'B', sources: ['Beta', 'alpha'] },
			{ id: 'rest', label: 'Rest', sources: [] }
		]
	};
	const compiled = compileActors(data);

	it('keeps the sides in order and the fallback', () => {
		expect(compiled.sides).toEqual(['a', 'b', 'rest']);
		expect(compiled.fallback).toBe('rest');
	});

	it('gives a source listed twice to the first side that lists it', () => {
		expect(sideOf('alpha said', compiled)).toEqual({ side: 'a', actor: 'Alpha' });
	});

	it('prefers the earliest source, then the longest at the same place', () => {
		expect(sideOf('Beta and Alpha', compiled).side).toBe('b');
		expect(sideOf('Alpha Group members', compiled).actor).toBe('Alpha Group');
	});

	it('matches acronyms in capitals only, dotted ones included', () => {
		expect(sideOf('the AG office', compiled).side).toBe('a');
		expect(sideOf('the ag office', compiled).side).toBe('rest');
		expect(sideOf('U.S. officials', compiled).side).toBe('a');
	});

	it('treats list entries as literal text, not patterns', () => {
		const odd = compileActors({ version: 'x', fallback: 'o', sides: [{ id: 's', label: 'S', sources: ['a+b (c)', '.*'] }] });
		expect(sideOf('we met a+b (c) today', odd).side).toBe('s');
		expect(sideOf('anything else', odd).side).toBe('o');
	});
});
