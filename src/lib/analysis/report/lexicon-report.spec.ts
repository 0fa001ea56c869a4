import { describe, expect, it } from 'vitest';
import { framingIndex, lexiconReport, per1000 } from './lexicon-report';

const hit = (category: 'assertive' | 'cautious', start: number, subcategory = 'x') => ({ term: 't', category, subcategory, text: 't', start, end: start + 1, sentence: 0 });

describe('framingIndex', () => {
	it.each([
		[0, 0, 0],
		[3, 0, 1],
		[0, 2, -1],
		[3, 1, 0.5]
	])('A=%i C=%i -> %f', (a, c, expected) => expect(framingIndex(a, c)).toBe(expected));
});

describe('per1000', () => {
	it.each([
		[5, 1000, 5],
		[1, 250, 4],
		[3, 0, 0]
	])('%i in %i words -> %f', (count, words, expected) => expect(per1000(count, words)).toBe(expected));
});

describe('lexiconReport', () => {
	const ranges = [{ start: 100, end: 200, statement: 4 }];
	const report = lexiconReport([hit('assertive', 10), hit('assertive', 150), hit('cautious', 20, 'hedges')], [], ranges, { words: 1000, quotedWords: 100 });

	it('splits hits by voice, with each voice divided by its own words', () => {
		expect(report.assertive.count).toBe(2);
		expect(report.assertive.per1000).toBe(2);
		expect(report.assertive.narration).toEqual({ count: 1, per1000: 1000 / 900 });
		expect(report.assertive.quoted).toEqual({ count: 1, per1000: 10 });
		expect(report.hits[1]).toMatchObject({ voice: 'quoted', statement: 4 });
		expect(report.hits[0]).toMatchObject({ voice: 'narration', statement: null });
	});

	it('computes the index overall and for narration alone', () => {
		expect(report.index).toBeCloseTo(1 / 3);
		expect(report.narrationIndex).toBe(0);
		expect(report.cautious.bySubcategory).toEqual({ hedges: 1 });
		expect(report.narrationWords).toBe(900);
	});
});

describe('lexiconReport with hits marked wrong', () => {
	const ranges = [{ start: 100, end: 200, statement: 4 }];
	const wrong = { ...hit('assertive', 150), note: 'a name' };
	const report = lexiconReport([hit('assertive', 10)], [], ranges, { words: 1000, quotedWords: 100 }, [wrong]);

	it('keeps them out of the counts and places them by voice', () => {
		expect(report.assertive.count).toBe(1);
		expect(report.assertive.quoted.count).toBe(0);
		expect(report.ignored).toEqual([{ ...wrong, voice: 'quoted', statement: 4 }]);
	});

	it('has none by default', () => {
		expect(lexiconReport([], [], [], { words: 10, quotedWords: 0 }).ignored).toEqual([]);
	});
});
