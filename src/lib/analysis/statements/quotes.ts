/**
 * Finds quotations in a text in one left-to-right pass over its characters.
 *
 * Real articles break their quotation marks in every way: „ closed by ”, « », straight quotes,
 * two ASCII apostrophes standing for one double mark (''like this''), a quote that runs across a
 * line break, two closing marks ("giving Russia” carte blanche”), a closing mark used as an
 * opener (stating,”It’s), openers never closed. Apostrophes (Russia’s, We’re, the ’90s) are not
 * quotation marks. Every character is looked at once and every mark decided on the spot, so the
 * cost is linear whatever the input (no regular expression, no backtracking).
 */

export interface Quote {
	/** offset of the opening mark (inclusive) */
	start: number;
	/** offset just after the closing mark, or the end of the paragraph for an unclosed quote */
	end: number;
	/** the quoted words without the marks */
	innerStart: number;
	innerEnd: number;
	/** false when no closing mark was found and the quote was cut at a line end */
	closed: boolean;
	/** double (" “ ” „ « » '') or single (‘ ’ ') marks at top level */
	marks: 'double' | 'single';
}

type Role = 'open' | 'close' | 'either' | 'none';

const NEWLINE = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const SPACE = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isWordChar(c: number): boolean {
	if (c < 0) return false;
	if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
	if (c < 128) return false;
	// surrogate halves are letters of astral scripts more often than not; good enough for quotes
	if (c >= 0xd800 && c <= 0xdfff) return true;
	return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}
const isDigit = (c: number) => c >= 48 && c <= 57;
/** characters after which a mark opens: start, space, opening brackets, dashes, another mark */
function opensAfter(c: number): boolean {
	return (
		c < 0 ||
		SPACE(c) ||
		NEWLINE(c) ||
		c === 40 || // (
		c === 91 || // [
		c === 123 || // {
		c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 45 || // dashes
		c === 47 // /
	);
}
/** characters before which a mark closes: end, space, punctuation */
function closesBefore(c: number): boolean {
	return c < 0 || SPACE(c) || NEWLINE(c) || (!isWordChar(c) && c !== 0x201c && c !== 0x201e && c !== 0xab);
}

const DOUBLE_OPEN = new Set([0x201c, 0x201e, 0x201f, 0xab, 0x301d]);
const DOUBLE_CLOSE = new Set([0x201d, 0xbb, 0x301e, 0x301f]);
const DOUBLE_EITHER = new Set([0x22, 0xff02]);
const SINGLE_OPEN = new Set([0x2018, 0x201a, 0x201b, 0x2039]);
const SINGLE_CLOSE = new Set([0x2019, 0x203a]);
const APOS = 0x27;

/** A paragraph boundary may be crossed once: "He explained, “We are … \n … thinking about.”" */
const MAX_BREAKS = 1;

/**
 * Quotations in `text.slice(from, to)`, sorted, never overlapping (nested quotes are part of the
 * quote around them). Offsets are into `text`.
 */
