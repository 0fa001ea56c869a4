import { describe, expect, it } from 'vitest';
import { createNlp } from './nlp';
import { breakLongRuns, isWord, readText } from './text-doc';

const nlp = createNlp();

describe('readText', () => {
	it('gives every token offsets into the whole text, also for a sub-range', () => {
		const text = '---\nheadline: x\n---\nHe explained, “We are studying everything.”\nRussia’s view wasn’t heard.';
		const start = text.indexOf('He');
		const doc = readText(nlp, text, start);
		expect(doc.tokens.length).toBeGreaterThan(10);
		for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
		expect(doc.tokens[0].start).toBe(start);
	});

	it('never lets a sentence cross a line break, and numbers paragraphs', () => {
		const text = 'Pressure from Eastern Europe\n\nEuropean countries have experienced incidents. Diplomats urge a move.';
		const doc = readText(nlp, text);
		const sentences = doc.sentences.map((s) => text.slice(s.start, s.end));
		expect(sentences).toEqual(['Pressure from Eastern Europe', 'European countries have experienced incidents.', 'Diplomats urge a move.']);
		expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
		for (const t of doc.tokens) expect(doc.sentences[t.sentence]).toBeDefined();
	});

	it.each([
		['Drones in Poland.', 3],
		["NATO won't strike.", 3],
		["Russia's 32 Allies - all of them.", 6],
		['', 0]
	])('counts words of %j as %i', (text, words) => {
		expect(readText(nlp, text).words).toBe(words);
	});

	it('marks negated tokens', () => {
		const doc = readText(nlp, 'NATO is not aggressive.');
		expect(doc.tokens.find((t) => t.value === 'aggressive')?.negated).toBe(true);
	});

	it('reads pathological runs without spaces in linear time and keeps offsets exact', () => {
		for (const text of ["'".repeat(100_000), 'x'.repeat(50_000), '“'.repeat(30_000)]) {
			const started = performance.now();
			const doc = readText(nlp, text);
			expect(performance.now() - started).toBeLessThan(5_000);
			for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
		}
	});
});

describe('breakLongRuns', () => {
	it.each([
		['short words stay', 'short words stay'],
		['a'.repeat(64), 'a'.repeat(64)],
		['a'.repeat(65), 'a'.repeat(63) + ' a'],
		['a'.repeat(130), 'a'.repeat(63) + ' ' + 'a'.repeat(63) + ' aa'],
		['a'.repeat(64) + '\u2009' + 'b'.repeat(64) + '\n' + 'c'.repeat(3), 'a'.repeat(64) + '\u2009' + 'b'.repeat(64) + '\n' + 'c'.repeat(3)],
		['x ' + '’'.repeat(200), 'x ' + ('’'.repeat(63) + ' ').repeat(3) + '’'.repeat(8)]
	])('keeps the length of %j', (input, output) => {
		expect(breakLongRuns(input)).toBe(output);
		expect(breakLongRuns(input).length).toBe(input.length);
	});
});

describe('isWord', () => {
	it.each([
		['word', 'NATO', true],
		['number', '2025', true],
		['word', "'s", false],
		['word', "n't", false],
		['word', "N'T", false],
		['word', '’s', false],
		['word', 'nor', true],
		['word', 'Ölfeld', true],
		['word', 'Путин', true],
		['punctuation', '.', false]
	])('%s %j -> %s', (type, value, expected) => expect(isWord(type, value)).toBe(expected));
});
