import type { Token } from '../types';
import cues from './cues.json';

/**
 * The communication cues of cues.json, matched on lemmas. A verb cue is a token tagged VERB
 * whose lemma is listed; a phrase cue is a run of lemmas ("according to", "point out").
 */

export type CueClass = 'speech' | 'clause' | 'evidence' | 'intro';

export interface CueMatch {
	/** first and last (exclusive) token of the cue */
	first: number;
	last: number;
	/** the verb's class; phrases are 'speech' */
	cls: CueClass;
	/** where the speaker stands: before the cue (the usual case), after it, or in a possessive inside it */
	speaker: 'before' | 'after' | 'possessive';
	/** the cue's first lemma, for breakdowns and the rule text */
	lemma: string;
}

interface Phrase {
	words: string[];
	speaker: 'before' | 'after' | 'possessive';
}

export interface CueLexicon {
	version: string;
	classOf: Map<string, CueClass>;
	evidenceSpeakers: Set<string>;
	intro: Set<string>;
	/** speech verbs that also name actions: after a comma alone they need a clause or a quotation */
	weak: Set<string>;
	/** speech verbs that make any subject a speaker */
	core: Set<string>;
	/** nouns that attribute after a possessor: "Trump’s claim that" */
	nouns: Set<string>;
	/** what one responds to when responding is speaking: "responded angrily to the idea" */
	speechObjects: Set<string>;
	/** phrases by their first word, longest first */
	phrases: Map<string, Phrase[]>;
}

export function compileCues(data = cues): CueLexicon {
	const classOf = new Map<string, CueClass>();
	// the first list a lemma appears in decides its class: speech before clause before evidence
	for (const lemma of data.speech) if (!classOf.has(lemma)) classOf.set(lemma, 'speech');
	for (const lemma of data.clause) if (!classOf.has(lemma)) classOf.set(lemma, 'clause');
	for (const lemma of data.evidence) if (!classOf.has(lemma)) classOf.set(lemma, 'evidence');
	const phrases = new Map<string, Phrase[]>();
	for (const p of data.phrases) {
		const phrase: Phrase = { words: p.words, speaker: (p as { speaker?: Phrase['speaker'] }).speaker ?? 'before' };
		const list = phrases.get(p.words[0]) ?? [];
		list.push(phrase);
		list.sort((a, b) => b.words.length - a.words.length);
		phrases.set(p.words[0], list);
	}
	return {
		version: data.version,
		classOf,
		evidenceSpeakers: new Set(data.evidenceSpeakers),
		intro: new Set(data.intro),
		weak: new Set(data.weak),
		core: new Set(data.core),
		nouns: new Set(data.nouns),
		speechObjects: new Set(data.speechObjects),
		phrases
	};
}

const PARTICIPLE_LEADS_BEFORE = new Set(['while', 'before', 'after', 'when', 'despite', 'without']);

const isNounish = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';

/** the lemma to look up: wink's lemmas of verbs and nouns are lower case already, names are not */
function keyOf(t: Token): string {
	const k = t.lemma || t.normal;
	const c = k.charCodeAt(0);
	return c >= 65 && c <= 90 ? k.toLowerCase() : k;
}

/**
 * wink tags a verb in -s as a noun after a name more often than one would like ("Dragone views
 * the idea", "Dragone notes that"): a listed -s word between a name or pronoun and a determiner,
 * a name, "that" or a quotation mark is taken as the verb it is.
 */
function verbInDisguise(tokens: Token[], i: number, first: number, last: number): boolean {
	const t = tokens[i];
	if (t.pos !== 'NOUN' || i - 1 < first || i + 1 >= last) return false;
	const before = tokens[i - 1];
	const after = tokens[i + 1];
	// "Polls show a close contest", "Data from the survey show that": a plain form after a plural or before "that"
	if (!/[^s]s$/.test(t.value)) {
		const plural = (before.pos === 'NOUN' || before.pos === 'PROPN') && /[^s]s$/.test(before.value);
		return (plural || (isNounish(before) && after.normal === 'that')) && (after.pos === 'DET' || after.pos === 'PROPN' || after.normal === 'that' || after.pos === 'ADJ' || after.pos === 'NUM');
	}
	// "the woman disputes the idea", "the ad asks."
	const commonSubject = before.pos === 'NOUN' && i - 2 >= first && tokens[i - 2].pos === 'DET';
	const subject = before.pos === 'PROPN' || commonSubject || (before.pos === 'PRON' && ['he', 'she', 'it'].includes(before.normal));
	const object = after.pos === 'DET' || after.pos === 'PROPN' || after.normal === 'that' || after.pos === 'PRON' || /^["“„«]$/.test(after.value);
	const end = (after.value === '.' || after.value === ',') && i + 2 >= last - 1;
	return subject && (object || end);
}

/** The cue starting at token `i` of the sentence [first, last), or null. */
export function matchCue(tokens: Token[], i: number, first: number, last: number, lex: CueLexicon): CueMatch | null {
	const t = tokens[i];
	if (t.type !== 'word') return null;
	const pos = t.pos;
	if (pos !== 'VERB' && pos !== 'AUX' && pos !== 'NOUN' && pos !== 'ADP' && pos !== 'SCONJ' && pos !== 'ADV') return null;
	const key = keyOf(t);
	const candidates = lex.phrases.get(t.normal) ?? lex.phrases.get(key);
	if (candidates) {
		for (const p of candidates) {
			if (i + p.words.length > last) continue;
			let ok = true;
			for (let k = 1; k < p.words.length && ok; k++) {
				const w = p.words[k];
				const u = tokens[i + k];
				ok = w === '*' ? u.type === 'word' : w === keyOf(u) || w === u.normal;
			}
			if (!ok) continue;
			// verb phrases need their verb to be a verb ("the point out" is not a cue)
			if (p.speaker === 'before' && t.pos !== 'VERB' && t.pos !== 'AUX' && !verbInDisguise(tokens, i, first, last)) continue;
			return { first: i, last: i + p.words.length, cls: 'speech', speaker: p.speaker, lemma: p.words.join(' ') };
		}
	}
	let verbKey = key;
	if (t.pos !== 'VERB' && !verbInDisguise(tokens, i, first, last)) {
		// "while warning against …": a participle after a comma or "while" that wink tagged a noun
		const lead = i - 1 >= first ? tokens[i - 1] : null;
		if (!(t.pos === 'NOUN' && lead && /ing$/.test(t.normal) && (lead.value === ',' || PARTICIPLE_LEADS_BEFORE.has(lead.normal)))) return null;
		const base = t.normal.slice(0, -3);
		verbKey = [base, `${base}e`, base.slice(0, -1)].find((b) => lex.classOf.has(b)) ?? '';
		if (!verbKey) return null;
	}
	const cls = lex.classOf.get(verbKey) ?? (lex.intro.has(verbKey) ? 'intro' : null);
	if (!cls) return null;
	return { first: i, last: i + 1, cls, speaker: 'before', lemma: verbKey };
}
