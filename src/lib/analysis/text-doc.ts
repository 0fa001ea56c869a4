import type { WinkMethods } from 'wink-nlp';
import type { Sentence, TextDoc, Token } from './types';

export type Nlp = WinkMethods;

const NEWLINE = /[\n\r\u2028\u2029]/;
// a word token has a letter or a digit; contraction tails ("'s", "n't") belong to the word before them
const WORDISH = /[\p{L}\p{N}]/u;
const CONTRACTION_TAIL = /^['’]|^n['’]t$/i;

/** Longest run of non-space characters handed to wink in one piece. */
const MAX_RUN = 64;

// the characters JavaScript's \s matches: a run is broken only where wink would see no space
function isSpace(c: number): boolean {
	return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * wink's tokenizer is quadratic in the length of a run without spaces (100,000 apostrophes take
 * over a minute), so every 64th character of such a run is read as a space. The length, and so
 * every offset, stays the same; no word of real prose is that long. A plain scan: a regular
 * expression looking for 64 non-spaces at every position cost as much as all of the tone scoring.
 */
export function breakLongRuns(text: string): string {
	let run = 0;
	let parts: string[] | null = null;
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		if (isSpace(text.charCodeAt(i))) {
			run = 0;
			continue;
		}
		// the 64th character of a run that goes on becomes a space
		if (++run === MAX_RUN && i + 1 < text.length && !isSpace(text.charCodeAt(i + 1))) {
			(parts ??= []).push(text.slice(from, i), ' ');
			from = i + 1;
			run = 0;
		}
	}
	if (!parts) return text;
	parts.push(text.slice(from));
	return parts.join('');
}

/** What counts as a word for every per-1,000-words rate. */
export function isWord(type: string, value: string): boolean {
	if (type !== 'word' && type !== 'number') return false;
	// most words start with an ASCII letter or digit and are no contraction tail ("n't"): skip the regexes
	const first = value.charCodeAt(0);
	const lower = first | 32; // ASCII letters lower-cased
	if ((lower >= 97 && lower <= 122 && !(lower === 110 && value.length === 3)) || (first >= 48 && first <= 57)) return true;
	return WORDISH.test(value) && !CONTRACTION_TAIL.test(value);
}

/**
 * Reads `text.slice(start, end)` with wink-nlp and returns tokens and sentences whose offsets
 * point into the whole `text`. Sentences never cross a line break: in scraped articles a line
 * is a paragraph or a heading, and wink would otherwise glue a heading to the next sentence.
 */
export function readText(nlp: Nlp, text: string, start = 0, end = text.length): TextDoc {
	const its = nlp.its;
	const slice = breakLongRuns(text.slice(start, end));
	const doc = nlp.readDoc(slice);
	const all = doc.tokens();
	const values = all.out(its.value) as string[];
	const normals = all.out(its.normal) as string[];
	// wink's typings reject its.lemma's signature although it works like the others
	const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[];
	const poses = all.out(its.pos) as string[];
	const types = all.out(its.type) as string[];
	const spaces = all.out(its.precedingSpaces) as string[];
	const negations = all.out(its.negationFlag) as unknown as boolean[];

	const tokens: Token[] = new Array(values.length);
	let cursor = 0;
	let words = 0;
	for (let i = 0; i < values.length; i++) {
		const value = values[i];
		let at = cursor + spaces[i].length;
		// wink keeps the text intact, but if a token ever differs we find it nearby rather than drift
		if (slice.substr(at, value.length) !== value) {
			const found = slice.indexOf(value, cursor);
			at = found >= 0 && found - cursor < 256 ? found : Math.min(at, slice.length);
		}
		cursor = Math.min(slice.length, at + value.length);
		const type = types[i];
		if (isWord(type, value)) words++;
		tokens[i] = {
			value,
			normal: normals[i],
			// wink leaves a few lemmas undefined ("CANT"); the normal form stands in
			lemma: lemmas[i] ?? normals[i],
			pos: poses[i],
			type,
			start: start + at,
			end: start + cursor,
			negated: negations[i] === true,
			sentence: -1
		};
	}

	const sentences: Sentence[] = [];
	let paragraph = 0;
	const push = (first: number, last: number) => {
		// trim spaces and line breaks at both ends
		while (first < last && tokens[first].type === 'tabCRLF') first++;
		while (last > first && tokens[last - 1].type === 'tabCRLF') last--;
		if (first >= last) return;
		const index = sentences.length;
		for (let t = first; t < last; t++) tokens[t].sentence = index;
		sentences.push({ start: tokens[first].start, end: tokens[last - 1].end, first, last, paragraph });
	};
	const spans = doc.sentences().out(its.span) as unknown as [number, number][];
	for (const [from, to] of spans) {
		let first = from;
		for (let t = from; t <= to; t++) {
			if (tokens[t].type === 'tabCRLF' && NEWLINE.test(tokens[t].value)) {
				push(first, t);
				first = t + 1;
				paragraph++;
			}
		}
		push(first, to + 1);
	}
	// tokens wink left outside any sentence (none expected) still need a sentence index
	for (const token of tokens) if (token.sentence < 0) token.sentence = Math.max(0, sentences.length - 1);

	return { text, start, end, tokens, sentences, words };
}
