import { toCsv } from '../charts/export/csv';
import type { StoryAlignment, WordingKind } from '../analysis/compare/types';
import { articleLabels, listText } from './labels';

// Relative imports only: the CLI can share this module.

export interface CsvOptions {
	/** teaching mode: outlets as "Outlet A" …, and the file columns left empty (a file name can name the outlet) */
	hideNames: boolean;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

// ------------------------------------------------------------ groups

export interface GroupRow {
	group: number;
	group_label: string;
	articles_carrying: number;
	left_out_by: string;
	article: string;
	outlet: string;
	is_reference: number;
	similarity: number;
	sentence_index: number;
	/** the member's last sentence: an outlet may say in neighbouring sentences what another says in one */
	last_sentence_index: number;
	sentence_start: number;
	sentence_end: number;
	sentence: string;
	/** the words this sentence has and the reference does not, " | " between passages */
	different_words: string;
	side: string;
	statement_kind: string;
	speaker: string;
	cue: string;
	cue_lemma: string;
	hedges: string;
	boosters: string;
	verb: string;
	hedge: string;
	label: string;
	quotation: string;
}

export const GROUP_COLUMNS: (keyof GroupRow)[] = [
	'group',
	'group_label',
	'articles_carrying',
	'left_out_by',
	'article',
	'outlet',
	'is_reference',
	'similarity',
	'sentence_index',
	'last_sentence_index',
	'sentence_start',
	'sentence_end',
	'sentence',
	'different_words',
	'side',
	'statement_kind',
	'speaker',
	'cue',
	'cue_lemma',
	'hedges',
	'boosters',
	'verb',
	'hedge',
	'label',
	'quotation'
];

const WORDING: WordingKind[] = ['verb', 'hedge', 'label', 'quotation'];

/** One row per member sentence of each aligned group, with the group's wording differences spread into columns. */
export function groupRows(alignment: StoryAlignment, options: CsvOptions): GroupRow[] {
	const labels = articleLabels(alignment.articles, options.hideNames);
	return alignment.groups.flatMap((g) =>
		g.members.map((m, k) => {
			const wording = Object.fromEntries(
				WORDING.map((kind) => [
					kind,
					g.differences
						.filter((d) => d.kind === kind)
						.map((d) => d.values[k])
						.filter((v): v is string => v !== null && v !== '')
						.join('; ')
				])
			) as Record<WordingKind, string>;
			return {
				group: g.id,
				group_label: g.label,
				articles_carrying: g.articles.length,
				left_out_by: listText(g.missing.map((a) => labels[a])),
				article: options.hideNames ? '' : alignment.articles[m.article].path,
				outlet: labels[m.article],
				is_reference: k === g.reference ? 1 : 0,
				similarity: round(m.similarity),
				sentence_index: m.sentence,
				last_sentence_index: m.lastSentence,
				sentence_start: m.start,
				sentence_end: m.end,
				sentence: m.text,
				different_words: m.differences.map((d) => d.text).join(' | '),
				side: m.statement?.side ?? '',
				statement_kind: m.statement?.kind ?? '',
				speaker: m.statement?.resolvedSpeaker ?? m.statement?.speaker ?? '',
				cue: m.statement?.cue ?? '',
				cue_lemma: m.statement?.cueLemma ?? '',
				hedges: m.hedges.join('; '),
				boosters: m.boosters.join('; '),
				...wording
			};
		})
	);
}

export function groupsCsv(alignment: StoryAlignment, options: CsvOptions): string {
	return toCsv(groupRows(alignment, options), GROUP_COLUMNS, { escapeFormulae: true });
}

// ------------------------------------------------------------ divergences

export interface DivergenceRow {
	divergence: number;
	kind: string;
	about: string;
	reason: string;
	/** 1 when all mentions are in one article */
	within_article: number;
	group: number | null;
	article: string;
	outlet: string;
	value: string;
	/** what the value works out to, when that helps the check (a weekday as a calendar date) */
	note: string;
	text: string;
	start: number;
	end: number;
	sentence_index: number;
	sentence_start: number;
	sentence_end: number;
	sentence: string;
}

export const DIVERGENCE_COLUMNS: (keyof DivergenceRow)[] = [
	'divergence',
	'kind',
	'about',
	'reason',
	'within_article',
	'group',
	'article',
	'outlet',
	'value',
	'note',
	'text',
	'start',
	'end',
	'sentence_index',
	'sentence_start',
	'sentence_end',
	'sentence'
];

/** One row per mention of each "check this" item: the value as compared, and the words and sentence it was read from. */
export function divergenceRows(alignment: StoryAlignment, options: CsvOptions): DivergenceRow[] {
	const labels = articleLabels(alignment.articles, options.hideNames);
	return alignment.divergences.flatMap((d) =>
		d.mentions.map((m) => ({
			divergence: d.id,
			kind: d.kind,
			about: d.about,
			reason: d.reason,
			within_article: d.withinArticle ? 1 : 0,
			group: d.group,
			article: options.hideNames ? '' : alignment.articles[m.article].path,
			outlet: labels[m.article],
			value: m.value,
			note: m.note ?? '',
			text: m.text,
			start: m.start,
			end: m.end,
			sentence_index: m.sentence.sentence,
			sentence_start: m.sentence.start,
			sentence_end: m.sentence.end,
			sentence: m.sentence.text
		}))
	);
}

export function divergencesCsv(alignment: StoryAlignment, options: CsvOptions): string {
	return toCsv(divergenceRows(alignment, options), DIVERGENCE_COLUMNS, { escapeFormulae: true });
}

// ------------------------------------------------------------ similarity

export interface SimilarityRow {
	article_a: string;
	outlet_a: string;
	article_b: string;
	outlet_b: string;
	similarity: number;
	/** words of article a inside passages shared with article b */
	shared_passage_words: number;
}

export const SIMILARITY_COLUMNS: (keyof SimilarityRow)[] = ['article_a', 'outlet_a', 'article_b', 'outlet_b', 'similarity', 'shared_passage_words'];

/** One row per pair of articles (a before b in story order). */
export function similarityRows(alignment: StoryAlignment, options: CsvOptions): SimilarityRow[] {
	const labels = articleLabels(alignment.articles, options.hideNames);
	const shared = new Map<string, number>();
	for (const p of alignment.passages) shared.set(`${p.a}/${p.b}`, (shared.get(`${p.a}/${p.b}`) ?? 0) + p.words);
	const path = (i: number) => (options.hideNames ? '' : alignment.articles[i].path);
	const rows: SimilarityRow[] = [];
	alignment.similarity.forEach((row, a) =>
		row.forEach((v, b) => {
			if (b <= a) return;
			rows.push({
				article_a: path(a),
				outlet_a: labels[a],
				article_b: path(b),
				outlet_b: labels[b],
				similarity: round(v),
				shared_passage_words: shared.get(`${a}/${b}`) ?? 0
			});
		})
	);
	return rows;
}

export function similarityCsv(alignment: StoryAlignment, options: CsvOptions): string {
	return toCsv(similarityRows(alignment, options), SIMILARITY_COLUMNS, { escapeFormulae: true });
}
