import { describe, expect, it } from 'vitest';
import { cosine, inverseFrequencies, weightedVector } from './weights';

const bag = (...words: string[]) => {
	const m = new Map<string, number>();
	for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
	return m;
};

describe('inverseFrequencies', () => {
	it.each([
		['a word in every bag still counts a little', 'nato', Math.log(2)],
		['a word in one bag of three counts most', 'dragone', Math.log(4)]
	])('%s', (_, word, expected) => {
		const idf = inverseFrequencies([bag('nato', 'dragone'), bag('nato'), bag('nato', 'cyber')]);
		expect(idf.get(word)).toBeCloseTo(expected, 10);
	});
});

describe('cosine of weighted vectors', () => {
	const bags = [bag('nato', 'study', 'everything'), bag('nato', 'study', 'everything'), bag('nato', 'court', 'vessel'), bag('russia')];
	const idf = inverseFrequencies(bags);
	const v = bags.map((b) => weightedVector(b, idf));
	it.each([
		['identical bags', 0, 1, 1],
		['no shared word', 0, 3, 0]
	])('%s', (_, a, b, expected) => expect(cosine(v[a], v[b])).toBeCloseTo(expected, 10));
	it('sharing only a common word scores low, sharing rare words high', () => {
		expect(cosine(v[0], v[2])).toBeLessThan(0.2);
		expect(cosine(v[0], v[1])).toBeGreaterThan(cosine(v[0], v[2]));
	});
	it('is symmetric', () => expect(cosine(v[0], v[2])).toBeCloseTo(cosine(v[2], v[0]), 12));
});
