import { analyzeArticle, type Engine } from '../../analysis/report/analyze-article';
import type { ArticleMeta, ArticleReport } from '../../analysis/types';
import type { RemovedLine } from '../../corpus/clean-article-text';
import { parseArticle } from '../../corpus/parse-article';
import type { LoadedArticle } from '../corpus-store';
import type { Problem } from '../../corpus/problem';
import { serializeArticle } from '../../corpus/serialize-article';
import { formatSize, IMPORT_LIMITS } from './limits';
import { findDuplicate, type DuplicateMatch, type ExistingArticle } from './duplicates';
import type { ImportSource, PreparedArticle } from './prepare-article';
import { articleNameProblem, suggestArticleName } from './safe-names';

/** What an import is compared with and analysed by: the story's engine (its actors), articles and file names. */
export interface StoryContext {
	slug: string;
	engine: Engine;
	existing: readonly ExistingArticle[];
	/** ids (file names without extension, lower-case) already used in the story folder */
	taken: ReadonlySet<string>;
	/** the import's date, for the notes (YYYY-MM-DD) */
	today: string;
}

/** One article as the import page and the CLI show it before saving. */
export interface ImportPreview {
	source: ImportSource;
	/** the file name it will be saved under, without `.md` */
	id: string;
	meta: ArticleMeta;
	body: string;
	removed: RemovedLine[];
	/** warnings; an error here means the file would not read back, and Save refuses it */
	problems: Problem[];
	duplicateOf: DuplicateMatch | null;
	/** the analysis of the file exactly as it will be written; null when the engine refuses it (see problems) */
	report: ArticleReport | null;
	/** the Markdown file that Save writes */
	text: string;
}

/** Loaded corpus articles as duplicate candidates. */
export function existingArticles(articles: readonly LoadedArticle[]): ExistingArticle[] {
	return articles.flatMap(({ file, article }) =>
		article
			? [
					{
						id: file.replace(/\.[^.]+$/, ''),
						file,
						headline: article.headline?.text ?? null,
						url: article.meta.url,
						body: article.text.slice(article.body.start, article.body.end)
					}
				]
			: []
	);
}

/**
 * Previews several articles imported together: each gets a free name, and each is compared with
 * the story AND with the ones before it in the same batch, so two copies in one upload are caught.
 */
export function previewBatch(articles: readonly PreparedArticle[], context: StoryContext): ImportPreview[] {
	const taken = new Set(context.taken);
	const existing = [...context.existing];
	return articles.map((article) => {
		const preview = previewArticle(article, { ...context, taken, existing });
		taken.add(preview.id);
		existing.push({ id: preview.id, file: `${preview.id}.md`, headline: preview.meta.headline, url: preview.meta.url, body: preview.body });
		return preview;
	});
}

/**
 * Names, checks and analyses one prepared article. The analysis runs on the Markdown text Save
 * would write, read back by the corpus parser, so the preview's figures are the dashboard's.
 * `edits` are the user's corrections from the preview form (already validated); `analyze: false`
 * skips the analysis when saving (the read-back check still runs).
 */
export function previewArticle(
	article: PreparedArticle,
	context: StoryContext,
	edits: { id?: string; meta?: Partial<ArticleMeta> } = {},
	options: { analyze?: boolean } = {}
): ImportPreview {
	const meta: ArticleMeta = { ...article.meta, ...edits.meta };
	meta.notes = edits.meta?.notes ?? importNotes(article, context.today);
	const id = edits.id && articleNameProblem(edits.id) === null ? edits.id : suggestArticleName(meta, article.source.name, context.taken);
	const text = serializeArticle(meta, article.body);
	const problems = [...article.problems];
	const bytes = Buffer.byteLength(text, 'utf8');
	if (bytes > IMPORT_LIMITS.maxFileBytes)
		problems.push({
			file: article.source.name,
			message: `the article would be a file of ${formatSize(bytes)}, more than the ${formatSize(IMPORT_LIMITS.maxFileBytes)} the corpus reads for one article`,
			fix: 'this is probably a whole page or several articles: keep only the article text and import that',
			severity: 'error'
		});

	const parsed = parseArticle(`${id}.md`, text);
	let report: ArticleReport | null = null;
	if (!parsed.article) {
		problems.push(...parsed.problems);
	} else {
		problems.push(...parsed.problems.filter((p) => p.severity === 'warning'));
		if (options.analyze !== false) {
			const result = analyzeArticle(context.engine, { ...parsed.article, path: `${context.slug}/${id}.md` });
			if (result.ok) report = result.report;
			else
				problems.push({
					file: article.source.name,
					message: `the article can be saved, but the analysis refuses it: ${result.reason}`,
					fix: result.fix,
					severity: 'warning'
				});
		}
	}
	return {
		source: article.source,
		id,
		meta,
		body: article.body,
		removed: article.removed,
		problems,
		duplicateOf: findDuplicate({ body: article.body, url: meta.url }, context.existing),
		report,
		text
	};
}

/** Where the article came from and what the cleaner took out, kept in the file's `notes`. */
export function importNotes(article: PreparedArticle, today: string): string {
	const from =
		article.source.kind === 'url'
			? `Imported from ${article.source.name} on ${today}.`
			: article.source.kind === 'file'
				? `Imported from the file ${article.source.name} on ${today}.`
				: `Imported from pasted text on ${today}.`;
	const counts = new Map<string, number>();
	for (const r of article.removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
	const cleaned =
		counts.size === 0
			? 'Nothing was removed as page furniture.'
			: `Removed on import: ${[...counts].map(([reason, n]) => (n > 1 ? `${reason} (${n} lines)` : reason)).join(', ')}.`;
	return [article.meta.notes, from, cleaned].filter(Boolean).join('\n');
}
