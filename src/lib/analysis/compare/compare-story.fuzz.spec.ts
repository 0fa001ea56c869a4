import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, defaultActors } from '../engine';
import { createNlp } from '../nlp';
import { readArticle, reportArticle } from '../report/analyze-article';
import { compareStory, type CompareInput } from '.';
import type { Span } from '../types';

const engine = createEngine(createNlp());
const meta = { outlet: null, headline: null, url: null, author: null, published: '2025-12-02', language: null, notes: null };

function input(text: string, i: number): CompareInput | null {
	const a = { path: `fuzz-${i}.txt`, text, body: { start: 0, end: text.length }, meta, headline: null };
	const read = readArticle(engine.nlp, a);
	return read.ok ? { doc: read.doc, report: reportArticle(engine, a, read) } : null;
}

// English-like sentences from parts that fact reading and alignment react to, with odd characters mixed in,
// so that texts pass the language check and different articles share sentences, names and numbers
const part = (...options: string[]) => fc.constantFrom(...options);
const sentence = fc
	.tuple(
		part('Admiral Giuseppe Cavallaro', 'Admiral Giuseppe Cavo Dragone', 'The Kremlin', 'Moscow', 'NATO officials', 'He', '“We are'),
		part(' said', ' warned', ' may have said', ' told the Financial Times', ' studying everything,”'),
		part(' that the alliance', ' the court case', ' over one billion citizens', ' nearly a billion citizens', ' 32 nations', ' about 300 houses'),
		part(' on Sunday', ' on October 18th', ' in 2025', ' at 7 p.m.', ' this week', ''),
		part(' was studying everything', ' is a provocation', ' would act first', ' had been dismissed', ''),
		part('.', '!', '?', '…', '."', '.”', ', — „', '.\n\n', '. й 🙂\u00a0', '.\u200b')
	)
	.map((p) => p.join(''));
const article = fc.array(sentence, { minLength: 1, maxLength: 14 }).map((s) => s.join(' '));

function within(text: string, span: Span) {
	expect(span.start).toBeGreaterThanOrEqual(0);
	expect(span.end).toBeLessThanOrEqual(text.length);
	expect(text.slice(span.start, span.end)).toBe(span.text);
}

describe('compareStory on adversarial input', () => {
	it('never throws, and every offset slices out what it claims', () => {
		const seen = { groups: 0, divergences: 0, passages: 0 };
		fc.assert(
			fc.property(fc.array(article, { minLength: 2, maxLength: 4 }), (texts) => {
				const inputs = texts.map(input).filter((x): x is CompareInput => x !== null);
				const result = compareStory(inputs, { actors: engine.actors, sides: defaultActors.sides });
				const text = (article: number) => inputs[article].doc.text;
				for (const g of result.groups) {
					expect(new Set(g.members.map((m) => m.article)).size).toBe(g.members.length);
					expect([...g.articles, ...g.missing].sort((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
					for (const m of g.members) {
						within(text(m.article), m);
						for (const d of m.differences) {
							within(text(m.article), d);
							expect(d.start >= m.start && d.end <= m.end).toBe(true);
						}
					}
				}
				for (const d of result.divergences) {
					expect(new Set(d.mentions.map((m) => m.value.toLowerCase())).size).toBeGreaterThanOrEqual(2);
					for (const m of d.mentions) within(text(m.article), m);
				}
				for (const p of result.passages) {
					within(text(p.a), p.spanA);
					within(text(p.b), p.spanB);
				}
				seen.groups += result.groups.length;
				seen.divergences += result.divergences.length;
				seen.passages += result.passages.length;
				for (const o of result.overlap) expect(o.share).toBeGreaterThanOrEqual(0);
				for (const row of result.similarity) for (const v of row) expect(v >= 0 && v <= 1).toBe(true);
			}),
			{ numRuns: 60 }
		);
		// the inputs are built to exercise each part, so some of each must have been checked
		expect(seen.groups).toBeGreaterThan(0);
		expect(seen.passages).toBeGreaterThan(0);
		expect(seen.divergences).toBeGreaterThan(0);
	});
});
