import type { StoryComparison } from '$lib/analysis/report/compare-articles';
import type { ArticleReport, SideDef } from '$lib/analysis/types';

/** One sentence of the framing strip; its index in the strip is its sentence number. */
export interface StripCell {
	/** assertive hits */
	a: number;
	/** cautious hits */
	c: number;
	/** sides with a statement in the sentence */
	s: string[];
}

export interface ArticleCard {
	id: string;
	path: string;
	outlet: string | null;
	headline: { text: string; inferred: boolean; question: boolean; source: string };
	published: string | null;
	url: string | null;
	author: string | null;
	words: number;
	warnings: string[];
	strip: StripCell[];
}

export interface FileProblem {
	file: string;
	message: string;
	fix: string;
}

/** Everything the story dashboard shows, and nothing more: no article text, no hit lists. */
export interface Dashboard {
	slug: string;
	title: string;
	description: string;
	sides: SideDef[];
	/** the side the Russia-specific charts follow */
	focus: string;
	lexiconVersion: string;
	actorsVersion: string;
	comparison: StoryComparison;
	cards: ArticleCard[];
	problems: FileProblem[];
}

export function articleCard(id: string, report: ArticleReport): ArticleCard {
	return {
		id,
		path: report.path,
		outlet: report.outlet,
		headline: {
			text: report.headline.text,
			inferred: report.headline.inferred,
			question: report.headline.question,
			source: report.headline.source
		},
		published: report.meta.published,
		url: report.meta.url,
		author: report.meta.author,
		words: report.words,
		warnings: report.warnings,
		strip: report.sentences.map((s) => ({ a: s.assertive, c: s.cautious, s: s.sides }))
	};
}

export function focusSide(sides: SideDef[]): string {
	return sides.some((s) => s.id === 'russia') ? 'russia' : (sides[0]?.id ?? 'russia');
}
