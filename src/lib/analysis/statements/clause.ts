import type { Token } from '../types';
import { phraseStartingAt, type Range } from './noun-phrase';
import {
	DASHES,
	WH_WORDS,
	isComma,
	isGerund,
	isPunct,
	isVerbal
} from './token-kinds';
import { isQuoteMark, words, trim, type Ctx } from './context';

/**
 * What stands around a cue: whether a clause, a quotation or a colon follows it, where reported
 * words begin, whether the attribution comes after the words ("“…,” Flynn said."), whether the
 * verb is negated or is the subject of its clause.
 */

const TELL_LIKE = new Set(['tell', 'inform', 'assure', 'remind', 'ask', 'urge', 'warn', 'advise', 'instruct', 'brief', 'interview', 'write']);

const AS_VERBS = new Set(['see', 'view', 'consider', 'describe', 'identify', 'characterize', 'characterise', 'label', 'portray', 'depict', 'frame', 'paint', 'regard', 'brand']);

const TO_VERBS = new Set(['want', 'plan', 'intend', 'decide', 'hope', 'expect', 'wish', 'agree', 'promise', 'vow', 'pledge', 'threaten']);

/** verbs of seeing that attribute a view only with "as": "saw the comment as a dig" */
const AS_ONLY = new Set(['see', 'view', 'regard', 'consider']);

/** after the cue: "that", a quotation, a colon, a question word, or a finite clause ("believes Trump is") */
export function clauseFollows(ctx: Ctx, k: number, last: number, lemma: string): boolean {
	const t = ctx.tokens;
	while (k < last && (t[k].pos === 'ADV' || isComma(t[k]))) k++;
	if (k >= last) return false;
	const x = t[k];
	if (x.normal === 'that' || x.value === ':' || isQuoteMark(x) || WH_WORDS.has(x.normal)) return true;
	// "incidents Moscow maintains were accidental": the clause's subject went before the speaker
	if (x.pos === 'AUX' && !AS_ONLY.has(lemma)) return true;
	if (AS_VERBS.has(lemma)) {
		// "views the idea of a “preventive strike” as …", not "consider adopting … as the bloc grapples"
		for (let j = k; j < Math.min(last, k + 10); j++) {
			if (t[j].normal === 'as') return true;
			if (isVerbal(t[j]) && ctx.quoteOf[j] < 0) break;
		}
	}
	if (AS_ONLY.has(lemma)) return false;
	if (TO_VERBS.has(lemma) && x.normal === 'to') {
		let v = k + 1;
		while (v < last && t[v].pos === 'ADV') v++;
		if (v < last && t[v].pos === 'VERB') return true;
	}
	const np = phraseStartingAt(t, k, last, false);
	if (np && np.last < last) {
		const v = t[np.last];
		if (isVerbal(v) && !isGerund(v)) return true;
		if (TO_VERBS.has(lemma) && v.normal === 'to') return true;
	}
	return false;
}

/** a colon or a quotation right after the cue (intro verbs: "Caddell continued:") */
export function introduces(ctx: Ctx, k: number, last: number): boolean {
	const t = ctx.tokens;
	while (k < last && t[k].pos === 'ADV') k++;
	if (k >= last) return false;
	if (t[k].value === ':') return true;
	if (isComma(t[k]) && k + 1 < last && isQuoteMark(t[k + 1])) return true;
	return isQuoteMark(t[k]);
}

/** where reported content after a cue begins: after "told reporters", at "that", the quotation, the colon */
export function contentStart(ctx: Ctx, k: number, last: number, lemma: string): number {
	const t = ctx.tokens;
	if (TELL_LIKE.has(lemma)) {
		for (let j = k; j < Math.min(last, k + 12); j++) {
			const x = t[j];
			if (x.normal === 'that' || x.value === ':' || WH_WORDS.has(x.normal) || (isQuoteMark(x) && ctx.quoteOf[j] >= 0 && ctx.quotes[ctx.quoteOf[j]].start === x.start)) return j;
			if (isComma(x) && j + 1 < last && isQuoteMark(t[j + 1])) return j + 1;
			if (x.normal === 'to' && j + 1 < last && t[j + 1].pos === 'VERB') return j;
		}
	}
	return k;
}

/**
 * The attribution follows the words: "“…,” Flynn said.", "…, a top admiral has warned.",
 * "NATO's deliberations, Dragone noted, remain constrained". Nothing clause-like comes after the
 * cue up to the next comma or the end of the sentence.
 */
