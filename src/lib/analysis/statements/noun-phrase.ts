import type { Token } from '../types';
import {
	BE_FORMS,
	COORDINATORS,
	LINK_PREPOSITIONS,
	PARTICIPLE_LEADS,
	PERSONAL_PRONOUNS,
	POSSESSIVE_PRONOUNS,
	RELATIVE_PRONOUNS,
	SKIPPABLE_ADVERBS,
	isComma,
	isGerund,
	isNounish,
	isPluralNoun,
	isCapitalised,
	isPossessiveMark,
	isProper,
	QUANTIFIERS,
	TIME_WORDS
} from './token-kinds';

/**
 * Speaker spans without a parser: noun phrases found by walking over part-of-speech tags from a
 * verb outwards. Every walk is bounded, so a speaker search costs a few tokens whatever the input.
 */

/** tokens [first, last) */
export interface Range {
	first: number;
	last: number;
}

const MAX_PHRASE = 16;
/** verbs whose subject is the subject of the infinitive after them: "declined to comment", "went on to say" */
const CONTROL_VERBS = new Set([
	'decline', 'refuse', 'continue', 'want', 'plan', 'begin', 'start', 'try', 'seem', 'appear', 'hope', 'promise',
	'threaten', 'vow', 'fail', 'agree', 'decide', 'choose', 'intend', 'expect', 'need', 'go', 'rush', 'hasten',
	'move', 'seek', 'attempt', 'prefer', 'wish', 'pledge', 'offer', 'like', 'love', 'hate', 'dare', 'tend', 'get'
]);
const MAX_PREPOSITIONS = 2;

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'whom', 'it']);
const isSpeakerPronoun = (t: Token) => PERSONAL_PRONOUNS.has(t.normal) || RELATIVE_PRONOUNS.has(t.normal);
const OPEN_CLASS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ', 'VERB', 'ADV', 'X', 'INTJ']);
/** wink tags some names as verbs or adjectives ("Lynch said", "Rendell, a Clinton surrogate"): a capitalised open-class word is a name */
const isName = (t: Token) =>
	OPEN_CLASS.has(t.pos) && isCapitalised(t) && t.type === 'word' && !(t.pos !== 'NOUN' && t.pos !== 'PROPN' && /(ing|ed|al)$/.test(t.value));
const isNounLike = (t: Token) => isNounish(t) || isName(t) || (QUANTIFIERS.has(t.normal) && t.pos !== 'ADV') || (t.pos === 'ADJ' && (t.normal === 'close' || t.normal === 'familiar'));
/** participles and -ing words inside a name or description: "newly filed", "conservative-leaning" */
const isParticiple = (t: Token) => t.pos === 'VERB' && /(ed|ing|en)$/i.test(t.value);
const isModifier = (t: Token) => isNounish(t) || t.pos === 'ADJ' || isName(t);
const isNameJoiner = (t: Token) => t.value === '-' || t.value === '&' || t.value === '.' || t.value === '/';
const isTime = (t: Token) => TIME_WORDS.has(t.normal) || /^(1[89]|20)\d\d$/.test(t.value);

