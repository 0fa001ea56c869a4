import { describe, expect, it } from 'vitest';
import type { Statement } from '../types';
import { quotedRanges, rangeAt } from './quoted-ranges';

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
