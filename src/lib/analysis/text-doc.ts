import type { WinkMethods } from 'wink-nlp';
import type { Sentence, TextDoc, Token } from './types';

export type Nlp = WinkMethods;

const NEWLINE = /[\n\r\u2028\u2029]/;
// a word token has a letter or a digit; contraction tails ("'s", "n't") belong to the word before them
const WORDISH = /[\p{L}\p{N}]/u;
const CONTRACTION_TAIL = /^['’]|^n['’]t$/i;

/**
 * Reads `text.slice(start, end)` with wink-nlp and returns tokens and sentences whose offsets
 * point into the whole `text`. Sentences never cross a line break: in scraped articles a line
 * is a paragraph or a heading, and wink would otherwise glue a heading to the next sentence.
 */
export function readText(nlp: Nlp, text: string, start = 0, end = text.length): TextDoc {
	const its = nlp.its;
	const slice = text.slice(start, end);
	const doc = nlp.readDoc(slice);
	const all = doc.tokens();
	const values = all.out(its.value) as string[];
	const normals = all.out(its.normal) as string[];
	const lemmas = all.out(its.lemma) as string[];
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
		// wink keeps the text intact, but if a token ever differs we find it rather than drift
		if (slice.substr(at, value.length) !== value) {
			const found = slice.indexOf(value, cursor);
			at = found >= 0 ? found : Math.min(at, slice.length);
		}
		cursor = Math.min(slice.length, at + value.length);
		const type = types[i];
		if ((type === 'word' || type === 'number') && WORDISH.test(value) && !CONTRACTION_TAIL.test(value)) words++;
		tokens[i] = {
			value,
			normal: normals[i],
			lemma: lemmas[i],
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
