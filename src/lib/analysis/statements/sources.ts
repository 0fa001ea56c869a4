import type { Token } from '../types';
import type { Range } from './noun-phrase';
import {
	INSTITUTIONS,
	ORGANISATION_WORDS,
	ROLES,
	TITLES,
	isAcronym,
	isCapitalised,
	isGerund,
	isPluralNoun
} from './token-kinds';

/**
 * What kind of source a token range names: a person ("Admiral Giuseppe Cavo Dragone", "a Baltic
 * diplomat", "Dragone" once his full name was seen), a group ("EU governments", "Germany, France
 * and Lithuania") or a body ("the Kremlin", "the ministry"). Pronouns are resolved by these kinds:
 * he/she to a person, they to a group, it to a body.
 */
export interface SourceKind {
	person: boolean;
	plural: boolean;
	/** a bare name nothing else is known about ("Dragone said"): a person if no one else fits */
	name?: boolean;
}

const PERSON_ROLES = new Set([...ROLES].filter((r) => !INSTITUTIONS.has(r)));

export function classifySource(tokens: Token[], whole: Range, surnames: Set<string>): SourceKind {
	// "Finland’s Foreign Minister, Elina Valtonen": the phrase before the apposition decides,
	// unless the commas make a list ("Germany, France and Lithuania")
	let cut = whole.first;
	let and = false;
	for (let k = whole.first; k < whole.last; k++) if (tokens[k].normal === 'and' || tokens[k].normal === '&') and = true;
	while (cut < whole.last && tokens[cut].value !== ',') cut++;
	const range = cut > whole.first && !and ? { first: whole.first, last: cut } : whole;
	const head = tokens[range.last - 1];
	let acronym = false;
	let propns = 0;
	let orgWord = false;
	let title = false;
	let listed = false;
	let gerund = false;
	for (let k = range.first; k < range.last; k++) {
		const t = tokens[k];
		const n = t.normal;
		if (t.pos === 'PROPN' || (isCapitalised(t) && t.pos === 'NOUN')) propns++;
		if (ORGANISATION_WORDS.has(n)) orgWord = true;
		if (TITLES.has(n) && (isCapitalised(t) || k > range.first)) title = true;
		if (n === 'and' || n === '&') listed = true;
		if (isAcronym(t) && !TITLES.has(n)) acronym = true;
		if (isGerund(t)) gerund = true;
	}
	const plural = listed || isPluralNoun(head) || (head.pos === 'PROPN' && /[^s]s$/.test(head.normal) && head.lemma !== head.normal);
	if (plural) return { person: false, plural: true };
	const headRole = PERSON_ROLES.has(head.normal);
	const name = propns >= 2 && !orgWord && !gerund && !acronym && isCapitalised(head);
	const surname = propns === 1 && head.pos === 'PROPN' && surnames.has(head.normal);
	const person = headRole || (title && propns >= 1 && !ORGANISATION_WORDS.has(head.normal)) || name || surname;
	const bare = !person && propns === 1 && range.last - range.first === 1 && head.pos === 'PROPN' && !acronym && !orgWord;
	return { person, plural: false, name: bare };
}

/** Remember the last word of a person's name, so that a later bare surname is known as a person. */
export function learnSurname(tokens: Token[], range: Range, kind: SourceKind, surnames: Set<string>): void {
	if (!kind.person) return;
	for (let k = range.first; k < range.last; k++) {
		const t = tokens[k];
		const next = k + 1 < range.last ? tokens[k + 1] : null;
		const prev = k > range.first ? tokens[k - 1] : null;
		// the last word of each name of two words or more ("Elina Valtonen", "Admiral Dragone")
		if (t.pos === 'PROPN' && isCapitalised(t) && !TITLES.has(t.normal) && (!next || next.pos !== 'PROPN') && prev && (prev.pos === 'PROPN' || TITLES.has(prev.normal)))
			surnames.add(t.normal);
	}
}

/** Role nouns a definite description can be resolved by ("the admiral", "the ministry"). */
export function roleWordOf(tokens: Token[], range: Range): string | null {
	const head = tokens[range.last - 1];
	if (isCapitalised(head) && head.pos === 'PROPN' && !TITLES.has(head.normal)) return null;
	return ROLES.has(head.normal) || TITLES.has(head.normal) ? head.lemma.toLowerCase() : null;
}
