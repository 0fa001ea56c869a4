import { parseHTML } from 'linkedom';
import { cleanArticleText, type CleanHints, type RemovedLine } from '../../corpus/clean-article-text';
import { htmlBlocksToText, NON_TEXT_TAGS, type TextNodeLike } from '../../corpus/html-text';

/** Characters scanned at most by substring searches of page lines in the article, so a huge page stays cheap. */
const SUBSTRING_BUDGET = 20_000_000;
export const OUTSIDE_ARTICLE = 'outside the article (left out by the extractor)';

/**
 * What an HTML import left out: every line of the page's visible text that is not part of the
 * extracted article, in page order. The extraction itself is parseArticle's (Readability plus the
 * furniture cleaner); this only compares its result with the whole page, so the preview can show
 * it. A line the furniture rules recognise carries their reason (share buttons, cookie notice ...);
 * anything else the extractor dropped (menus, teasers, footers) is "outside the article".
 */
export function removedFromPage(html: string, articleText: string, hints: CleanHints = {}): RemovedLine[] {
	const { document } = parseHTML(asDocument(html));
	for (const el of [...document.querySelectorAll(NON_TEXT_TAGS.join(','))]) el.remove();
	const root = (document.body ?? document.documentElement) as unknown as TextNodeLike | null;
	if (!root) return [];
	const pageLines = htmlBlocksToText(root)
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '');

	const kept = new Set(articleText.split('\n').map(squash));
	const keptText = squash(articleText);
	const reasons = new Map(cleanArticleText(pageLines.join('\n'), { headline: null, ...hints }).removed.map((r) => [r.text, r.reason]));

	const removed: RemovedLine[] = [];
	let substringChecks = Math.floor(SUBSTRING_BUDGET / Math.max(1, keptText.length));
	for (const line of pageLines) {
		const key = squash(line);
		if (kept.has(key)) continue;
		// the extractor may split or join blocks differently from the page walk
		if (substringChecks > 0 && key.length >= 20) {
			substringChecks--;
			if (keptText.includes(key)) continue;
		}
		removed.push({ text: line, reason: reasons.get(line) ?? OUTSIDE_ARTICLE });
	}
	return removed;
}

/**
 * A fragment (`<p>…</p>`, pasted markup, a saved snippet) as a whole document: linkedom puts a
 * fragment's nodes outside an empty <body>, where neither Readability nor a walk of the body finds them.
 */
export function asDocument(html: string): string {
	return /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
