import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { countQuotedWords, quotedRanges, rangeAt } from './quoted-ranges';
import { readText } from '../text-doc';
import { createNlp } from '../nlp';

const statement = (start: number, end: number) => ({ content: { text: '', start, end } }) as Statement;

describe('quotedRanges', () => {
	it.each([
		['disjoint, sorted by start', [statement(50, 60), statement(10, 20)], [[10, 20, 1], [50, 60, 0]]],
		['nested ranges belong to the outer statement', [statement(10, 40), statement(15, 20)], [[10, 40, 0]]],
		['overlaps keep only the new part', [statement(10, 30), statement(20, 40)], [[10, 30, 0], [30, 40, 1]]],
		['empty contents are dropped', [statement(5, 5)], []]
	])('%s', (_, statements, expected) => {
		expect(quotedRanges(statements).map((r) => [r.start, r.end, r.statement])).toEqual(expected);
	});
});

describe('rangeAt', () => {
	const ranges = quotedRanges([statement(10, 20), statement(30, 40), statement(50, 60)]);
	it.each([
		[9, null],
		[10, 0],
		[19, 0],
		[20, null],
		[35, 1],
		[59, 2],
		[60, null]
	])('offset %i -> statement %s', (offset, expected) => {
		expect(rangeAt(ranges, offset)?.statement ?? null).toBe(expected);
	});
});

describe('countQuotedWords', () => {
	const text = 'He said “we will act, now” and Moscow said it “would not” respond.';
	const doc = readText(createNlp(), text);
	const span = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, statement: 0 });
	it.each([
		['no ranges', [], 0],
		['one range: words only, not punctuation or quotation marks', [span('“we will act, now”')], 4],
		['two ranges', [span('“we will act, now”'), span('“would not”')], 6],
		['a range up to the end of the text', [span('respond.')], 1],
		['a range between tokens holds nothing', [{ start: text.indexOf(' and'), end: text.indexOf(' and') + 1, statement: 0 }], 0]
	])('%s', (_, ranges, expected) => expect(countQuotedWords(doc, ranges)).toBe(expected));
});
