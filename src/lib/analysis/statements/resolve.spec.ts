import { describe, expect, it } from 'vitest';
import actorsData from '../data/actors.default.json';
import { createNlp } from '../nlp';
import { readText } from '../text-doc';
import { compileActors } from './actors';
import { findStatements } from './find-statements';

// resolveSpeakers is exercised through findStatements, which builds the drafts it resolves
const nlp = createNlp();
const actors = compileActors(actorsData);
const resolved = (text: string) =>
	findStatements(readText(nlp, text), actors).map((s) => [s.speaker?.text, s.resolvedSpeaker?.text ?? null, s.side]);

describe('speaker resolution', () => {
	it('he: the person who spoke last, before a person merely named', () => {
		expect(resolved('Dragone said NATO is reassessing its stance against Putin. He explained that cyber was first.')).toEqual([
			['Dragone', null, 'nato'],
			['He', 'Dragone', 'nato']
		]);
	});

	it('she: the person who spoke last, not the admiral named in her own sentence', () => {
		const r = resolved('Finland’s Foreign Minister, Elina Valtonen, described this outcome as a gift. Like Admiral Dragone, she noted that a posture is under review.');
		expect(r[1]).toEqual(['she', 'Finland’s Foreign Minister, Elina Valtonen', 'europe']);
	});

	it('he: the person named last when no one spoke before', () => {
		expect(resolved('The example comes from Admiral Giuseppe Cavo Dragone. He noted that the Alliance is studying everything.')).toEqual([
			['He', 'Admiral Giuseppe Cavo Dragone', 'nato']
		]);
	});

	it('they: the subject of the same sentence', () => {
		expect(resolved('NATO members are weighing cooperation to counter what they describe as Russian intrusions.')).toEqual([
			['they', 'NATO members', 'nato']
		]);
	});

	it('the role noun: the last source called so', () => {
		const r = resolved('A Baltic diplomat told reporters that Russia was testing allies. The diplomat added that more drones would come.');
		expect(r[1]).toEqual(['The diplomat', 'A Baltic diplomat', 'europe']);
	});

	it('who: the noun before it', () => {
		expect(resolved('It was Sergei Lavrov, who said the plan was dead.')).toEqual([['who', 'Sergei Lavrov', 'russia']]);
	});

	it('an unresolved pronoun falls back to the fallback side', () => {
		expect(resolved('He said the plan was dead.')).toEqual([['He', null, 'other']]);
	});
});