export function findQuotes(text: string, from = 0, to = text.length): Quote[] {
	const quotes: Quote[] = [];
	from = Math.max(0, Math.min(from, text.length));
	to = Math.max(from, Math.min(to, text.length));
	const at = (i: number) => (i >= from && i < to ? text.charCodeAt(i) : -1);

	// open double quote: position and mark length; the first line break inside it
	let dOpen = -1;
	let dLen = 0;
	let breaks = 0;
	let firstBreak = -1;
	let firstCloser = -1; // the „ style of the opener decides whether “ can close
	let depth = 0; // curly quotations opened inside the open one
	// a closing mark seen with nothing open: paired with a second closing mark in the same paragraph
	let orphan = -1;
	let orphanLen = 0;
	// open single quote (only at top level)
	let sOpen = -1;

	const push = (start: number, end: number, openLen: number, closeLen: number, closed: boolean, marks: Quote['marks']) => {
		// quotations never overlap: a pair that would cross the one before it is no pair
		if (end <= start || (quotes.length && start < quotes[quotes.length - 1].end)) return;
		quotes.push({ start, end, innerStart: start + openLen, innerEnd: Math.max(start + openLen, end - closeLen), closed, marks });
	};
	const closeUnclosedAtBreak = () => {
		push(dOpen, firstBreak, dLen, 0, false, 'double');
		dOpen = -1;
	};

	let lastBreak = -1;
	let inBreak = false;
	for (let i = from; i < to; i++) {
		// most characters are neither marks nor line breaks: one table look-up decides
		const code = text.charCodeAt(i);
		if (code < 0x2030 ? !INTERESTING[code] : code !== 0x2039 && code !== 0x203a && (code < 0x301d || code > 0x301f) && code !== 0xff02) continue;
		const c = text.charCodeAt(i);
		if (NEWLINE(c)) {
			// a run of line breaks (blank lines) is one paragraph boundary
			if (inBreak && !onlySpacesBetween(text, lastBreak, i)) inBreak = false;
			lastBreak = i;
			if (!inBreak) {
				inBreak = true;
				sOpen = -1;
				orphan = -1;
				if (dOpen >= 0) {
					breaks++;
					if (firstBreak < 0) firstBreak = trimEndBefore(text, i, dOpen);
					if (breaks > MAX_BREAKS) closeUnclosedAtBreak();
				}
			}
			continue;
		}
		inBreak = false;

		const prev = at(i - 1);
		let len = 1;
		let role: Role = 'none';
		let single = false;

		if (c === APOS && at(i + 1) === APOS) {
			// ''quoted'' (two apostrophes as one double mark)
			len = 2;
			role = 'either';
		} else if (DOUBLE_OPEN.has(c)) {
			role = 'open';
			// German „…“: the “ closes a „ opener when it sits after a word
			if (c === 0x201c && dOpen >= 0 && firstCloser === 0x201c && !opensAfter(prev)) role = 'close';
		} else if (DOUBLE_CLOSE.has(c)) {
			role = 'close';
		} else if (DOUBLE_EITHER.has(c)) {
			role = 'either';
		} else if (c === APOS || SINGLE_OPEN.has(c) || SINGLE_CLOSE.has(c)) {
			single = true;
		} else {
			continue;
		}
		const next = at(i + len);

		if (!single) {
			if (dOpen < 0) {
				// a closing mark with nothing open opens when a word follows it (stating,”It’s)
				const opener =
					role === 'open' ||
					(role === 'either' && !(isWordChar(prev) && closesBefore(next))) ||
					(role === 'close' && !isWordChar(prev) && isWordChar(next) && prev !== 0x2e && prev !== 0x3f && prev !== 0x21);
				if (opener) {
					dOpen = i;
					dLen = len;
					depth = 0;
					breaks = 0;
					firstBreak = -1;
					firstCloser = c === 0x201e ? 0x201c : -1;
					orphan = -1;
				} else if (orphan >= 0) {
					// two closing marks: the first one was meant to open ("Russia” carte blanche”)
					push(orphan, i + len, orphanLen, len, true, 'double');
					orphan = -1;
				} else {
					orphan = i;
					orphanLen = len;
				}
			} else if (role === 'open' || (role === 'either' && breaks > 0 && opensAfter(prev) && isWordChar(next))) {
				if (breaks > 0) {
					// a new paragraph opens again: the quote before ended with its paragraph
					closeUnclosedAtBreak();
					dOpen = i;
					dLen = len;
					breaks = 0;
					firstBreak = -1;
					firstCloser = c === 0x201e ? 0x201c : -1;
					depth = 0;
				} else if (c === 0x201c || c === 0xab) {
					// “… what he calls “hell” than …”: a quotation inside the quotation
					depth++;
				}
			} else if (depth > 0 && role === 'close') {
				depth--;
			} else {
				push(dOpen, i + len, dLen, len, true, 'double');
				dOpen = -1;
			}
			i += len - 1;
			continue;
		}

		// single marks matter only outside double quotes
		if (dOpen >= 0) continue;
		const apostrophe =
			(isWordChar(prev) && isWordChar(next)) ||
			// the ’90s, ’16
			(!isWordChar(prev) && isDigit(next)) ||
			// plural possessive: the states’ rights (when no single quote is open)
			(sOpen < 0 && (prev === 0x73 || prev === 0x53) && !isWordChar(next) && c !== 0x2018);
		if (apostrophe) continue;
		const canOpen = (SINGLE_OPEN.has(c) || c === APOS) && !isWordChar(prev) && !SPACE(next) && next >= 0 && !NEWLINE(next);
		const canClose = (SINGLE_CLOSE.has(c) || c === APOS) && !SPACE(prev) && closesBefore(next);
		if (sOpen >= 0 && canClose) {
			// ‘He said “no” to me’: the single quotation holds the double ones found inside it
			while (quotes.length && quotes[quotes.length - 1].start > sOpen) quotes.pop();
			push(sOpen, i + 1, 1, 1, true, 'single');
			sOpen = -1;
		} else if (canOpen) {
			sOpen = i;
		}
	}
	if (dOpen >= 0) {
		push(dOpen, firstBreak >= 0 ? firstBreak : trimEndBefore(text, to, dOpen), dLen, 0, false, 'double');
	}
	quotes.sort((a, b) => a.start - b.start);
	return quotes;
}

/** marks and line breaks below U+2030, the range where nearly all of them live */
const INTERESTING = new Uint8Array(0x2030);
for (const c of [0x22, 0x27, 0xab, 0xbb, 10, 13, 0x2028, 0x2029]) INTERESTING[c] = 1;
for (let c = 0x2018; c <= 0x201f; c++) INTERESTING[c] = 1;

/** true when text between two line breaks is only spaces (the breaks are one paragraph boundary) */
function onlySpacesBetween(text: string, a: number, b: number): boolean {
	for (let k = b - 1; k > a; k--) if (!SPACE(text.charCodeAt(k))) return false;
	return true;
}

/** the offset just after the last non-space character before `i` (not before `floor`) */
function trimEndBefore(text: string, i: number, floor: number): number {
	let j = i;
	while (j > floor + 1) {
		const c = text.charCodeAt(j - 1);
		if (!SPACE(c) && !NEWLINE(c)) break;
		j--;
	}
	return j;
}
