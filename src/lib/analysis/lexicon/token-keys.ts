import type { Token } from '../types';

/**
 * The strings a token can be looked up by. Entries and text go through the same keys, so
 * "Pre-emptive", "preemptive" and "pre-emptive" meet on "preemptive", and "retaliated" meets
 * "retaliate" on wink's lemma.
 */

const HYPHENS = /[-\u2010\u2011]/g;
const HYPHEN_IN = /[-\u2010\u2011]/;

export function wordKey(s: string): string {
	if (isPlainKey(s)) return s;
	const lower = s.toLowerCase();
	return HYPHEN_IN.test(lower) ? lower.replace(HYPHENS, '') : lower;
}

/** lower-case ASCII with no hyphen, the common case, is its own key: one pass, no new string */
function isPlainKey(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if ((c >= 65 && c <= 90) || c === 45 || c > 127) return false;
	}
	return true;
}

function isHyphenChar(value: string): boolean {
	return value === '-' || value === '\u2010' || value === '\u2011';
}

/** a hyphen glued to a word on both sides: "pre-emptive" read by wink as pre | - | emptive */
export function isAttachedHyphen(tokens: Token[], i: number): boolean {
	if (i <= 0 || i >= tokens.length - 1) return false;
	const t = tokens[i];
	return (
		isHyphenChar(t.value) &&
		tokens[i - 1].end === t.start &&
		t.end === tokens[i + 1].start &&
		isWordish(tokens[i - 1]) &&
		isWordish(tokens[i + 1])
	);
}

const QUOTE_MARK = /^["'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A]+$/;

export function isQuoteMark(t: Token): boolean {
	return t.type === 'punctuation' && QUOTE_MARK.test(t.value);
}

/** a token a lexicon word can stand on: words and numbers, not punctuation, symbols or spaces */
export function isWordish(t: Token): boolean {
	return t.type === 'word' || t.type === 'number';
}

/**
 * Lookup keys of one text token: its lower-cased surface form and its lemma, and for the tokens wink
 * leaves unlemmatised (Title Case words tagged PROPN, words with a hyphen inside, participles read as
 * adjectives) a few regular inflection strips, so "Preemptive Strikes" in a headline, "counter-attacks"
 * and "intimidating" still meet their entries.
 */
export function tokenKeys(t: Token): string[] {
	const normal = wordKey(t.normal);
	const rawLemma = lemmaOf(t);
	const lemma = rawLemma === t.normal ? normal : wordKey(rawLemma);
	if (lemma !== normal) return [normal, lemma];
	if (normal.length > 4 && (t.pos === 'PROPN' || normal.endsWith('ing') || normal.endsWith('ed') || HYPHEN_IN.test(t.value))) {
		return [normal, ...regularStems(normal)];
	}
	return [normal];
}

/** strips regular English inflections; only used where wink gave no lemma */
export function regularStems(w: string): string[] {
	const out: string[] = [];
	if (w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
	else if (w.endsWith('es')) out.push(w.slice(0, -2), w.slice(0, -1));
	else if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
	else if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
	else if (w.endsWith('ing')) out.push(w.slice(0, -3), w.slice(0, -3) + 'e');
	return out;
}

/** wink leaves the lemma undefined for a few odd tokens ("CANT"); the surface form stands in */
export function lemmaOf(t: Token): string {
	return (t.lemma as string | undefined) ?? t.normal;
}
