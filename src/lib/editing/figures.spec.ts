import { describe, expect, it } from 'vitest';
import type { ArticleReport, LexiconHit } from '$lib/analysis/types';
import { entryKey, storyFigures } from './figures';

const hit = (category: 'assertive' | 'cautious', subcategory: string, term: string): LexiconHit => ({
	term,
	category,
	subcategory,
	text: term,
	start: 0,
	end: term.length,
	sentence: 0,
	voice: 'narration',
	statement: null
});

/** Only the fields storyFigures reads. */
function report(path: string, words: number, hits: LexiconHit[], voices: Record<string, number>): ArticleReport {
	const count = (pole: string) => hits.filter((h) => h.category === pole).length;
	const a = count('assertive');
	const c = count('cautious');
	return {
		path,
		outlet: path.toUpperCase(),
		words,
		lexicon: {
			hits,
			assertive: { count: a, per1000: (a * 1000) / words },
			cautious: { count: c, per1000: (c * 1000) / words },
			index: a + c ? (a - c) / (a + c) : 0
		},
		voices: Object.fromEntries(Object.entries(voices).map(([side, statements]) => [side, { statements }]))
	} as unknown as ArticleReport;
}

describe('storyFigures', () => {
	const figures = storyFigures([
		report('a', 500, [hit('assertive', 'force', 'aggressive'), hit('assertive', 'force', 'aggressive'), hit('cautious', 'hedges', 'may [modal]')], { russia: 2, nato: 1 }),
		report('b', 1500, [hit('cautious', 'hedges', 'may [modal]')], { russia: 0, nato: 3 })
	]);

	it('counts hits per entry over the story', () => {
		expect(figures.termHits).toEqual({
			[entryKey('assertive', 'force', 'aggressive')]: 2,
			[entryKey('cautious', 'hedges', 'may [modal]')]: 2
		});
	});

	it('pools counts, not rates', () => {
		expect(figures.pooled).toEqual({ words: 2000, assertive: 2, cautious: 2, assertivePer1000: 1, cautiousPer1000: 1, index: 0 });
	});

	it('keeps each article figures and statements per side', () => {
		expect(figures.articles[0]).toEqual({
			path: 'a',
			outlet: 'A',
			words: 500,
			assertive: { count: 2, per1000: 4 },
			cautious: { count: 1, per1000: 2 },
			index: 1 / 3,
			statements: { russia: 2, nato: 1 }
		});
		expect(figures.sideStatements).toEqual({ russia: 2, nato: 4 });
	});

	it('is all zeros for no articles', () => {
		expect(storyFigures([]).pooled).toEqual({ words: 0, assertive: 0, cautious: 0, assertivePer1000: 0, cautiousPer1000: 0, index: 0 });
	});

	it('keeps entries of the same text in different categories apart', () => {
		expect(entryKey('assertive', 'a', 'x')).not.toBe(entryKey('assertive', 'b', 'x'));
	});
});
