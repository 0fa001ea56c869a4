import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes';

/** the quoted stretches, marks included */
const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));
const inner = (text: string) => findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd));

describe('findQuotes', () => {
	it.each([
		['straight double', 'He said "we are ready" today.', ['"we are ready"']],
		['curly double', 'He said “we are ready” today.', ['“we are ready”']],
		['German low-high („…“)', 'Er sagte „wir sind bereit“ heute.', ['„wir sind bereit“']],
		['„ closed by ” (seed 000)', 'the Alliance is „studying everything,” acknowledging', ['„studying everything,”']],
		['guillemets', 'il a dit «nous sommes prêts» hier', ['«nous sommes prêts»']],
		['single curly as primary (headline)', 'NATO Weighs More ‘Proactive’ Stance', ['‘Proactive’']],
		['single straight', "Flynn says Trump 'absolutely right' in saying", ["'absolutely right'"]],
		['two apostrophes as one double mark (NYT)', "told me, ''We're a content provider.''", ["''We're a content provider.''"]],
		['nested single inside double', '“He said ‘no’ to me,” she said.', ['“He said ‘no’ to me,”']],
		['two quotations in a sentence', '“A,” he said, “B.”', ['“A,”', '“B.”']]
	])('%s', (_, text, expected) => {
		expect(quoted(text)).toEqual(expected);
	});

	it.each([
		['possessive', 'Russia’s ambassador and NATO’s posture'],
		['contraction', 'We’re studying everything, we don’t know'],
		['decade', 'since the ’90s and the ’16 race'],
		['plural possessive', 'the states’ rights and the allies’ plans'],
		['straight apostrophes', "Russia's plan isn't new, it's the '90s again"]
	])('an apostrophe is no quotation mark: %s', (_, text) => {
		expect(findQuotes(text)).toEqual([]);
	});

	it('reads a closing mark followed by a word as an opener (stating,”It’s … ”)', () => {
		const text = 'Tajani further distanced himself from the remarks,stating,”It’s not the statements,it’s the work.”';
		expect(quoted(text)).toEqual(['”It’s not the statements,it’s the work.”']);
	});

	it('pairs two closing marks (giving Russia” carte blanche” beyond)', () => {
		const text = 'described this outcome as effectively giving Russia” carte blanche” beyond territorial limits.';
		expect(inner(text)).toEqual([' carte blanche']);
	});

	it('lets a quotation run across one line break (seed 003)', () => {
		const text =
			'He explained, “We are studying everything. On cyber, we are kind of reactive.\nBeing more aggressive or being proactive instead of reactive is something that we are thinking about.”\nFor years, European nations have linked fires.';
		const q = findQuotes(text);
		expect(q).toHaveLength(1);
		expect(text.slice(q[0].start, q[0].end)).toMatch(/^“We are studying.*thinking about\.”$/s);
		expect(q[0].closed).toBe(true);
	});

	it('ends an unclosed quotation with its paragraph when none closes it in the next one', () => {
		const text = 'She said “this never closes.\nThe next paragraph has no mark.\nNor does this one.';
		const q = findQuotes(text);
		expect(q).toHaveLength(1);
		expect(text.slice(q[0].start, q[0].end)).toBe('“this never closes.');
		expect(q[0].closed).toBe(false);
	});

	it('splits a quotation over paragraphs when each paragraph opens again', () => {
		const text = '“First paragraph of the speech.\n\n“Second paragraph,” he said.';
		expect(quoted(text)).toEqual(['“First paragraph of the speech.', '“Second paragraph,”']);
	});

	it('ignores a closing mark that has no opener and no partner', () => {
		expect(findQuotes('The ministry said it was ready.” Then it left.')).toEqual([]);
	});

	it('keeps offsets into the whole text when given a range', () => {
		const text = 'HEADLINE “not this”\nBody says “this one”.';
		const from = text.indexOf('\n') + 1;
		const q = findQuotes(text, from);
		expect(q.map((x) => text.slice(x.start, x.end))).toEqual(['“this one”']);
	});
});

describe('findQuotes on adversarial input', () => {
	/** the first broken invariant, or null: sorted, disjoint, inside the text, inner inside outer */
	const problem = (text: string, q: ReturnType<typeof findQuotes>) => {
		let last = 0;
		for (const x of q) {
			if (x.start < last) return `overlap at ${x.start}`;
			if (x.end <= x.start || x.end > text.length) return `bad range ${x.start}-${x.end}`;
			if (x.innerStart < x.start || x.innerEnd > x.end || x.innerEnd < x.innerStart) return `bad inner range at ${x.start}`;
			last = x.end;
		}
		return null;
	};
	const timed = (text: string, ms: number) => {
		const t0 = performance.now();
		const q = findQuotes(text);
		const elapsed = performance.now() - t0;
		expect(problem(text, q)).toBeNull();
		expect(elapsed).toBeLessThan(ms);
	};

	it('100,000 apostrophes', () => timed("'".repeat(100_000), 3000));
	it('100,000 curly apostrophes between letters', () => timed('a’'.repeat(100_000), 3000));
	it('only quotation marks of every kind', () => timed('"“”„«»‘’\'‟'.repeat(20_000), 3000));
	it('one 50,000-character line', () => timed('word “quoted” and ’ stray '.repeat(2_000).slice(0, 50_000), 3000));
	it('50,000 openers and no closer', () => timed('“'.repeat(50_000), 3000));
	it('50,000 line breaks with marks between', () => timed('“a\n'.repeat(50_000), 3000));

	it('never throws and keeps offsets in range on random text', () => {
		const alphabet = fc.constantFrom(...'ab ,.’\'"“”„«»‘‚\n\r\u2028é漢😀'.split(''), '\ud800');
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: alphabet, maxLength: 300 })), (text) => {
				expect(problem(text, findQuotes(text))).toBeNull();
			}),
			{ numRuns: 500 }
		);
	});
});
