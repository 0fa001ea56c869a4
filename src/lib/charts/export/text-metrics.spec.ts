import { describe, expect, it } from 'vitest';
import { estimateWidth, wrapText } from './text-metrics';

describe('estimateWidth', () => {
	it('grows with the text and the font size', () => {
		expect(estimateWidth('Defence24', 12)).toBeGreaterThan(estimateWidth('Defence', 12));
		expect(estimateWidth('Archyde', 24)).toBeCloseTo(2 * estimateWidth('Archyde', 12));
	});
	it('is wider for wide letters and bold', () => {
		expect(estimateWidth('mmmm', 12)).toBeGreaterThan(estimateWidth('iiii', 12));
		expect(estimateWidth('Archyde', 12, true)).toBeGreaterThan(estimateWidth('Archyde', 12));
	});
	it('is zero for nothing', () => expect(estimateWidth('', 12)).toBe(0));
});

describe('wrapText', () => {
	const mono = (t: string) => t.length; // one unit per character
	it.each([
		['a b c', 10, ['a b c']],
		['alpha beta gamma', 10, ['alpha beta', 'gamma']],
		['supercalifragilistic word', 5, ['supercalifragilistic', 'word']],
		['  spaced   out  ', 20, ['spaced out']],
		['', 10, []]
	])('%j in %i -> %j', (text, width, lines) => expect(wrapText(text, width, 1, mono)).toEqual(lines));
	it('keeps every word, in order', () => {
		const text = 'Lexicon terms per 1,000 words of each article; the dark part of a bar is narration';
		expect(wrapText(text, 120, 12).join(' ')).toBe(text);
	});
});
