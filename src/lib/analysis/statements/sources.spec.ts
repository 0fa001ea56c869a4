import { describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText } from '../text-doc';
import { classifySource, learnSurname, roleWordOf } from './sources';

const nlp = createNlp();

function kindOf(text: string, surnames = new Set<string>()) {
	const doc = readText(nlp, text);
	const range = { first: 0, last: doc.tokens.length };
	return { doc, range, kind: classifySource(doc.tokens, range, surnames) };
}

describe('classifySource', () => {
	it.each([
		['Admiral Giuseppe Cavo Dragone', true, false],
		['Finland’s Foreign Minister, Elina Valtonen', true, false],
		['A Baltic diplomat', true, false],
		['Elina Valtonen', true, false],
		['EU governments', false, true],
		['Germany, France and Lithuania', false, true],
		['The Kremlin', false, false],
		['the Financial Times', false, false],
		['Proactive NATO', false, false]
	])('%s: person %s, plural %s', (text, person, plural) => {
		const { kind } = kindOf(text);
		expect([kind.person, kind.plural]).toEqual([person, plural]);
	});

	it('knows a bare surname as a person once the full name was seen', () => {
		const surnames = new Set<string>();
		const full = kindOf('Admiral Giuseppe Cavo Dragone', surnames);
		learnSurname(full.doc.tokens, full.range, full.kind, surnames);
		expect(kindOf('Dragone', surnames).kind.person).toBe(true);
		expect(kindOf('Moscow', surnames).kind).toEqual({ person: false, plural: false, name: true });
	});
});

describe('roleWordOf', () => {
	it.each([
		['the admiral', 'admiral'],
		['the diplomats', 'diplomat'],
		['the ministry', 'ministry'],
		['Dragone', null]
	])('%s -> %s', (text, role) => {
		const doc = readText(nlp, text);
		expect(roleWordOf(doc.tokens, { first: 0, last: doc.tokens.length })).toBe(role);
	});
});
