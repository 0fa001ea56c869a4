import { describe, expect, it } from 'vitest';
import { alignSequences, unmatchedRuns } from './sequence-diff';

const words = (s: string) => (s ? s.split(' ') : []);

describe('alignSequences', () => {
	it.each([
		['same words', 'dragone said we are studying everything', 'dragone said we are studying everything', [], []],
		['a changed verb', 'dragone said it', 'dragone warned it', [1], [1]],
		['a dropped hedge', 'nato may strike first', 'nato will strike first', [1], [1]],
		['an added word', 'russia denied it', 'russia strongly denied it', [], [1]],
		['an empty side', '', 'russia denied it', [], [0, 1, 2]]
	])('%s', (_, a, b, unmatchedA, unmatchedB) => {
		const r = alignSequences(words(a), words(b));
		expect(r.matchedA.flatMap((m, i) => (m ? [] : [i]))).toEqual(unmatchedA);
		expect(r.matchedB.flatMap((m, i) => (m ? [] : [i]))).toEqual(unmatchedB);
	});

	it('pairs matched positions in order', () => {
		expect(alignSequences(words('a b c d'), words('a x c d')).pairs).toEqual([
			[0, 0],
			[2, 2],
			[3, 3]
		]);
	});

	it('falls back to set membership for very long inputs, without a quadratic table', () => {
		const long = Array.from({ length: 1000 }, (_, i) => `w${i}`);
		const r = alignSequences(long, [...long.slice(0, 999), 'new']);
		expect(r.matchedA.filter((m) => !m)).toHaveLength(1);
		expect(r.matchedB[999]).toBe(false);
	});
});

describe('unmatchedRuns', () => {
	it.each([
		[[true, true], []],
		[[false, true, false, false], [[0, 0], [2, 3]]],
		[[false, false, false], [[0, 2]]]
	])('%j', (matched, runs) => expect(unmatchedRuns(matched)).toEqual(runs));
});
