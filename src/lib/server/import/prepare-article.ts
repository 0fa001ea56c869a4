import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../../analysis/types';
import { cleanArticleText, type RemovedLine } from '../../corpus/clean-article-text';
import { decodeArticleBytes } from '../../corpus/decode-article-bytes';
import { parseArticle } from '../../corpus/parse-article';
import { articleFormatOf, type ArticleFormat } from '../../corpus/parsed-article';
import type { Problem } from '../../corpus/problem';
import { formatSize, IMPORT_LIMITS } from './limits';
import { asDocument, removedFromPage } from './removed-lines';

export interface ImportSource {
	kind: 'paste' | 'file' | 'url';
	/** the uploaded file's name, "pasted text", or the address as given */
	name: string;
}

/** An article taken from its source and cleaned, before it is analysed or named. */
export interface PreparedArticle {
	source: ImportSource;
	format: ArticleFormat;
	meta: ArticleMeta;
	/** the cleaned body, without the headline */
	body: string;
	/** what the extractor and the furniture cleaner left out, in order */
	removed: RemovedLine[];
	/** warnings about the source (errors make `article` null) */
	problems: Problem[];
}

export type Prepared = { article: PreparedArticle; problems: Problem[] } | { article: null; problems: Problem[] };

const PASTED = 'pasted text';
/** Pages larger than this are not compared line by line with the article (see removedFromPage). */
const MAX_LISTED_PAGE = 1_000_000;

/**
 * An uploaded file: the same checks as the corpus reader (size, binary, UTF-16, invalid UTF-8,
 * empty), then the file's own format.
 */
export function prepareFile(name: string, bytes: Uint8Array): Prepared {
	const source: ImportSource = { kind: 'file', name };
	const format = articleFormatOf(name);
	if (!format)
		return refuse(source, 'is not a .txt, .md or .html file', 'save the article as plain text (.txt), Markdown (.md) or a web page (.html) and upload that');
	const decoded = decodeArticleBytes(name, bytes, { maxBytes: IMPORT_LIMITS.maxFileBytes });
	if (decoded.text === null) return { article: null, problems: decoded.problems };
	return prepareText(source, decoded.text, format);
}

/** Pasted text: Markdown when it opens with front matter, HTML when it opens with markup, else plain text. */
export function preparePaste(text: string): Prepared {
	const source: ImportSource = { kind: 'paste', name: PASTED };
	const bytes = Buffer.byteLength(text, 'utf8');
	if (bytes > IMPORT_LIMITS.maxFileBytes)
		return refuse(source, `is ${formatSize(bytes)}, larger than the limit of ${formatSize(IMPORT_LIMITS.maxFileBytes)} for one article`, 'paste only the article text, or split it into several articles');
	if (text.trim() === '') return refuse(source, 'is empty', 'paste the article text into the box: the headline on the first line, then the body');
	return prepareText(source, text, pastedFormat(text));
}

export function pastedFormat(text: string): ArticleFormat {
	const start = text.replace(/^\uFEFF/, '').trimStart();
	if (/^---[ \t]*\r?\n/.test(start)) return 'md';
	if (/^<(?:!doctype\s+html|html|head|body|article|main|div|p|h1|section)\b/i.test(start)) return 'html';
	return 'txt';
}

/** A fetched page: `finalUrl` (after redirects) is the article's address unless the page names a canonical one. */
export function preparePage(url: string, finalUrl: string, html: string): Prepared {
	const prepared = prepareText({ kind: 'url', name: url }, html, 'html');
	if (prepared.article && !prepared.article.meta.url) prepared.article.meta.url = finalUrl;
	return prepared;
}

export function prepareText(source: ImportSource, text: string, format: ArticleFormat): Prepared {
	const parseName = `${source.name}.${format}`;
	const relabel = (problems: Problem[]) => problems.map((p) => ({ ...p, file: source.name }));
	const input = text.replace(/^\uFEFF/, '');

	let meta: ArticleMeta;
	let body: string;
	let removed: RemovedLine[];
	let problems: Problem[];
	if (format === 'txt') {
		// the cleaner keeps the first real line as the headline and drops its repeats
		const cleaned = cleanArticleText(input);
		const parsed = parseArticle(parseName, cleaned.text);
		if (!parsed.article) return { article: null, problems: relabel(parsed.problems) };
		meta = parsed.article.meta;
		body = parsed.article.text.slice(parsed.article.body.start, parsed.article.body.end);
		removed = cleaned.removed;
		problems = parsed.problems;
	} else if (format === 'md') {
		const parsed = parseArticle(parseName, input);
		if (!parsed.article) return { article: null, problems: relabel(parsed.problems) };
		meta = parsed.article.meta;
		let raw = parsed.article.text.slice(parsed.article.body.start, parsed.article.body.end);
		const heading = meta.headline === null ? /^#{1,2}[ \t]+(.+?)[ \t#]*(?:\n|$)/.exec(raw) : null;
		if (heading) {
			meta = { ...meta, headline: heading[1] };
			raw = raw.slice(heading[0].length);
		}
		const cleaned = cleanArticleText(raw, { headline: meta.headline, author: meta.author, outlet: meta.outlet });
		body = cleaned.text;
		removed = cleaned.removed;
		problems = parsed.problems;
	} else {
		const page = asDocument(input);
		const parsed = parseArticle(parseName, page);
		if (!parsed.article) return { article: null, problems: relabel(parsed.problems) };
		meta = parsed.article.meta;
		body = parsed.article.text.slice(parsed.article.body.start, parsed.article.body.end);
		if (meta.headline === null) {
			// a page or fragment without a title: its only <h1>, when the body opens with it, is the headline
			const h1 = soleHeading(page);
			const first = body.split('\n', 1)[0];
			if (h1 && first.replace(/\s+/g, ' ').trim() === h1) {
				meta = { ...meta, headline: h1 };
				body = body.slice(first.length).trim();
			}
		}
		problems = parsed.problems;
		// listing what was left out parses the page a second time: worth it for a page, not for a dump
		if (page.length <= MAX_LISTED_PAGE) removed = removedFromPage(page, parsed.article.text, { headline: meta.headline, author: meta.author, outlet: meta.outlet });
		else {
			removed = [];
			problems = [...problems, { file: source.name, message: `the page is ${formatSize(page.length)}, so what was left out of it is not listed`, fix: 'check the article text for menus and link lists before saving', severity: 'warning' }];
		}
	}

	meta = { ...meta, headline: meta.headline ? meta.headline.replace(/\s+/g, ' ').trim() : null };
	if (body.trim() === '')
		return {
			article: null,
			problems: [
				...relabel(problems.filter((p) => p.severity === 'warning' && !/no body text/.test(p.message))),
				{
					file: source.name,
					message: removed.length > 0 ? `no article text is left after removing ${removed.length} lines of page furniture` : 'holds a headline but no article text',
					fix: 'give the whole article: the headline on the first line, then the body',
					severity: 'error'
				}
			]
		};
	return { article: { source, format, meta, body, removed, problems: relabel(problems) }, problems: [] };
}

function soleHeading(html: string): string | null {
	const headings = parseHTML(html).document.querySelectorAll('h1');
	if (headings.length !== 1) return null;
	const text = (headings[0].textContent ?? '').replace(/\s+/g, ' ').trim();
	return text === '' ? null : text;
}

function refuse(source: ImportSource, message: string, fix: string): Prepared {
	return { article: null, problems: [{ file: source.name, message: `${source.kind === 'paste' ? 'the pasted text' : 'the file'} ${message}`, fix, severity: 'error' }] };
}