/** The noun phrase that ends at token `j` (inclusive), not reaching before `floor`. */
export function phraseEndingAt(tokens: Token[], j: number, floor: number): Range | null {
	if (j < floor) return null;
	// "Gov. Pat McCrory (R)", "Rep. Gwen Moore (D-Wis.)"
	let end = j;
	if (tokens[j].value === ')') {
		let k = j - 1;
		while (k >= floor && j - k <= 8 && tokens[k].value !== '(') k--;
		if (k - 1 < floor || tokens[k].value !== '(') return null;
		j = k - 1;
	}
	let head = tokens[j];
	// "Those close to him say", "many of whom say": the pronoun is the object of a preposition in the subject
	if (OBJECT_PRONOUNS.has(head.normal) && j - 2 >= floor && LINK_PREPOSITIONS.has(tokens[j - 1].normal)) {
		const owner = phraseEndingAt(tokens, j - 2, floor);
		return owner ? { first: owner.first, last: j + 1 } : null;
	}
	if (isSpeakerPronoun(head) && head.pos !== 'DET' && head.pos !== 'SCONJ') return end === j ? { first: j, last: j + 1 } : null;
	// "Ivana Trump's brief said": an adjective after a possessive or determiner is a noun here
	const nounAfterDeterminer = head.pos === 'ADJ' && j - 1 >= floor && (isPossessiveMark(tokens[j - 1]) || tokens[j - 1].pos === 'DET');
	if (head.normal === 'that' || !(isNounLike(head) || nounAfterDeterminer)) return null;
	let first = j;
	let prepositions = 0;
	let listed = false;
	for (let k = j - 1; k >= floor && j - k < MAX_PHRASE; k--) {
		const t = tokens[k];
		if (isModifier(t)) {
			// "incidents Moscow maintains": a plural common noun does not modify a name after it
			if (isPluralNoun(t) && !isProper(t) && isProper(tokens[first])) break;
			first = k;
			continue;
		}
		const before = k > floor ? tokens[k - 1] : null;
		if (isNameJoiner(t) && before && (isModifier(before) || before.type === 'word') && first === k + 1) {
			first = k;
			continue;
		}
		if (t.value === ')' && first === k + 1) {
			let o = k - 1;
			while (o > floor && k - o <= 8 && tokens[o].value !== '(') o--;
			if (tokens[o].value === '(' && o - 1 >= floor && isModifier(tokens[o - 1])) {
				first = o;
				k = o;
				continue;
			}
			break;
		}
		if (isPossessiveMark(t) && before && isNounLike(before)) {
			first = k;
			continue;
		}
		if (t.pos === 'DET' || POSSESSIVE_PRONOUNS.has(t.normal)) {
			if (t.normal === 'that' || t.normal === 'which' || t.normal === 'what') break;
			first = k;
			// "chair of the Military Committee": the determiner may follow a linking preposition
			const prep = before;
			const owner = k - 2 >= floor ? tokens[k - 2] : null;
			if (prep && owner && LINK_PREPOSITIONS.has(prep.normal) && isNounLike(owner) && prepositions < MAX_PREPOSITIONS) {
				prepositions++;
				first = k - 1;
				k--;
				continue;
			}
			break;
		}
		if (LINK_PREPOSITIONS.has(t.normal) && before && isNounLike(before) && prepositions < MAX_PREPOSITIONS) {
			prepositions++;
			first = k;
			continue;
		}
		if ((t.normal === 'and' || t.normal === '&') && before && isNounLike(before) && (isNounLike(tokens[first]) || tokens[first].pos === 'ADJ' || tokens[first].pos === 'DET')) {
			listed = true;
			first = k;
			continue;
		}
		// "Germany, France and Lithuania"
		if (isComma(t) && listed && before && isNounLike(before) && isCapitalised(before)) {
			first = k;
			continue;
		}
		break;
	}
	// never start on a preposition, a conjunction, a comma or a bracket
	while (
		first < j &&
		(LINK_PREPOSITIONS.has(tokens[first].normal) || COORDINATORS.has(tokens[first].normal) || isComma(tokens[first]) || isPossessiveMark(tokens[first]) || isNameJoiner(tokens[first]) || tokens[first].value === ')')
	)
		first++;
	return { first, last: end + 1 };
}

