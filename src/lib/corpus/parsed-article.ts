import type { ArticleMeta } from '../analysis/types';
import type { Problem } from './problem';

export type ArticleFormat = 'md' | 'txt' | 'html';

export interface ParsedHeadline {
	text: string;
	/** offsets of the headline inside `text`; null when it cannot be pointed at (e.g. written with escapes) */
	start: number | null;
	end: number | null;
	/** where the headline came from, in plain English, for the report */
	source: string;
}

/**
 * An article read from one file, ready for the analysis engine.
 *
 * `text` is what every offset refers to:
 * - .md and .txt: the file's text exactly as read (a byte-order mark, if any, is kept as `\uFEFF`);
 * - .html: the plain text extracted from the page (headline line, blank line, then the paragraphs),
 *   because the markup is not evidence anyone can read. Offsets point into this extracted text,
 *   not into the HTML source.
 */
export interface ParsedArticle {
	file: string;
	format: ArticleFormat;
	text: string;
	/** the article body inside `text`, without surrounding whitespace */
	body: { start: number; end: number };
	meta: ArticleMeta;
	/** null when the article has none: the engine then infers one and says so */
	headline: ParsedHeadline | null;
}

export interface ParseResult {
	article: ParsedArticle | null;
	problems: Problem[];
}

const EXTENSIONS: Record<string, ArticleFormat> = {
	md: 'md',
	markdown: 'md',
	txt: 'txt',
	text: 'txt',
	html: 'html',
	htm: 'html'
};

export function articleFormatOf(file: string): ArticleFormat | null {
	const name = file.split(/[\\/]/).pop() ?? file;
	const dot = name.lastIndexOf('.');
	if (dot <= 0) return null;
	return EXTENSIONS[name.slice(dot + 1).toLowerCase()] ?? null;
}
