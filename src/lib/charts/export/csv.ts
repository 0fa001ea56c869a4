import Papa from 'papaparse';
import { TIDY_COLUMNS, tidyRows, type TidyRow } from '../../analysis/report/tidy-rows';
import type { ArticleReport, LexiconHit } from '../../analysis/types';
import type { FigureId } from './figures';

// Relative imports only: the CLI (run by tsx, without $lib) can share this module.

/**
 * CSV text with a header row, `\n` line ends and a final newline, as `framing analyze --format csv`
 * prints it. `escapeFormulae` prefixes text cells that start with = + - @ with an apostrophe, so a
 * spreadsheet never runs article text as a formula; numbers are never touched.
 */
export function toCsv<T extends object>(rows: T[], columns: (keyof T & string)[], options: { escapeFormulae?: boolean } = {}): string {
	return Papa.unparse(rows as unknown as Record<string, unknown>[], { columns, newline: '\n', escapeFormulae: options.escapeFormulae ?? false }) + '\n';
}

/** The tidy table: byte for byte what `framing analyze --format csv` prints for the same reports. */
export function tidyCsv(reports: ArticleReport[]): string {
	return toCsv(tidyRows(reports), TIDY_COLUMNS);
}

// ------------------------------------------------------------ per chart

/** Which tidy measures (and, for the focus side, which subset) a figure shows. */
const FIGURE_MEASURES: Record<FigureId, { measures: string[]; focusOnly?: boolean }> = {
	lexicon: { measures: ['words', 'assertive', 'cautious', 'framing index'] },
	voices: { measures: ['statements'] },
	tone: { measures: ['valence', 'alarm', 'question', 'inferred'] },
	'first-voice': {
		measures: ['first appearance', 'statements', 'direct statements', 'reported statements', 'mixed statements', 'quoted words'],
		focusOnly: true
	}
};

export interface ChartDataOptions {
	/** the side the first-voice figure follows */
	focus: string;
	/** the outlet label per report, as the chart shows it */
	label: (report: ArticleReport, index: number) => string;
	/** teaching mode: the article column is left empty, since a file name can name the outlet */
	hideNames: boolean;
}

/**
 * The data behind one figure: the tidy rows of its measures, for the articles it shows, in story
 * order, with the outlets labelled as on screen. Every value is the tidy table's value.
 */
export function chartDataRows(figure: FigureId, reports: ArticleReport[], options: ChartDataOptions): TidyRow[] {
	const { measures, focusOnly } = FIGURE_MEASURES[figure];
	const wanted = new Set(measures);
	return reports.flatMap((report, i) =>
		tidyRows([report])
			.filter((row) => wanted.has(row.measure))
			.filter((row) => !focusOnly || row.subset === options.focus)
			.map((row) => ({ ...row, article: options.hideNames ? '' : row.article, outlet: options.label(report, i) }))
	);
}

export function chartDataCsv(figure: FigureId, reports: ArticleReport[], options: ChartDataOptions): string {
	return toCsv(chartDataRows(figure, reports, options), TIDY_COLUMNS);
}

// ------------------------------------------------------------ statements

export interface StatementRow {
	article: string;
	outlet: string;
	/** index into the report's statements */
	statement: number;
	sentence_index: number;
	side: string;
	kind: string;
	actor: string;
	speaker: string;
	speaker_start: number | null;
	speaker_end: number | null;
	resolved_speaker: string;
	cue: string;
	cue_start: number | null;
	cue_end: number | null;
	content: string;
	content_start: number;
	content_end: number;
	sentence: string;
	sentence_start: number;
	sentence_end: number;
	/** statements of one quotation running over several sentences share a group */
	group: number;
	quoted_words: number;
	rule: string;
}

export const STATEMENT_COLUMNS: (keyof StatementRow)[] = [
	'article',
	'outlet',
	'statement',
	'sentence_index',
	'side',
	'kind',
	'actor',
	'speaker',
	'speaker_start',
	'speaker_end',
	'resolved_speaker',
	'cue',
	'cue_start',
	'cue_end',
	'content',
	'content_start',
	'content_end',
	'sentence',
	'sentence_start',
	'sentence_end',
	'group',
	'quoted_words',
	'rule'
];

