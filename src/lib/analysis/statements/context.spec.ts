import { describe, expect, it } from 'vitest';
import { createNlp } from '../nlp';
import { readText } from '../text-doc';
import { buildContext, claim, countsAsWord, firstQuoteEndingAfter, tokenAt, trim, unclaimed } from './context';
import { compileCues } from './cue-lexicon';

const nlp = createNlp();
const lex = compileCues();
const context = (text: string) => buildContext(readText(nlp, text), lex);

describe('buildContext', () => {
	it('knows which tokens sit inside which quotation and counts words inside them', () => {
		const ctx = context('He said „we are ready” and left.');
		const inside = ctx.tokens.filter((_, i) => ctx.quoteOf[i] >= 0).map((t) => t.value);
		expect(inside).toEqual(['„', 'we', 'are', 'ready', '”']);
		expect(ctx.wordsBefore[ctx.tokens.length]).toBe(7);
		expect(ctx.quotedBefore[ctx.tokens.length]).toBe(3);
	});

	it('counts words as readText does', () => {
		for (const text of ['We’re in the ’90s, aren’t we?', 'Le ministère a dit «non» 2 fois.', '— … !']) {
			const doc = readText(nlp, text);
			expect(doc.tokens.filter(countsAsWord).length, text).toBe(doc.words);
		}
	});
});

describe('token helpers', () => {
	it('tokenAt finds the token covering or following an offset', () => {
		const ctx = context('Moscow responded angrily.');
		expect(ctx.tokens[tokenAt(ctx.tokens, 0)].value).toBe('Moscow');
		expect(ctx.tokens[tokenAt(ctx.tokens, 6)].value).toBe('responded');
		expect(tokenAt(ctx.tokens, 1000)).toBe(ctx.tokens.length);
	});

	it('trim drops commas, dashes, joining words and the final full stop', () => {
		const ctx = context(', and the plan is unrealistic — .');
		const r = trim(ctx, 0, ctx.tokens.length)!;
		expect(ctx.text.slice(ctx.tokens[r.first].start, ctx.tokens[r.last - 1].end)).toBe('the plan is unrealistic');
		expect(trim(ctx, 0, 2)).toBeNull();
	});

	it('skips claimed quotations and finds the first quotation ending after an offset', () => {
		const ctx = context('“a” “b” “c”');
		expect(firstQuoteEndingAfter(ctx.quotes, 4)).toBe(1);
		claim(ctx, 0);
		claim(ctx, 1);
		expect(unclaimed(ctx, 0)).toBe(2);
		claim(ctx, 2);
		expect(unclaimed(ctx, 0)).toBe(3);
	});
});
