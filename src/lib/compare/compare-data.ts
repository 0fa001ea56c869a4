import type { AlignedGroup, AlignmentArticle, AlignmentSettings, ArticleOverlap, Divergence, Omission, SharedPassage, StoryAlignment } from '../analysis/compare/types';
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

/** One page of a long list. `page` counts from 1. */
export interface PageOf<T> {
	items: T[];
	page: number;
	pages: number;
	total: number;
}

/** Groups and passages per page: a 200-article story has thousands of groups, and a page must stay fast. */
export const PAGE_SIZE = { groups: 20, passages: 20 };

export function pageOf<T>(items: T[], page: number, size: number): PageOf<T> {
	const pages = Math.max(1, Math.ceil(items.length / size));
	const p = Math.min(Math.max(1, Math.floor(page) || 1), pages);
	return { items: items.slice((p - 1) * size, p * size), page: p, pages, total: items.length };
}

/** What a compare-page request asks for: the pages of the long lists, or the group to open (its page wins). */
export interface CompareRequest {
	group: number | null;
	groupsPage: number;
	passagesPage: number;
}

/** Groups in the order the page lists them: most widely reported first, then as found. */
export function groupsByReach(groups: AlignedGroup[]): AlignedGroup[] {
	return [...groups].sort((x, y) => y.articles.length - x.articles.length || x.id - y.id);
}

/** Everything the compare page shows. */
export interface CompareData extends CompareStory {
	/** ids[i]: the article id (its address under /articles/) of alignment article i */
	ids: string[];
	articles: AlignmentArticle[];
	/** aligned groups, most widely reported first, one page of them */
	groups: PageOf<AlignedGroup>;
	/** labels of the groups that omissions and divergences refer to, wherever they are listed */
	groupLabels: Record<number, string>;
	divergences: Divergence[];
	passages: PageOf<SharedPassage>;
	overlap: ArticleOverlap[];
	omissions: Omission[];
	/** the article × article matrix, or null for stories too large for a matrix (see `nearest`) */
	similarity: number[][] | null;
	/** each article's most similar other article, most similar first */
	nearest: Nearest[];
	settings: AlignmentSettings;
}

export function compareData(story: CompareStory, alignment: StoryAlignment, ids: string[], request: CompareRequest = { group: null, groupsPage: 1, passagesPage: 1 }): CompareData {
	const ordered = groupsByReach(alignment.groups);
	const at = request.group === null ? -1 : ordered.findIndex((g) => g.id === request.group);
	const groupsPage = at >= 0 ? Math.floor(at / PAGE_SIZE.groups) + 1 : request.groupsPage;
	const referred = new Set([...alignment.omissions.flatMap((o) => o.groups), ...alignment.divergences.flatMap((d) => (d.group === null ? [] : [d.group]))]);
	return {
		slug: story.slug,
		title: story.title,
		lexiconVersion: story.lexiconVersion,
		actorsVersion: story.actorsVersion,
		sides: story.sides.map((s) => ({ id: s.id, label: s.label })),
		ids,
		articles: alignment.articles,
		groups: pageOf(ordered, groupsPage, PAGE_SIZE.groups),
		groupLabels: Object.fromEntries(alignment.groups.filter((g) => referred.has(g.id)).map((g) => [g.id, g.label])),
		divergences: alignment.divergences,
		passages: pageOf(alignment.passages, request.passagesPage, PAGE_SIZE.passages),
		overlap: alignment.overlap,
		omissions: alignment.omissions,
		// a 200 × 200 matrix is 40,000 numbers nobody can read; the page draws each article's closest match instead
		similarity: alignment.articles.length > MATRIX_MAX ? null : alignment.similarity,
		nearest: nearestOf(alignment.similarity),
		settings: alignment.settings
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