/** The noun phrase that starts at token `i`, not reaching `ceil`, with an apposition after it. */
export function phraseStartingAt(tokens: Token[], i: number, ceil: number, withApposition = true): Range | null {
	if (i >= ceil) return null;
	const t0 = tokens[i];
	if (PERSONAL_PRONOUNS.has(t0.normal) && t0.pos === 'PRON') return { first: i, last: i + 1 };
	let k = i;
	if (t0.pos === 'DET' || POSSESSIVE_PRONOUNS.has(t0.normal)) {
		if (t0.normal === 'that' || t0.normal === 'this' || t0.normal === 'these' || t0.normal === 'those') {
			// "this article", "these officials": a determiner, but only with a noun after it
			if (i + 1 >= ceil || !isModifier(tokens[i + 1])) return null;
		}
		if (!QUANTIFIERS.has(t0.normal) || (i + 1 < ceil && isModifier(tokens[i + 1]))) k++;
	}
	let last = -1;
	let prepositions = 0;
	for (; k < ceil && k - i < MAX_PHRASE; k++) {
		const t = tokens[k];
		const next = k + 1 < ceil ? tokens[k + 1] : null;
		if (isModifier(t) || (QUANTIFIERS.has(t.normal) && k === i)) {
			if (isNounLike(t)) last = k + 1;
			continue;
		}
		// "the conservative-leaning Tax Foundation", "a newly filed report"
		if (isParticiple(t) && next && (isModifier(next) || isNameJoiner(next)) && last < k) continue;
		if (isNameJoiner(t) && next && (isModifier(next) || isParticiple(next)) && k > i) continue;
		if (isPossessiveMark(t) && last === k) continue;
		if (t.value === '(' && last === k) {
			let c = k + 1;
			while (c < ceil && c - k <= 8 && tokens[c].value !== ')') c++;
			if (c < ceil && tokens[c].value === ')') {
				k = c;
				last = c + 1;
				continue;
			}
			break;
		}
		if (last === k && LINK_PREPOSITIONS.has(t.normal) && next && prepositions < MAX_PREPOSITIONS && (isNounLike(next) || next.pos === 'DET' || next.pos === 'ADJ')) {
			prepositions++;
			if (next.pos === 'DET') k++;
			continue;
		}
		if (last === k && (t.normal === 'and' || t.normal === '&') && next && (next.pos === 'PROPN' || isName(next))) continue;
		break;
	}
	if (last < 0) return null;
	// wink tags some nouns as adjectives ("a top Trump surrogate,"): trailing ones before punctuation belong to the phrase
	if (last < k && (k >= ceil || tokens[k].pos === 'PUNCT')) {
		let all = true;
		for (let j = last; j < k && all; j++) all = tokens[j].pos === 'ADJ';
		if (all) last = k;
	}
	const range = { first: i, last };
	// "said Flynn, a top Trump surrogate, on Fox": the apposition belongs to the speaker
	if (withApposition && last < ceil - 1 && isComma(tokens[last])) {
		const app = phraseStartingAt(tokens, last + 1, ceil, false);
		const after = app ? tokens[app.last] : null;
		if (app && (!after || isComma(after) || after.pos === 'PUNCT')) range.last = app.last;
	}
	return range;
}

/**
 * A long subject that ends at a comma or dash right before the verb: "Don Fowler, who helmed the
 * DNC from 1995 to 1997, …, said", "Kall -- co-editor of Debating The Donald, … -- said". It starts
 * where its clause starts (the sentence, a quotation mark, a colon) with a name or noun phrase
 * followed by a comma, a dash or a bracket, and holds no verb outside its relative clauses.
 */
