import { beforeAll, describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText, type Nlp } from '../text-doc';
import { createNode, insertPath } from './trie';
import { nextStep, Walker } from './walk';

let nlp: Nlp;
beforeAll(() => {
	nlp = createNlp();
});

const trie = (...paths: [string[][], string][]) => {
	const root = createNode<string>();
	for (const [steps, value] of paths) insertPath(root, steps.map((keys) => ({ keys: keys[0] === '*' ? null : keys, sense: null })), value);
	return root;
};

describe('Walker.longest', () => {
	const root = trie([[['first'], ['strike']], 'first strike'], [[['first']], 'first'], [[['preemptive']], 'preemptive'], [[['avoid'], ['*'], ['escalation']], 'avoid * escalation']);

	it.each([
		['a first strike', 1, 'first strike', 'first strike'],
		['a first-strike plan', 1, 'first strike', 'first-strike'],
		['first of all', 0, 'first', 'first'],
		['a pre-emptive move', 1, 'preemptive', 'pre-emptive'],
		['a pre - emptive move', 1, null, null],
		['avoid further escalation', 0, 'avoid * escalation', 'avoid further escalation'],
		['avoid, escalation', 0, null, null]
	])('%s', (text, wordIndex, value, evidence) => {
		const doc = readText(nlp, text);
		const words = doc.tokens.map((t, i) => i).filter((i) => /\w/.test(doc.tokens[i].value));
		const first = words[wordIndex];
		const found = new Walker(doc.tokens).longest(root, first);
		expect(found?.value ?? null).toBe(value);
		if (found) expect(text.slice(doc.tokens[first].start, doc.tokens[found.last].end)).toBe(evidence);
	});
});

describe('nextStep', () => {
	it('skips glued hyphens and stops at punctuation and at the end of the sentence', () => {
		const doc = readText(nlp, 'tit-for-tat strikes, then. Next');
		const at = (v: string) => doc.tokens.findIndex((t) => t.value === v);
		expect(nextStep(doc.tokens, at('tit'), 0)).toBe(at('for'));
		expect(nextStep(doc.tokens, at('tat'), 0)).toBe(at('strikes'));
		expect(nextStep(doc.tokens, at('strikes'), 0)).toBe(-1);
		expect(nextStep(doc.tokens, at('then'), 0)).toBe(-1);
	});
});
