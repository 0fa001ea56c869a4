import type { AlignedGroup, AlignmentArticle, Divergence, Omission, StoryAlignment } from '../analysis/compare/types';
import { MATRIX_MAX } from '../charts/similarity-chart';
import { nearestOf, type Nearest } from './nearest';

/** What the compare page knows about the story besides the comparison. */
export interface CompareStory {
	slug: string;
	title: string;
	lexiconVersion: string;
	actorsVersion: string;
	sides: { id: string; label: string }[];
}

/** Everything the compare page shows. */
export interface CompareData extends CompareStory {
	/** ids[i]: the article id (its address under /articles/) of alignment article i */
	ids: string[];
	/** the comparison; `similarity` is left empty for stories too large for a matrix (see `nearest`) */
	alignment: StoryAlignment;
	/** each article's most similar other article, most similar first */
	nearest: Nearest[];
}

export function compareData(story: CompareStory, alignment: StoryAlignment, ids: string[]): CompareData {
	const many = alignment.articles.length > MATRIX_MAX;
	return {
		slug: story.slug,
		title: story.title,
		lexiconVersion: story.lexiconVersion,
		actorsVersion: story.actorsVersion,
		sides: story.sides.map((s) => ({ id: s.id, label: s.label })),
		ids,
		// a 200 × 200 matrix is 40,000 numbers nobody can read; the page draws each article's closest match instead
		alignment: many ? { ...alignment, similarity: [] } : alignment,
		nearest: nearestOf(alignment.similarity)
	};
}

/** What the article view's "Reported elsewhere" section shows for one article. */
export interface Elsewhere {
	/** this article's index in the comparison */
	article: number;
	articles: Pick<AlignmentArticle, 'outlet' | 'path'>[];
	ids: string[];
	/** groups this article is part of that at least one other article carries, most widely carried first */
	groups: AlignedGroup[];
	/** "check this" items with a mention in this article */
	divergences: Divergence[];
	omission: Omission | null;
	/** the groups this article leaves out that most others carry, by id and label */
	leftOut: { id: number; label: string; carriedBy: number }[];
	sides: { id: string; label: string }[];
}

export function elsewhereOf(alignment: StoryAlignment, ids: string[], article: number, sides: { id: string; label: string }[]): Elsewhere {
	const byId = new Map(alignment.groups.map((g) => [g.id, g]));
	const omission = alignment.omissions.find((o) => o.article === article) ?? null;
	return {
		article,
		articles: alignment.articles.map((a) => ({ outlet: a.outlet, path: a.path })),
		ids,
		groups: alignment.groups
			.filter((g) => g.articles.includes(article) && g.members.length > 1)
			.sort((a, b) => b.members.length - a.members.length || a.id - b.id),
		divergences: alignment.divergences.filter((d) => d.mentions.some((m) => m.article === article)),
		omission,
		leftOut: (omission?.groups ?? []).flatMap((id) => {
			const g = byId.get(id);
			return g ? [{ id, label: g.label, carriedBy: g.articles.length }] : [];
		}),
		sides: sides.map((s) => ({ id: s.id, label: s.label }))
	};
}
