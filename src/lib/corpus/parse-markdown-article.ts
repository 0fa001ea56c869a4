import { emptyMeta, readArticleMeta } from './article-meta';
import { findFrontMatter, readFrontMatter } from './front-matter';
import type { ParseResult } from './parsed-article';
import type { Problem } from './problem';
import { skipBom, trimRange } from './text-position';

/** Metadata is a few lines; a block this long is a missing closing fence or a pasted article (and YAML parsing of junk is slow). */
export const MAX_FRONT_MATTER = 16 * 1024;

/** A Markdown article: optional YAML front matter between `---` lines, then the body. */
export function parseMarkdownArticle(file: string, text: string): ParseResult {
	const from = skipBom(text);
	const block = findFrontMatter(text, from);

	if (block.kind === 'none')
		return withBodyCheck(file, {
			article: { file, format: 'md', text, body: trimRange(text, from, text.length), meta: emptyMeta(), headline: null },
			problems: []
		});

	if (block.kind === 'unclosed')
		return {
			article: null,
			problems: [
				{
					file,
					line: block.openLine,
					message: `the front matter opened by the --- on line ${block.openLine} is never closed`,
					fix: 'add a line with only --- after the last metadata field, before the article text',
					severity: 'error'
				}
			]
		};

	if (block.yamlEnd - block.yamlStart > MAX_FRONT_MATTER)
		return {
			article: null,
			problems: [
				{
					file,
					line: 1,
					message: `the front matter is ${block.yamlEnd - block.yamlStart} characters long, more than the ${MAX_FRONT_MATTER} allowed for metadata`,
					fix: 'keep only the metadata fields between the --- lines and put the article text below the closing ---',
					severity: 'error'
				}
			]
		};
	const front = readFrontMatter(file, text, block);
	if (!front.data) return { article: null, problems: front.problems };
	const { meta, problems } = readArticleMeta(file, front.data, front.lineOfKey);

	let headline = null;
	if (meta.headline !== null) {
		const at = front.verbatimValue('headline');
		headline = {
			text: meta.headline,
			start: at?.start ?? null,
			end: at?.end ?? null,
			source: 'the `headline` field of the front matter'
		};
	}
	return withBodyCheck(file, {
		article: { file, format: 'md', text, body: trimRange(text, block.bodyStart, text.length), meta, headline },
		problems
	});
}

/** An empty body is not fatal here (the engine refuses it with its own reason), but the author should know. */
export function withBodyCheck(file: string, result: ParseResult): ParseResult {
	const article = result.article;
	if (!article || article.body.end > article.body.start) return result;
	const problem: Problem = {
		file,
		message: 'the article has no body text',
		fix: 'paste the article text below the headline or the front matter',
		severity: 'warning'
	};
	return { article, problems: [...result.problems, problem] };
}
