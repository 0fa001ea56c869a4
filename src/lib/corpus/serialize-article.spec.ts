import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../analysis/types';
import { emptyMeta } from './article-meta';
import { parseArticle } from './parse-article';
import { serializeArticle } from './serialize-article';

const free = fc.oneof(
	fc.constant(null),
	fc.string({ unit: 'grapheme', maxLength: 60 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	// the characters that make YAML quoting and fencing hard
	fc.stringMatching(/^[-:#'"|>{}[\]&*!%@`?, \n\t]{0,20}$/),
	fc.constantFrom('null', 'true', '2025', '1e3', '---', '...', '- a', 'a: b', '~', '"quoted"', "NATO's ‘proactive’ shift?")
);
const date = fc.oneof(
	fc.constant(null),
	fc
		.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
		.map((d) => d.toISOString().slice(0, 10))
);
const meta: fc.Arbitrary<ArticleMeta> = fc.record({
	outlet: free,
	headline: free,
	url: fc.oneof(fc.constant(null), fc.webUrl({ withQueryParameters: true, withFragments: true })),
	author: free,
	published: date,
	language: fc.constantFrom(null, 'en', 'en-GB', 'uk'),
	notes: free
});
const body = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc.array(fc.constantFrom('---', '...', 'headline: x', '', 'Drones in Poland.', '  indented', '\r'), { maxLength: 8 }).map((l) => l.join('\n'))
);

/** What parsing gives back for a written value: blank values are written as absent. */
const expectedMeta = (m: ArticleMeta): ArticleMeta =>
	Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v === null || v.trim() === '' ? null : v])) as unknown as ArticleMeta;

describe('serializeArticle', () => {
	it('writes fixed-order front matter and the body', () => {
		const text = serializeArticle(
			{ ...emptyMeta(), headline: 'Proactive NATO: a real shift or rhetoric?', outlet: 'Defence24', published: '2025-12-02' },
			'\nBody line.\n'
		);
		expect(text).toBe('---\noutlet: Defence24\nheadline: "Proactive NATO: a real shift or rhetoric?"\npublished: 2025-12-02\n---\n\nBody line.\n');
	});

	it('round-trips through parseArticle: same meta, same trimmed body, headline offsets that slice to it', () => {
		fc.assert(
			fc.property(meta, body, (m, b) => {
				const text = serializeArticle(m, b);
				const { article, problems } = parseArticle('a.md', text);
				expect(problems.filter((p) => p.message !== 'the article has no body text')).toEqual([]);
				expect(article).not.toBeNull();
				expect(article!.meta).toEqual(expectedMeta(m));
				expect(text.slice(article!.body.start, article!.body.end)).toBe(b.trim());
				const h = article!.headline;
				expect(h?.text ?? null).toBe(expectedMeta(m).headline);
				if (h && h.start !== null) expect(text.slice(h.start, h.end!)).toBe(h.text);
			}),
			{ numRuns: 500 }
		);
	});

	it('keeps a plain one-line headline verbatim so it has offsets', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[A-Z][A-Za-z ,’‘]{0,80}[a-z?]$/), (headline) => {
				const text = serializeArticle({ ...emptyMeta(), headline }, 'Body.');
				const h = parseArticle('a.md', text).article!.headline!;
				expect(h.start).not.toBeNull();
				expect(text.slice(h.start!, h.end!)).toBe(headline);
			})
		);
	});

	it('writes an empty front matter block for empty meta so a body starting with --- stays body', () => {
		const text = serializeArticle(emptyMeta(), '---\nnot: front matter\n---\nrest');
		const a = parseArticle('a.md', text).article!;
		expect(a.meta).toEqual(emptyMeta());
		expect(text.slice(a.body.start, a.body.end)).toBe('---\nnot: front matter\n---\nrest');
	});
});
