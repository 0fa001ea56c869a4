import { parseHtmlArticle } from './parse-html-article';
import { parseMarkdownArticle } from './parse-markdown-article';
import { parseTextArticle } from './parse-text-article';
import { articleFormatOf, type ParseResult } from './parsed-article';

/**
 * Reads one article file's text (as returned by `decodeArticleBytes`) according to its extension:
 * .md/.markdown (front matter + body), .txt (first non-empty line is the headline), .html/.htm.
 * Never throws: whatever is wrong comes back as problems naming the file, the line and the fix.
 */
export function parseArticle(file: string, text: string): ParseResult {
	const format = articleFormatOf(file);
	try {
		switch (format) {
			case 'md':
				return parseMarkdownArticle(file, text);
			case 'txt':
				return parseTextArticle(file, text);
			case 'html':
				return parseHtmlArticle(file, text);
			default:
				return {
					article: null,
					problems: [
						{
							file,
							message: 'the file is not an article format the dashboard reads',
							fix: 'give the article as .md (with front matter), .txt (headline on the first line) or .html',
							severity: 'error'
						}
					]
				};
		}
	} catch (error) {
		// a parser bug or a pathological page must cost one article, never the whole story
		return {
			article: null,
			problems: [
				{
					file,
					message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}`,
					fix: 'check that the file is a complete article; if it is, report this as a bug with the file attached',
					severity: 'error'
				}
			]
		};
	}
}
