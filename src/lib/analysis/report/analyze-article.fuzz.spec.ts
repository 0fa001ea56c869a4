import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { createNlp } from '../nlp';
import type { ArticleReport } from '../types';
import { analyzeArticle } from './analyze-article';

const engine = createEngine(createNlp());
const meta = { outlet: null, headline: null, url: null, author: null, published: null, language: null, notes: null };

function analyse(text: string) {
	return analyzeArticle(engine, { path: 'fuzz.txt', text, body: { start: 0, end: text.length }, meta, headline: null });
}

/** Every span of a report points at the text it claims, inside the body. */
function checkSpans(text: string, report: ArticleReport) {
	const spans = [
		...report.lexicon.hits,
		...report.lexicon.negated,
		...report.statements.flatMap((s) => [s.content, s.sentence, s.speaker, s.cue].filter((x) => x !== null))
	];
	for (const span of spans) {
		expect(span.start).toBeGreaterThanOrEqual(0);
		expect(span.end).toBeLessThanOrEqual(text.length);
		expect(text.slice(span.start, span.end)).toBe(span.text);
	}
	for (const v of Object.values(report.voices)) expect(v.share).toBeGreaterThanOrEqual(0);
	expect(Number.isFinite(report.headline.valence)).toBe(true);
	expect(Number.isFinite(report.lexicon.index)).toBe(true);
}

const QUOTES = ['"', '“', '”', '„', '«', '»', '‘', '’', "'", '‹', '›', '「', '」'];
const pieces = fc.constantFrom(...QUOTES, ' ', '\n', '.', ',', ':', 'said', 'Moscow', 'NATO', 'he', 'not', 'aggressive', 'may', 'could', 'strike', '—', '\u00a0', '\u200b', '🙂', 'й', '\ud800');

describe('analyzeArticle on adversarial input', () => {
	it('never throws and keeps every offset true, on random Unicode', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
				const result = analyse(text);
				if (result.ok) checkSpans(text, result.report);
				else expect(result.reason.length).toBeGreaterThan(0);
			}),
			{ numRuns: 150 }
		);
	});

	it('never throws on text made of quotation marks, cue words and names', () => {
		fc.assert(
			fc.property(fc.array(pieces, { maxLength: 300 }), (parts) => {
				const text = parts.join('');
				const result = analyse(text);
				if (result.ok) checkSpans(text, result.report);
			}),
			{ numRuns: 200 }
		);
	});

	it.each([
		['100,000 apostrophes', "'".repeat(100_000)],
		['quotes only', '“”"„«»‘’'.repeat(5_000)],
		['one 50,000-character line', 'NATO said "it could strike" and Moscow denied it, '.repeat(1_000)],
		['50,000 characters without a space', 'x'.repeat(50_000)],
		['an unclosed quotation over 2,000 lines', 'He said: “we wait\n'.repeat(2_000)]
	])('finishes %s in bounded time', (_, text) => {
		const started = performance.now();
		const result = analyse(text);
		expect(performance.now() - started).toBeLessThan(15_000);
		if (result.ok) checkSpans(text, result.report);
	});
});
