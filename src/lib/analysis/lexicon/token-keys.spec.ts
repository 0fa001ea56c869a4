import { describe, expect, it } from 'vitest';
import type { Token } from '../types';
import { isAttachedHyphen, isQuoteMark, regularStems, tokenKeys, wordKey } from './token-keys';

const token = (value: string, over: Partial<Token> = {}): Token => ({
	value,
	normal: value.toLowerCase(),
	lemma: value.toLowerCase(),
	pos: 'NOUN',
	type: 'word',
	start: 0,
	end: value.length,
	negated: false,
	sentence: 0,
	...over
});

describe('wordKey', () => {
	it.each([
		['strike', 'strike'],
		['Pre-emptive', 'preemptive'],
		['pre\u2010emptive', 'preemptive'],
		['TIT-FOR-TAT', 'titfortat'],
		['Zürich', 'zürich'],
		["n't", "n't"]
	])('%s -> %s', (s, key) => expect(wordKey(s)).toBe(key));
});

describe('tokenKeys', () => {
	it('offers the surface form and a different lemma', () => {
		expect(tokenKeys(token('retaliated', { lemma: 'retaliate', pos: 'VERB' }))).toEqual(['retaliated', 'retaliate']);
		expect(tokenKeys(token('strike'))).toEqual(['strike']);
	});
	it('adds regular stems where wink gave no lemma', () => {
		expect(tokenKeys(token('Strikes', { pos: 'PROPN' }))).toEqual(['strikes', 'strik', 'strike']);
		expect(tokenKeys(token('counter-attacks'))).toEqual(['counterattacks', 'counterattack']);
		expect(tokenKeys(token('intimidating', { pos: 'ADJ' }))).toEqual(['intimidating', 'intimidat', 'intimidate']);
	});
	it('leaves short words and ordinary lemmas alone', () => {
		expect(tokenKeys(token('Bush', { pos: 'PROPN' }))).toEqual(['bush']);
		expect(tokenKeys(token('Russia', { lemma: 'Russia', pos: 'PROPN' }))).toEqual(['russia']);
	});
	it('survives a token wink left without a lemma', () => {
		const t = token('CANT', { pos: 'AUX' });
		(t as { lemma?: string }).lemma = undefined;
		expect(tokenKeys(t)).toEqual(['cant']);
	});
});

describe('regularStems', () => {
	it.each([
		['strategies', ['strategy']],
		['strikes', ['strik', 'strike']],
		['threats', ['threat']],
		['press', []],
		['escalated', ['escalat', 'escalate']],
		['neutralising', ['neutralis', 'neutralise']]
	])('%s', (w, stems) => expect(regularStems(w)).toEqual(stems));
});

describe('isAttachedHyphen and isQuoteMark', () => {
	const tokens = [token('pre', { end: 3 }), token('-', { start: 3, end: 4, type: 'punctuation' }), token('emptive', { start: 4, end: 11 })];
	const spaced = [token('war', { end: 3 }), token('-', { start: 4, end: 5, type: 'punctuation' }), token('peace', { start: 6, end: 11 })];
	it('tells a glued hyphen from a dash between words', () => {
		expect(isAttachedHyphen(tokens, 1)).toBe(true);
		expect(isAttachedHyphen(spaced, 1)).toBe(false);
		expect(isAttachedHyphen(tokens, 0)).toBe(false);
		expect(isAttachedHyphen(tokens, 2)).toBe(false);
	});
	it('knows straight, curly and angle quotation marks', () => {
		for (const q of ['"', '“', '”', '„', '«', '»', "'", '‘', '’']) expect(isQuoteMark(token(q, { type: 'punctuation' }))).toBe(true);
		expect(isQuoteMark(token(',', { type: 'punctuation' }))).toBe(false);
		expect(isQuoteMark(token("'s", { type: 'word' }))).toBe(false);
	});
});
