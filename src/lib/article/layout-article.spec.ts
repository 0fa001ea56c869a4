import { describe, expect, it } from 'vitest';
import type { ArticleReport, LexiconHit, Statement } from '$lib/analysis/types';
import { layoutArticle } from './layout-article';

const text = 'HEAD\nMoscow denied it. NATO is aggressive.\nHe said "we wait".';
const at = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
const body = { start: 5, end: text.length };

function report(hits: Partial<LexiconHit>[], statements: Partial<Statement>[], ignored?: Partial<LexiconHit>[]): ArticleReport {
	return {
		body,
		sentences: [at('Moscow denied it.'), at('NATO is aggressive.'), at('He said "we wait".')].map((s, i) => ({ ...s, paragraph: i === 2 ? 1 : 0, assertive: 0, cautious: 0, sides: [] })),
		lexicon: { hits, negated: [], ...(ignored ? { ignored } : {}) },
		statements
	} as unknown as ArticleReport;
}

describe('layoutArticle', () => {
	const r = report(
		[{ ...at('aggressive'), category: 'assertive' }],
		[
			{ side: 'russia', speaker: at('Moscow'), cue: at('denied'), content: at('it') },
			{ side: 'nato', speaker: at('He'), cue: at('said'), content: at('"we wait"') }
		]
	);
	const paragraphs = layoutArticle(text, r);

	it('splits the body at line breaks and leaves the headline out', () => {
		expect(paragraphs).toHaveLength(2);
		const all = paragraphs.flatMap((p) => p.flatMap((piece) => piece.segments.map((s) => s.text))).join('');
		expect(all).toBe('Moscow denied it. NATO is aggressive.He said "we wait".');
	});

	it('keeps every piece of text in exactly one segment, with offsets', () => {
		for (const piece of paragraphs.flat()) for (const s of piece.segments) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('groups segments by sentence, with the gaps between sentences apart', () => {
		expect(paragraphs[0].map((p) => p.sentence)).toEqual([0, null, 1]);
		expect(paragraphs[1].map((p) => p.sentence)).toEqual([2]);
	});

	it.each([
		['Moscow', { speaker: 0 }],
		['denied', { cue: 0 }],
		['it', { content: 0 }],
		['aggressive', { hit: 0 }],
		['"we wait"', { content: 1 }],
		['NATO is ', {}]
	])('marks %j', (word, marks) => {
		const seg = paragraphs.flat().flatMap((p) => p.segments).find((s) => s.text === word);
		expect(seg).toMatchObject({ hit: null, negated: null, ignored: null, content: null, speaker: null, cue: null, ...marks });
	});

	it('splits a hit that sits inside a statement content only where annotations change', () => {
		const nested = layoutArticle(text, report([{ ...at('wait'), category: 'cautious' }], [{ side: 'nato', speaker: null, cue: null, content: at('"we wait"') }]));
		const segs = nested[1][0].segments.filter((s) => s.content === 0);
		expect(segs.map((s) => [s.text, s.hit])).toEqual([
			['"we ', null],
			['wait', 0],
			['"', null]
		]);
	});

	it('marks a hit marked wrong by a reader, apart from the counted hits', () => {
		const marked = layoutArticle(text, report([], [], [{ ...at('aggressive'), category: 'assertive' }]));
		const seg = marked.flat().flatMap((p) => p.segments).find((s) => s.text === 'aggressive');
		expect(seg).toMatchObject({ hit: null, ignored: 0 });
	});
});