export function postposedContent(ctx: Ctx, speakerFirst: number, cueLast: number, floor: number, last: number): Range | null {
	const t = ctx.tokens;
	if (speakerFirst - 1 < floor) return null;
	const prev = t[speakerFirst - 1];
	const as = prev.normal === 'as' && speakerFirst - 2 >= floor && isComma(t[speakerFirst - 2]);
	if (!(isComma(prev) || isQuoteMark(prev) || DASHES.has(prev.value) || as)) return null;
	const before = trim(ctx, floor, as ? speakerFirst - 1 : speakerFirst);
	if (!before || (words(ctx, before.first, before.last) < 2 && ctx.quoteOf[before.first] < 0)) return null;
	let k = cueLast;
	if (k < last && (t[k].normal === 'that' || t[k].value === ':' || WH_WORDS.has(t[k].normal))) return null;
	if (k < last && isComma(t[k]) && k + 1 < last && isQuoteMark(t[k + 1])) return null;
	for (; k < last; k++) {
		const x = t[k];
		if (isComma(x) || x.value === ';' || x.value === '.' || DASHES.has(x.value)) break;
		if (ctx.quoteOf[k] >= 0 && ctx.quotes[ctx.quoteOf[k]].start === x.start && k === cueLast) return null;
		if (isVerbal(x) && ctx.quoteOf[k] < 0) return null;
		if (x.normal === 'that') return null;
		// "… , he said Friday in a statement", not "it would prove significant"
		if (k === cueLast && x.pos === 'ADJ') return null;
	}
	// a parenthesis inside the sentence: the words continue after it
	if (k < last && isComma(t[k])) {
		let verbBefore = false;
		for (let j = before.first; j < before.last; j++) if (isVerbal(t[j]) && ctx.quoteOf[j] < 0) verbBefore = true;
		// "NATO's deliberations, Dragone noted, remain constrained": the words go on with a finite verb;
		// not "“…,” Dragone said, adding that …"
		let verbAfter = false;
		for (let j = k + 1; j < last && !verbAfter; j++) if (isVerbal(t[j]) && ctx.quoteOf[j] < 0) verbAfter = !isGerund(t[j]);
		const quoted = ctx.quoteOf[before.first] >= 0;
		if (!verbBefore && verbAfter && !quoted) return trim(ctx, before.first, last);
	}
	return before;
}

/** "did not say", "never responded", "isn’t saying": a negation in the verb's auxiliaries */
export function negated(ctx: Ctx, i: number, floor: number): boolean {
	const t = ctx.tokens;
	for (let j = i - 1; j >= floor && i - j <= 4; j--) {
		const x = t[j];
		if (x.normal === 'not' || x.normal === "n't" || x.normal === 'never') return true;
		if (!(x.pos === 'AUX' || x.pos === 'ADV' || x.pos === 'PART')) return false;
	}
	return false;
}

/** the first of the adverbs and auxiliaries right before token i ("and repeatedly insisted", "was stated") */
export function leftEdge(ctx: Ctx, i: number, floor: number): number {
	const t = ctx.tokens;
	while (i - 1 >= floor && (t[i - 1].pos === 'ADV' || t[i - 1].pos === 'AUX' || t[i - 1].normal === 'not')) i--;
	return i;
}

/** "but responding to physical sabotage … would be more complex": a gerund that is a clause's subject */
export function gerundIsSubject(ctx: Ctx, i: number, last: number): boolean {
	const t = ctx.tokens;
	if (i >= last || t[i].pos !== 'ADP') return false;
	for (let j = i; j < last; j++) {
		const x = t[j];
		if (isComma(x) || x.normal === 'that' || isQuoteMark(x)) return false;
		if (isVerbal(x) && !isGerund(x) && ctx.quoteOf[j] < 0) return true;
	}
	return false;
}

export const RESPOND = new Set(['respond', 'reply', 'react']);

/** "responded angrily to the idea": responding is speaking when what is answered was said */
export function respondsToWords(ctx: Ctx, k: number, last: number): boolean {
	const t = ctx.tokens;
	while (k < last && t[k].pos === 'ADV') k++;
	if (k >= last || t[k].normal !== 'to') return true;
	const np = phraseStartingAt(t, k + 1, last, false);
	if (!np) return false;
	const head = t[headOf(t, np)];
	return ctx.lex.speechObjects.has(head.lemma.toLowerCase()) || ctx.lex.speechObjects.has(head.normal);
}

/** the head noun of a phrase: the noun before its first preposition or comma ("Video of the incident") */
export function headOf(t: Token[], r: Range): number {
	for (let k = r.first + 1; k < r.last; k++) if (t[k].pos === 'ADP' || isComma(t[k])) return k - 1;
	return r.last - 1;
}

/** up to 10 words after token i, to the next punctuation mark */
export function wordsUntilPunctuation(t: Token[], i: number, last: number): Range | null {
	let k = i;
	while (k < last && k - i < 10 && t[k].type === 'word' && !isPunct(t[k])) k++;
	return k > i && (k === last || isPunct(t[k])) ? { first: i, last: k } : null;
}