/** Every statement with its spans: offsets index the article file, so `text.slice(start, end)` is the evidence. */
export function statementRows(reports: ArticleReport[]): StatementRow[] {
	return reports.flatMap((r) =>
		r.statements.map((s, i) => ({
			article: r.path,
			outlet: r.outlet ?? '',
			statement: i,
			sentence_index: s.sentenceIndex,
			side: s.side,
			kind: s.kind,
			actor: s.actor ?? '',
			speaker: s.speaker?.text ?? '',
			speaker_start: s.speaker?.start ?? null,
			speaker_end: s.speaker?.end ?? null,
			resolved_speaker: s.resolvedSpeaker?.text ?? '',
			cue: s.cue?.text ?? '',
			cue_start: s.cue?.start ?? null,
			cue_end: s.cue?.end ?? null,
			content: s.content.text,
			content_start: s.content.start,
			content_end: s.content.end,
			sentence: s.sentence.text,
			sentence_start: s.sentence.start,
			sentence_end: s.sentence.end,
			group: s.group,
			quoted_words: s.quotedWords,
			rule: s.rule
		}))
	);
}

export function statementsCsv(reports: ArticleReport[]): string {
	return toCsv(statementRows(reports), STATEMENT_COLUMNS, { escapeFormulae: true });
}

// ------------------------------------------------------------ lexicon hits

export interface HitRow {
	article: string;
	outlet: string;
	term: string;
	category: string;
	subcategory: string;
	text: string;
	start: number;
	end: number;
	sentence_index: number;
	/** narration or quoted; empty for a negated match */
	voice: string;
	statement: number | null;
	/** 1 = in the counts; 0 = left out, shown as evidence only */
	counted: number;
	/** why a match is left out: negated, or marked wrong by a reader */
	excluded: '' | 'negated' | 'marked wrong';
	/** the negating word, or the reader's note on a hit marked wrong */
	note: string;
}

export const HIT_COLUMNS: (keyof HitRow)[] = [
	'article',
	'outlet',
	'term',
	'category',
	'subcategory',
	'text',
	'start',
	'end',
	'sentence_index',
	'voice',
	'statement',
	'counted',
	'excluded',
	'note'
];

/**
 * Every lexicon match, counted, negated or marked wrong by a reader, in text order per article: summing `counted` by
 * article and category gives the counts in the tidy table.
 */
export function hitRows(reports: ArticleReport[]): HitRow[] {
	return reports.flatMap((r) => {
		// the columns every kind of match shares; the rest says whether and why it was counted
		const row = (h: Omit<LexiconHit, 'voice' | 'statement'>, rest: Pick<HitRow, 'voice' | 'statement' | 'counted' | 'excluded' | 'note'>): HitRow => ({
			article: r.path,
			outlet: r.outlet ?? '',
			term: h.term,
			category: h.category,
			subcategory: h.subcategory,
			text: h.text,
			start: h.start,
			end: h.end,
			sentence_index: h.sentence,
			...rest
		});
		const counted = r.lexicon.hits.map((h) => row(h, { voice: h.voice, statement: h.statement, counted: 1, excluded: '', note: '' }));
		const negated = r.lexicon.negated.map((h) => row(h, { voice: '', statement: null, counted: 0, excluded: 'negated', note: h.negator }));
		const ignored = (r.lexicon.ignored ?? []).map((h) =>
			row(h, { voice: h.voice, statement: h.statement, counted: 0, excluded: 'marked wrong', note: h.note ?? '' })
		);
		return [...counted, ...negated, ...ignored].sort((a, b) => a.start - b.start || b.counted - a.counted);
	});
}

export function hitsCsv(reports: ArticleReport[]): string {
	return toCsv(hitRows(reports), HIT_COLUMNS, { escapeFormulae: true });
}