function longSubject(tokens: Token[], j: number, floor: number): Range | null {
	for (let p = j - 1; p >= floor && j - p <= MAX_LONG; p--) {
		const t = tokens[p];
		// NYT writes '' for a double quotation mark: two tokens
		const boundary = p === floor || isClauseBoundary(tokens[p - 1]) || (p - 2 >= floor && /^['’]$/.test(tokens[p - 1].value) && /^['’]$/.test(tokens[p - 2].value));
		if (!boundary) continue;
		const np = phraseStartingAt(tokens, p, j, false);
		if (!np || np.last >= j) continue;
		const after = tokens[np.last];
		if (!(isComma(after) || DASH_TOKENS.has(after.value) || after.value === '(')) continue;
		let relative = false;
		for (let k = np.last; k < j; k++) {
			const x = tokens[k];
			if (RELATIVE_PRONOUNS.has(x.normal) && (x.normal !== 'that' || isNounish(tokens[k - 1]))) relative = true;
			if (isComma(x) || DASH_TOKENS.has(x.value)) continue;
			if ((x.pos === 'VERB' || x.pos === 'AUX') && !relative && !isParticiple(x) && !isName(x)) return null;
		}
		void t;
		return { first: p, last: j };
	}
	return null;
}
const MAX_LONG = 48;
/** prepositions before a gerund of saying: "by saying", "for claiming", "from saying" */
const MEANS = new Set(['by', 'for', 'from', 'of']);
const DASH_TOKENS = new Set(['--', '—', '–', '―']);
const isClauseBoundary = (t: Token) => /^(["“”„«»:;]|''|--)$/.test(t.value) || t.type === 'tabCRLF';

export type Subject =
	| { kind: 'phrase'; range: Range; passive: boolean }
	| { kind: 'shared'; passive: boolean; means?: boolean }
	| { kind: 'passive'; range: null; passive: true }
	| null;

const isMark = (t: Token) => t.pos === 'PUNCT' && /^["“”„«»'‘’―—–-]+$/.test(t.value);

function withPassive(passive: boolean, s: Subject): Subject {
	if (!passive || s?.kind === 'shared') return s;
	return s ? ({ ...s, passive: true } as Subject) : { kind: 'passive', range: null, passive: true };
}

/**
 * The subject standing before a verb at `cue`: adverbs and auxiliaries are stepped over
 * ("has repeatedly insisted"), so are parentheses between commas (", meanwhile,") and
 * "declined to"; an apposition between commas is part of the subject ("Denis Gonchar, Russia’s
 * ambassador to Belgium, accused"). 'shared' means the verb continues a clause whose subject
 * stands further left ("... and claimed", ", insisting", "while warning"); 'passive' that the
 * verb is passive and its subject is no speaker ("has been accused").
 */
export function subjectBefore(tokens: Token[], cue: number, floor: number): Subject {
	const verb = tokens[cue];
	// "while warning" is sometimes tagged a noun
	const gerund = isGerund(verb) || (verb.pos === 'NOUN' && /ing$/i.test(verb.value));
	let passive = false;
	let j = cue - 1;
	let parentheses = 0;
	for (let steps = 0; j >= floor && steps < 8; steps++) {
		const t = tokens[j];
		if (t.pos === 'AUX' || t.normal === 'not' || t.normal === "n't") {
			if (BE_FORMS.has(t.normal) && !gerund) passive = true;
			j--;
			continue;
		}
		if ((t.pos === 'ADV' && !COORDINATORS.has(t.normal) && !PARTICIPLE_LEADS.has(t.normal)) || (SKIPPABLE_ADVERBS.has(t.normal) && !isNounish(t) && !PARTICIPLE_LEADS.has(t.normal))) {
			j--;
			continue;
		}
		if (t.normal === 'also' || t.normal === 'further' || t.normal === 'again' || t.normal === 'then' || t.normal === 'even') {
			j--;
			continue;
		}
		// "Trump on Thursday said", "McConnell, who in 2010 said"
		if (isTime(t)) {
			j--;
			for (let n = 0; n < 3 && j >= floor && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'ADP' || tokens[j].pos === 'NUM' || isTime(tokens[j])); n++) j--;
			// "A Government Accountability Office report released last year found"
			if (j - 1 >= floor && isParticiple(tokens[j]) && !isGerund(tokens[j]) && isNounish(tokens[j - 1])) j--;
			continue;
		}
		// "declined to comment", "continued to call for": the subject of the verb before "to"
		if (t.normal === 'to' && j - 1 >= floor && CONTROL_VERBS.has(tokens[j - 1].lemma.toLowerCase())) {
			j -= 2;
			continue;
		}
		if (gerund) break;
		if ((isComma(t) || DASH_TOKENS.has(t.value)) && parentheses < 2) {
			let k = j - 1;
			while (k >= floor && j - k <= MAX_PHRASE && !isComma(tokens[k]) && !DASH_TOKENS.has(tokens[k].value)) k--;
			if (k < floor || !(isComma(tokens[k]) || DASH_TOKENS.has(tokens[k].value)) || k === j - 1) {
				const long = longSubject(tokens, j, floor);
				return withPassive(passive, long ? { kind: 'phrase', range: long, passive } : null);
			}
			const lead = tokens[k + 1];
			const adverbial =
				lead.pos === 'ADV' || lead.pos === 'ADP' || lead.pos === 'SCONJ' || (lead.pos === 'VERB' && /(ing|ed)$/i.test(lead.value)) || SKIPPABLE_ADVERBS.has(lead.normal);
			if (adverbial) {
				parentheses++;
				j = k - 1;
				continue;
			}
			const apposition = phraseStartingAt(tokens, k + 1, j, false);
			if (!apposition || apposition.last !== j) {
				const long = longSubject(tokens, j, floor);
				return withPassive(passive, long ? { kind: 'phrase', range: long, passive } : null);
			}
			const owner = phraseEndingAt(tokens, k - 1, floor);
			if (!owner || owner.first === owner.last) return withPassive(passive, { kind: 'phrase', range: apposition, passive });
			return withPassive(passive, { kind: 'phrase', range: { first: owner.first, last: j }, passive });
		}
		break;
	}
	if (j < floor) return withPassive(passive, null);
	const t = tokens[j];
	if (gerund) {
		// ", insisting", "” acknowledging", "while warning", ", and adding"; not "but responding … would be"
		if (isComma(t) || isMark(t) || t.normal === ';') return { kind: 'shared', passive: false };
		if (PARTICIPLE_LEADS.has(t.normal) && !COORDINATORS.has(t.normal)) return { kind: 'shared', passive: false };
		// "responded … by saying his refusal was …": the caller keeps it only with a clause after it
		if (MEANS.has(t.normal)) return { kind: 'shared', passive: false, means: true };
		if (COORDINATORS.has(t.normal) && j - 1 >= floor && isComma(tokens[j - 1])) return { kind: 'shared', passive: false };
	} else if (COORDINATORS.has(t.normal)) return { kind: 'shared', passive: false };
	const range = phraseEndingAt(tokens, j, floor);
	return withPassive(passive, range ? { kind: 'phrase', range, passive } : null);
}

function afterNextComma(tokens: Token[], k: number, last: number): number {
	let c = k;
	while (c < last && c - k <= MAX_PHRASE * 2 && !isComma(tokens[c])) c++;
	return c < last && isComma(tokens[c]) ? c + 1 : -1;
}

/**
 * The subject of a sentence's main clause: the noun phrase (with its apposition) that opens it,
 * after any opening adverbial that ends with a comma ("Speaking to the Financial Times, he
 * noted", "While still …, the United States has begun"), when a verb follows it.
 */
export function mainSubject(tokens: Token[], first: number, last: number): Range | null {
	let from = first;
	for (let attempt = 0; attempt < 3 && from < last; attempt++) {
		while (from < last && (isMark(tokens[from]) || tokens[from].type === 'tabCRLF')) from++;
		if (from >= last) return null;
		const t0 = tokens[from];
		if (t0.pos === 'ADP' || t0.pos === 'SCONJ' || t0.pos === 'ADV' || t0.pos === 'VERB' || t0.pos === 'CCONJ' || t0.pos === 'PART') {
			if (t0.pos === 'CCONJ' || (t0.pos === 'ADV' && from + 1 < last && !isComma(tokens[from + 1]) && tokens[from + 1].pos !== 'ADV')) {
				from++;
				continue;
			}
			from = afterNextComma(tokens, from, last);
			if (from < 0) return null;
			continue;
		}
		const np = phraseStartingAt(tokens, from, last, true);
		if (!np || RELATIVE_PRONOUNS.has(tokens[np.last - 1].normal)) return null;
		let k = np.last;
		while (k < last && (tokens[k].pos === 'ADV' || SKIPPABLE_ADVERBS.has(tokens[k].normal))) k++;
		if (k < last && isComma(tokens[k])) {
			k = afterNextComma(tokens, k + 1, last);
			if (k < 0) return null;
			while (k < last && (tokens[k].pos === 'ADV' || SKIPPABLE_ADVERBS.has(tokens[k].normal))) k++;
		}
		return k < last && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') ? np : null;
	}
	return null;
}
