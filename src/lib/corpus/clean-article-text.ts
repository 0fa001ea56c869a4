import { FURNITURE_RULES, isNameLike, MAX_FURNITURE_LINE } from './furniture-rules';

export interface CleanHints {
	/**
	 * The article's headline when it is kept apart from the body (front matter): every line that
	 * repeats it is removed. `null`: the article has no headline, so no line is taken for one.
	 * Absent: the first line is presumed to be the headline; it is kept and only later repeats go.
	 */
	headline?: string | null;
	/** a line that is only the author's name is a byline */
	author?: string | null;
	/** a line that is only the outlet's name is a masthead */
	outlet?: string | null;
}

export interface RemovedLine {
	text: string;
	reason: string;
}

export interface CleanedText {
	text: string;
	removed: RemovedLine[];
}

/** Longest line still taken for a list item after a "Related articles" heading. */
const MAX_LIST_TITLE_WORDS = 20;

/**
 * Removes page furniture (navigation, bylines, captions, share buttons, comment forms, related
 * links ...) from scraped article text by general line rules. The article's own lines are kept
 * byte for byte; only line endings become \n, trailing whitespace goes, and runs of blank lines
 * shrink to one blank line.
 */
export function cleanArticleText(raw: string, hints: CleanHints = {}): CleanedText {
	const lines = raw.replace(/\r\n?/g, '\n').split('\n');
	const removed: RemovedLine[] = [];
	const kept: string[] = [];

	const headlineKey = hints.headline ? comparable(hints.headline) : null;
	let guessHeadline = hints.headline === undefined;
	let guessedKey: string | null = null;
	const authorKey = hints.author ? comparable(hints.author) : null;
	const outletKey = hints.outlet ? comparable(hints.outlet) : null;
	let inRelatedList = false;

	for (const rawLine of lines) {
		const line = rawLine.trimEnd();
		const trimmed = line.trimStart();
		if (trimmed === '') {
			kept.push('');
			continue;
		}
		const reason =
			(headlineKey !== null && sameText(trimmed, headlineKey)) || (guessedKey !== null && sameText(trimmed, guessedKey))
				? 'repeated headline'
				: furnitureReason(trimmed, authorKey, outletKey);
		if (reason) {
			removed.push({ text: trimmed, reason });
			if (reason === 'related-articles heading') inRelatedList = true;
			continue;
		}
		if (inRelatedList && isListTitle(trimmed)) {
			removed.push({ text: trimmed, reason: 'related-article list' });
			continue;
		}
		inRelatedList = false;
		if (guessHeadline) {
			guessHeadline = false;
			if (trimmed.length <= 200) guessedKey = comparable(trimmed);
		}
		kept.push(line);
	}

	const text = kept.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
	return { text, removed };
}

function furnitureReason(line: string, authorKey: string | null, outletKey: string | null): string | null {
	if (line.length > MAX_FURNITURE_LINE) return null;
	for (const rule of FURNITURE_RULES) if (line.length <= rule.maxLength && rule.test(line)) return rule.reason;
	if ((authorKey !== null || outletKey !== null) && line.length <= 120) {
		const key = comparable(line);
		if (authorKey && (key === authorKey || key === `by ${authorKey}`) && isNameLike(line.replace(/^by\s+/i, '')))
			return 'byline';
		if (outletKey && key === outletKey) return 'outlet name';
	}
	return null;
}

/** A link title in a related list: short, and not ending like a sentence of prose. */
function isListTitle(line: string): boolean {
	if (line.length > 200) return false;
	if (/[.;:]["'”’)]?$/.test(line) && !/\.\.\.$|…$/.test(line)) return false;
	return line.split(/\s+/).length <= MAX_LIST_TITLE_WORDS;
}

/** Text compared loosely: case, curly quotes, dashes, spacing and closing punctuation do not matter. */
function comparable(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[‘’ʼ`´]/g, "'")
		.replace(/[“”„«»]/g, '"')
		.replace(/[‐‑‒–—]/g, '-')
		.replace(/\s+/g, ' ')
		.replace(/[\s.:;,!]+$/, '')
		.trim();
}

function sameText(line: string, key: string): boolean {
	// cheap length gate first: only lines about as long as the headline are normalised
	return Math.abs(line.length - key.length) <= 8 + key.length * 0.1 && comparable(line) === key;
}
