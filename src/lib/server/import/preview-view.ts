import type { ArticleReport, SideDef } from '../../analysis/types';
import type { RemovedLine } from '../../corpus/clean-article-text';
import type { Problem } from '../../corpus/problem';
import type { DuplicateMatch } from './duplicates';
import type { ImportSource } from './prepare-article';
import type { ImportPreview } from './preview';

/**
 * What the import page shows of a preview: plain data (it travels to the browser), the analysis
 * reduced to the figures, the text cut to what a page can hold.
 */
export const EDITABLE_FIELDS = ['outlet', 'headline', 'published', 'url', 'author', 'language'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type FieldValues = Record<EditableField | 'name', string>;

/** Characters of body text shown per article; the file keeps all of it. */
export const SHOWN_BODY_CHARS = 20_000;
export const SHOWN_REMOVED_LINES = 200;

export interface ProblemView {
	file: string;
	field?: string;
	message: string;
	fix: string;
	severity: 'error' | 'warning';
}

export interface FiguresView {
	words: number;
	assertive: { count: number; per1000: number };
	cautious: { count: number; per1000: number };
	index: number;
	hits: number;
	negated: number;
	statements: number;
	voices: { id: string; label: string; statements: number; share: number }[];
	headline: { text: string; valence: number; alarm: number; question: boolean; inferred: boolean; source: string };
	warnings: string[];
}

export interface DuplicateView extends DuplicateMatch {
	href: string;
}

export interface PreviewItemView {
	index: number;
	source: ImportSource;
	values: FieldValues;
	/** the file name the page suggested (sent back, so an untouched name can follow corrections) */
	suggestedName: string;
	fieldErrors: Partial<Record<EditableField | 'name', string>>;
	body: string;
	bodyChars: number;
	removed: RemovedLine[];
	removedCount: number;
	problems: ProblemView[];
	duplicate: DuplicateView | null;
	figures: FiguresView | null;
	/** whether the article is ticked for saving */
	save: boolean;
	/** the chosen name is taken by an article; saving needs `replace` */
	nameTaken: boolean;
	replace: boolean;
	/** set once saved */
	savedAs: string | null;
	/** why the last save of this article failed */
	saveError: { message: string; fix: string } | null;
}

export interface PreviewView {
	token: string;
	items: PreviewItemView[];
	/** inputs that could not be imported at all (bad files) */
	refused: ProblemView[];
}

export function problemView(p: Problem): ProblemView {
	return { file: p.file, ...(p.field ? { field: p.field } : {}), message: p.message, fix: p.fix, severity: p.severity === 'warning' ? 'warning' : 'error' };
}

export function figuresOf(report: ArticleReport, sides: readonly SideDef[]): FiguresView {
	const { lexicon, headline } = report;
	return {
		words: report.words,
		assertive: { count: lexicon.assertive.count, per1000: lexicon.assertive.per1000 },
		cautious: { count: lexicon.cautious.count, per1000: lexicon.cautious.per1000 },
		index: lexicon.index,
		hits: lexicon.hits.length,
		negated: lexicon.negated.length,
		statements: report.statements.length,
		voices: sides.map((side) => ({
			id: side.id,
			label: side.label,
			statements: report.voices[side.id]?.statements ?? 0,
			share: report.voices[side.id]?.share ?? 0
		})),
		headline: { text: headline.text, valence: headline.valence, alarm: headline.alarm, question: headline.question, inferred: headline.inferred, source: headline.source },
		warnings: report.warnings
	};
}

export function valuesOf(preview: ImportPreview): FieldValues {
	const m = preview.meta;
	return { outlet: m.outlet ?? '', headline: m.headline ?? '', published: m.published ?? '', url: m.url ?? '', author: m.author ?? '', language: m.language ?? '', name: preview.id };
}

/** One article of the preview page. `state` carries what the form said (edits, ticks) and what the last save did. */
export function itemView(
	index: number,
	preview: ImportPreview,
	context: { slug: string; sides: readonly SideDef[] },
	state: Partial<Pick<PreviewItemView, 'values' | 'suggestedName' | 'fieldErrors' | 'save' | 'replace' | 'savedAs' | 'saveError' | 'nameTaken'>> = {}
): PreviewItemView {
	const duplicate = preview.duplicateOf ? { ...preview.duplicateOf, href: `/stories/${context.slug}/articles/${preview.duplicateOf.id}` } : null;
	return {
		index,
		source: preview.source,
		values: state.values ?? valuesOf(preview),
		suggestedName: state.suggestedName ?? preview.id,
		fieldErrors: state.fieldErrors ?? {},
		body: preview.body.length > SHOWN_BODY_CHARS ? preview.body.slice(0, SHOWN_BODY_CHARS) : preview.body,
		bodyChars: preview.body.length,
		removed: preview.removed.slice(0, SHOWN_REMOVED_LINES),
		removedCount: preview.removed.length,
		problems: preview.problems.map(problemView),
		duplicate,
		figures: preview.report ? figuresOf(preview.report, context.sides) : null,
		save: state.save ?? (duplicate === null && !preview.problems.some((p) => p.severity !== 'warning')),
		nameTaken: state.nameTaken ?? false,
		replace: state.replace ?? false,
		savedAs: state.savedAs ?? null,
		saveError: state.saveError ?? null
	};
}
