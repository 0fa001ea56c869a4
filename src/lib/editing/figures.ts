import type { ArticleReport, Pole } from '$lib/analysis/types';

/** One article's figures as the editors show them, saved or live. */
export interface ArticleFigures {
	path: string;
	outlet: string | null;
	words: number;
	assertive: { count: number; per1000: number };
	cautious: { count: number; per1000: number };
	index: number;
	/** statements per side id, counted as the voices chart counts them */
	statements: Record<string, number>;
}

/** What the editors compare: per article, pooled over the story, and per lexicon entry. */
export interface StoryFigures {
	articles: ArticleFigures[];
	pooled: { words: number; assertive: number; cautious: number; assertivePer1000: number; cautiousPer1000: number; index: number };
	/** counted hits per entry, keyed by `entryKey` */
	termHits: Record<string, number>;
	/** statements per side over the story */
	sideStatements: Record<string, number>;
}

/** The key of a lexicon entry in `termHits`; an entry is only unique within its category. */
export function entryKey(pole: Pole, subcategory: string, term: string): string {
	return `${pole}\u0000${subcategory}\u0000${term}`;
}

/** Small enough to send from a worker on every edit: no hits, no text, only the counts behind the charts. */
export function storyFigures(reports: readonly ArticleReport[]): StoryFigures {
	const termHits: Record<string, number> = {};
	const sideStatements: Record<string, number> = {};
	let words = 0;
	let assertive = 0;
	let cautious = 0;
	const articles = reports.map((r) => {
		for (const hit of r.lexicon.hits) {
			const key = entryKey(hit.category, hit.subcategory, hit.term);
			termHits[key] = (termHits[key] ?? 0) + 1;
		}
		const statements: Record<string, number> = {};
		for (const [side, voice] of Object.entries(r.voices)) {
			statements[side] = voice.statements;
			sideStatements[side] = (sideStatements[side] ?? 0) + voice.statements;
		}
		words += r.words;
		assertive += r.lexicon.assertive.count;
		cautious += r.lexicon.cautious.count;
		return {
			path: r.path,
			outlet: r.outlet,
			words: r.words,
			assertive: { count: r.lexicon.assertive.count, per1000: r.lexicon.assertive.per1000 },
			cautious: { count: r.lexicon.cautious.count, per1000: r.lexicon.cautious.per1000 },
			index: r.lexicon.index,
			statements
		};
	});
	const rate = (n: number) => (words ? (n * 1000) / words : 0);
	return {
		articles,
		pooled: {
			words,
			assertive,
			cautious,
			assertivePer1000: rate(assertive),
			cautiousPer1000: rate(cautious),
			index: assertive + cautious ? (assertive - cautious) / (assertive + cautious) : 0
		},
		termHits,
		sideStatements
	};
}
