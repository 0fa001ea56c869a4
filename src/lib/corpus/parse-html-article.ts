import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../analysis/types';
import { emptyMeta, isValidDate, isWebUrl } from './article-meta';
import { cleanArticleText } from './clean-article-text';
import { htmlBlocksToText, NON_TEXT_TAGS, treeShape, type TextNodeLike } from './html-text';
import type { Problem } from './problem';
import { withBodyCheck } from './parse-markdown-article';
import type { ParseResult } from './parsed-article';
import { trimRange } from './text-position';

const MAX_READABILITY_DEPTH = 120;
const MAX_READABILITY_ELEMENTS = 30_000;

/** Page regions that are navigation or chrome, never the article. */
const CHROME_TAGS = ['nav', 'aside', 'menu', 'footer'];

type Doc = ReturnType<typeof parseHTML>['document'];

/**
 * An HTML page: the article is extracted with Readability, turned into plain text and cleaned of
 * furniture. The resulting `text` is "headline, blank line, paragraphs", and offsets refer to it.
 * Scripts and other non-text elements are removed before anything else reads the page.
 */
export function parseHtmlArticle(file: string, html: string): ParseResult {
	const { document } = parseHTML(html);
	stripNonText(document);
	const pageMeta = readPageMeta(document);
	const pageTitle = clean(document.querySelector('title')?.textContent);
	stripChrome(document);

	// Readability's cost grows steeply with nesting depth, so an abnormal page skips it.
	const shape = treeShape(document as unknown as TextNodeLike);
	const extractable = shape.depth <= MAX_READABILITY_DEPTH && shape.elements <= MAX_READABILITY_ELEMENTS;
	const problems: Problem[] = extractable
		? []
		: [
				{
					file,
					message: `the page is too ${shape.depth > MAX_READABILITY_DEPTH ? `deeply nested (${shape.depth} levels)` : `large (${shape.elements} elements)`} for article extraction, so all of its text was taken`,
					fix: 'check the text for navigation and comments, or save the article as .txt or .md instead',
					severity: 'warning'
				}
			];

	// Readability rewrites the document it is given, so the fallback reads a fresh copy if it ran.
	const readable = extractable
		? new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
		: null;
	let bodyText = '';
	if (readable?.content) {
		const { document: content } = parseHTML(`<!doctype html><html><body>${readable.content}</body></html>`);
		stripNonText(content);
		bodyText = htmlBlocksToText(content.body as unknown as TextNodeLike);
	}
	if (bodyText.trim() === '') {
		let fresh = document;
		if (extractable) {
			fresh = parseHTML(html).document;
			stripNonText(fresh);
			stripChrome(fresh);
		}
		const root = fresh.body ?? fresh.documentElement;
		bodyText = root ? htmlBlocksToText(root as unknown as TextNodeLike) : '';
	}

	const meta: ArticleMeta = {
		...emptyMeta(),
		...pageMeta,
		headline: pageMeta.headline ?? clean(readable?.title) ?? pageTitle,
		outlet: pageMeta.outlet ?? clean(readable?.siteName),
		author: pageMeta.author ?? byline(readable?.byline),
		published: pageMeta.published ?? dateOf(readable?.publishedTime),
		language: pageMeta.language ?? languageOf(readable?.lang)
	};

	const cleaned = cleanArticleText(bodyText, { headline: meta.headline, author: meta.author, outlet: meta.outlet }).text;
	const headlineText = meta.headline;
	const text = headlineText ? `${headlineText}\n\n${cleaned}` : cleaned;
	const bodyFrom = headlineText ? headlineText.length : 0;

	if (text.trim() === '')
		return {
			article: null,
			problems: [
				...problems,
				{
					file,
					message: 'no article text could be found in the page',
					fix: 'save the article as .txt or .md instead (copy the text from the browser)',
					severity: 'error'
				}
			]
		};

	return withBodyCheck(file, {
		article: {
			file,
			format: 'html',
			text,
			body: trimRange(text, bodyFrom, text.length),
			meta,
			headline: headlineText
				? { text: headlineText, start: 0, end: headlineText.length, source: 'the title of the HTML page' }
				: null
		},
		problems
	});
}

function stripNonText(document: Doc): void {
	for (const el of [...document.querySelectorAll(NON_TEXT_TAGS.join(','))]) el.remove();
}

/** Navigation, sidebars, footers, and page headers outside the article (an article's own header stays). */
function stripChrome(document: Doc): void {
	for (const el of [...document.querySelectorAll(CHROME_TAGS.join(','))]) el.remove();
	for (const el of [...document.querySelectorAll('header')]) if (!el.closest('article, main')) el.remove();
}

function readPageMeta(document: Doc): Partial<ArticleMeta> {
	const content = (selector: string) => clean(document.querySelector(selector)?.getAttribute('content'));
	const headline =
		content('meta[property="og:title"]') ??
		content('meta[name="twitter:title"]') ??
		content('meta[name="headline"], meta[itemprop="headline"]') ??
		clean(document.querySelector('[itemprop="headline"]')?.textContent);
	const author = [
		content('meta[name="author"]'),
		content('meta[property="article:author"]'),
		clean(document.querySelector('[rel="author"], [itemprop="author"]')?.textContent)
	].find((value) => value && !isWebUrl(value));
	const url = [
		clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')),
		content('meta[property="og:url"]')
	].find((value) => value && isWebUrl(value));
	return {
		outlet: content('meta[property="og:site_name"]'),
		headline,
		author: author ?? null,
		url: url ?? null,
		published:
			dateOf(content('meta[property="article:published_time"]')) ??
			dateOf(content('meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]')) ??
			dateOf(document.querySelector('time[datetime]')?.getAttribute('datetime')),
		language: languageOf(document.documentElement?.getAttribute('lang'))
	};
}

function clean(value: string | null | undefined): string | null {
	const text = value?.replace(/\s+/g, ' ').trim();
	return text ? text : null;
}

function byline(value: string | null | undefined): string | null {
	return clean(value?.replace(/^\s*by\s*:?\s*/i, ''));
}

/** Keeps ISO dates as written; other parseable dates become YYYY-MM-DD. */
function dateOf(value: string | null | undefined): string | null {
	const text = clean(value);
	if (!text) return null;
	if (isValidDate(text)) return text;
	const time = Date.parse(text);
	return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function languageOf(value: string | null | undefined): string | null {
	const text = clean(value);
	return text && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(text) ? text : null;
}
