import { describe, expect, it } from 'vitest';
import actorsData from '../data/actors.default.json';
import { createNlp } from '../nlp';
import { readText } from '../text-doc';
import * as statements from './index';

describe('statements index', () => {
	it('exports the measure’s API', () => {
		for (const name of ['compileActors', 'sideOf', 'findStatements', 'summarizeVoices']) expect(typeof (statements as Record<string, unknown>)[name]).toBe('function');
	});

	it('runs end to end: text -> statements -> voices by side', () => {
		const actors = statements.compileActors(actorsData);
		const text = 'NATO weighs options.\nMoscow responded angrily to the idea. Finland’s foreign minister said allies should trust the framework.';
		const doc = readText(createNlp(), text, text.indexOf('\n') + 1);
		const found = statements.findStatements(doc, actors);
		const voices = statements.summarizeVoices(found, doc, actors);
		expect(found.map((s) => s.side)).toEqual(['russia', 'europe']);
		expect(voices.russia).toMatchObject({ statements: 1, reported: 1, firstAppearance: 0 });
		expect(voices.europe.statements).toBe(1);
		expect(voices.nato.statements).toBe(0);
	});
});
