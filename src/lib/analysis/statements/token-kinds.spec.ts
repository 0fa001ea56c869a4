import { describe, expect, it } from 'vitest';
import type { Token } from '../types';
import { isAcronym, isCapitalised, isGerund, isPluralNoun, isWord } from './token-kinds';

const tok = (value: string, pos = 'NOUN', lemma = value.toLowerCase(), type = 'word'): Token => ({
	value,
	normal: value.toLowerCase(),
	lemma,
	pos,
	type,
	start: 0,
	end: value.length,
	negated: false,
	sentence: 0
});

describe('token kinds', () => {
	it.each([
		['Moscow', true],
		['moscow', false],
		['Élysée', true],
		['élysée', false],
		['“Quote', false]
	])('isCapitalised(%s) = %s', (value, expected) => {
		expect(isCapitalised(tok(value))).toBe(expected);
	});

	it.each([
		['NATO', true],
		['EU', true],
		['ÖVP', true],
		['Nato', false],
		['A', false],
		['U.S.', false]
	])('isAcronym(%s) = %s', (value, expected) => {
		expect(isAcronym(tok(value))).toBe(expected);
	});

	it('tells participles, plurals and words', () => {
		expect(isGerund(tok('insisting', 'VERB'))).toBe(true);
		expect(isGerund(tok('insisted', 'VERB'))).toBe(false);
		expect(isPluralNoun(tok('governments', 'NOUN', 'government'))).toBe(true);
		expect(isPluralNoun(tok('news', 'NOUN', 'news'))).toBe(false);
		expect(isWord(tok('2025', 'NUM', '2025', 'number'))).toBe(true);
		expect(isWord(tok('—', 'PUNCT', '—', 'punctuation'))).toBe(false);
	});
});
