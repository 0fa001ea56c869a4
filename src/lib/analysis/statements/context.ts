import type { TextDoc, Token } from '../types';
import { mainSubject, type Range } from './noun-phrase';
import { findQuotes, type Quote } from './quotes';
import type { CueLexicon } from './cue-lexicon';
import {
	COORDINATORS,
	DASHES,
	isComma,
	isPunct,
	isWord
} from './token-kinds';

/**
 * The working state of one findStatements run: the read text, its quotations, which token sits in
 * which quotation, running word counts, and the drafts of statements before their speakers are
 * resolved. Small helpers over token ranges live here too.
 */

/** a statement before its speaker is resolved and its side known */
export interface Draft {
	sentence: number;
	speaker: Range | null;
	/** the cue in characters (a phrase, a verb, a colon, a dash); null for continued quotations */
	cue: { start: number; end: number } | null;
	cueLemma: string;
	content: { start: number; end: number };
	/** how it was found, without the kind ("speaker + cue 'said'") */
	how: string;
	group: number;
	/** a quotation running on from a statement of the same group, whose speaker it shares */
	continued: boolean;
	/** first token of the statement's own words (speaker or cue): content before it ends there */
	anchor: number;
	/** content was taken after the cue and may be cut by a later statement in the sentence */
	forward: boolean;
	/** a pronoun standing for a possessive ("in his words"): resolve as this subject pronoun */
	pronounAs?: string;
}

export interface Ctx {
	doc: TextDoc;
	tokens: Token[];
	text: string;
	quotes: Quote[];
	/** token -> index of the quotation it is inside, -1 outside */
	quoteOf: Int32Array;
	/** prefix sums over tokens: words, and words inside quotation marks */
	wordsBefore: Int32Array;
	quotedBefore: Int32Array;
	subjects: Map<number, Range | null>;
	claimed: Uint8Array;
	/** quotations claimed by a statement are skipped: the next unclaimed one at or after an index */
	skip: Int32Array;
	/** "group:sentence" pairs that already have a statement */
	covered: Set<string>;
	lex: CueLexicon;
}

const QUOTE_CHARS = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’', "''", '‟']);

export const isQuoteMark = (t: Token) => QUOTE_CHARS.has(t.value);

const TRAILING_JOINERS = new Set(['while', 'though', 'although', 'as', 'because', 'since', 'before', 'after', 'when', 'but', 'and', 'or', 'so', 'even']);

export function buildContext(doc: TextDoc, lex: CueLexicon): Ctx {
	const tokens = doc.tokens;
	const quotes = findQuotes(doc.text, doc.start, doc.end);
	const quoteOf = new Int32Array(tokens.length).fill(-1);
	const wordsBefore = new Int32Array(tokens.length + 1);
	const quotedBefore = new Int32Array(tokens.length + 1);
	let q = 0;
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		while (q < quotes.length && quotes[q].end <= t.start) q++;
		const inside = q < quotes.length && quotes[q].start <= t.start && t.start < quotes[q].end;
		// the marks themselves belong to the quote, but words are counted only inside
		if (inside) quoteOf[i] = q;
		const word = countsAsWord(t) ? 1 : 0;
		wordsBefore[i + 1] = wordsBefore[i] + word;
		quotedBefore[i + 1] = quotedBefore[i] + (inside && word ? 1 : 0);
	}
	return {
		doc,
		tokens,
		text: doc.text,
		quotes,
		quoteOf,
		wordsBefore,
		quotedBefore,
		subjects: new Map(),
		claimed: new Uint8Array(quotes.length),
		skip: Int32Array.from({ length: quotes.length + 1 }, (_, i) => i),
		covered: new Set(),
		lex
	};
}

/** a word as readText counts words: letters or digits, contraction tails ("'s", "n't") not counted */
export function countsAsWord(t: Token): boolean {
	if (t.type !== 'word' && t.type !== 'number') return false;
	const c = t.value.charCodeAt(0);
	if (c === 39 || c === 0x2019) return false;
	if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return !(t.value.length === 3 && (c === 110 || c === 78) && /^n['’]t$/i.test(t.value));
	return isWord(t);
}

/** the first token whose end is after `pos` */
export function tokenAt(tokens: Token[], pos: number): number {
	let lo = 0;
	let hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].end <= pos) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

export const words = (ctx: Ctx, first: number, last: number) => ctx.wordsBefore[last] - ctx.wordsBefore[first];

/** tokens [first, last) without commas, dashes and joining words at either end */
export function trim(ctx: Ctx, first: number, last: number): Range | null {
	const t = ctx.tokens;
	const loose = (x: Token) => isComma(x) || x.value === ':' || x.value === ';' || DASHES.has(x.value) || x.value === '(' || x.value === ')';
	while (first < last && (loose(t[first]) || t[first].type === 'tabCRLF' || COORDINATORS.has(t[first].normal))) first++;
	while (
		last > first &&
		(loose(t[last - 1]) || t[last - 1].type === 'tabCRLF' || t[last - 1].value === '.' || TRAILING_JOINERS.has(t[last - 1].normal) || (isPunct(t[last - 1]) && !isQuoteMark(t[last - 1]) && ctx.quoteOf[last - 1] < 0))
	)
		last--;
	return last > first ? { first, last } : null;
}

export function charSpan(ctx: Ctx, r: Range): { start: number; end: number } {
	return { start: ctx.tokens[r.first].start, end: ctx.tokens[r.last - 1].end };
}

export function subjectOf(ctx: Ctx, s: number): Range | null {
	if (!ctx.subjects.has(s)) {
		const sen = ctx.doc.sentences[s];
		ctx.subjects.set(s, mainSubject(ctx.tokens, sen.first, sen.last));
	}
	return ctx.subjects.get(s) ?? null;
}

/**
 * A draft with every field in one fixed order: drafts are made in the thousands, and objects of
 * one shape keep the engine on its fast path (spreading a partial object did not).
 */
export function newDraft(
	sentence: number,
	speaker: Range | null,
	cue: { start: number; end: number } | null,
	cueLemma: string,
	content: { start: number; end: number },
	how: string,
	anchor: number,
	forward: boolean,
	pronounAs?: string
): Draft {
	return { sentence, speaker, cue, cueLemma, content, how, group: -1, continued: false, anchor, forward, pronounAs };
}

export function addDraft(drafts: Draft[], d: Draft): Draft {
	d.group = drafts.length;
	drafts.push(d);
	return d;
}

export const cueSpan = (ctx: Ctx, m: { first: number; last: number }) => ({ start: ctx.tokens[m.first].start, end: ctx.tokens[m.last - 1].end });

/** the first unclaimed quotation at or after q (path-halving keeps repeated look-ups linear) */
export function unclaimed(ctx: Ctx, q: number): number {
	const skip = ctx.skip;
	while (q < skip.length - 1 && skip[q] !== q) {
		skip[q] = skip[skip[q]];
		q = skip[q];
	}
	return q;
}

export function claim(ctx: Ctx, q: number): void {
	ctx.claimed[q] = 1;
	ctx.skip[q] = q + 1;
}

export function firstQuoteEndingAfter(quotes: Quote[], pos: number): number {
	let lo = 0;
	let hi = quotes.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (quotes[mid].end <= pos) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
