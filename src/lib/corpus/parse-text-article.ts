import { emptyMeta } from './article-meta';
import { withBodyCheck } from './parse-markdown-article';
import type { ParseResult } from './parsed-article';
import type { Problem } from './problem';
import { lineAt, skipBom, trimRange } from './text-position';

/** Longer than this and ending like a sentence, a first line is probably body text, not a headline. */
const LIKELY_BODY_LINE = 150;

/** A plain-text article: the first non-empty line is the headline, the rest is the body. */
export function parseTextArticle(file: string, text: string): ParseResult {
	let lineStart = skipBom(text);
	while (lineStart < text.length) {
		const newline = text.indexOf('\n', lineStart);
		const lineEnd = newline < 0 ? text.length : newline;
		const line = trimRange(text, lineStart, lineEnd);
		if (line.end > line.start) {
			const headlineText = text.slice(line.start, line.end);
			const meta = { ...emptyMeta(), headline: headlineText };
			const problems: Problem[] = [];
			if (headlineText.length > LIKELY_BODY_LINE && /[.!]["'”’]?$/.test(headlineText))
				problems.push({
					file,
					line: lineAt(text, line.start),
					message: `the first line, taken as the headline, is ${headlineText.length} characters long and ends like a sentence, so it may be body text`,
					fix: 'if the article has no headline, save it as .md with front matter and no `headline` field; otherwise put the headline on the first line',
					severity: 'warning'
				});
			return withBodyCheck(file, {
				article: {
					file,
					format: 'txt',
					text,
					body: trimRange(text, lineEnd, text.length),
					meta,
					headline: { text: headlineText, start: line.start, end: line.end, source: 'the first line of the text file' }
				},
				problems
			});
		}
		lineStart = lineEnd + 1;
	}
	return {
		article: null,
		problems: [{ file, message: 'the file holds only whitespace', fix: 'paste the article text into it', severity: 'error' }]
	};
}
