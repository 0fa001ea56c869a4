import type { Token } from '../types';
import speakers from './speakers.json';

/** Small word classes the speaker and clause rules lean on, beyond wink's part-of-speech tags. */

export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** possessive pronoun -> the subject pronoun it stands for ("in his words" = he) */
export const POSSESSIVE_TO_SUBJECT: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it', my: 'i', our: 'we', your: 'you' };
export const COORDINATORS = new Set(['and', 'or', 'but', 'nor', 'yet']);
/** words before a participle that leave its subject to the main clause: "while warning", "before adding" */
export const PARTICIPLE_LEADS = new Set(['while', 'before', 'after', 'when', 'despite', 'without', 'since', 'also', 'and', 'but', 'even', 'instead', 'further', 'then', 'again', 'thus']);
/** prepositions that may sit inside a speaker's name: "Chair of the Military Committee", "ambassador to Belgium" */
export const LINK_PREPOSITIONS = new Set(['of', 'for', 'to', 'from', 'at', 'in', 'with', 'on']);
export const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re', 'am']);
export const WH_WORDS = new Set(['how', 'what', 'why', 'whether', 'if', 'when', 'where', 'who', 'which']);
export const DASHES = new Set(['—', '–', '―', '-', '--', '—-']);

export const TITLES = new Set(speakers.titles);
export const ROLES = new Set(speakers.roles);
export const INSTITUTIONS = new Set(speakers.institutions);
export const ORGANISATION_WORDS = new Set(speakers.organisationWords);
export const LABELS = new Set(speakers.labels);
export const SKIPPABLE_ADVERBS = new Set(speakers.adverbs);
export const SOURCE_NOUNS = new Set(speakers.sourceNouns);
/** words that stand for people by themselves: "Many said", "63 percent said", "Others say" */
export const QUANTIFIERS = new Set(['many', 'some', 'most', 'others', 'several', 'few', 'both', 'all', 'half', 'none', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'nobody', 'each', 'percent', 'majority', 'plurality', 'minority']);
export const TIME_WORDS = new Set(speakers.timeWords);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CAPITALISED = /^\p{Lu}/u;

export const isPunct = (t: Token) => t.pos === 'PUNCT' || t.type === 'punctuation' || t.pos === 'SYM';
export const isWord = (t: Token) => (t.type === 'word' || t.type === 'number') && LETTER_OR_DIGIT.test(t.value);
/** starts with a capital letter; ASCII decided by character code, the rest by Unicode class */
export function isCapitalised(t: Token): boolean {
	const c = t.value.charCodeAt(0);
	if (c < 128) return c >= 65 && c <= 90;
	return CAPITALISED.test(t.value);
}
/** two or more capitals and nothing else: "NATO", "EU", "FBI" */
export function isAcronym(t: Token): boolean {
	const v = t.value;
	if (v.length < 2) return false;
	for (let k = 0; k < v.length; k++) {
		const c = v.charCodeAt(k);
		if (c >= 128) return /^\p{Lu}{2,}$/u.test(v);
		if (c < 65 || c > 90) return false;
	}
	return true;
}
export const isProper = (t: Token) => t.pos === 'PROPN' || (t.pos !== 'PRON' && t.pos !== 'DET' && isCapitalised(t) && t.pos === 'NOUN');
export const isNounish = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM';
export const isPossessiveMark = (t: Token) => t.normal === "'s" || t.normal === '’s' || t.value === "'" || t.value === '’';
export const isVerbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
export const isComma = (t: Token) => t.value === ',';
/** ends in -ing: a participle when tagged as a verb ("adding", "insisting") */
export const isGerund = (t: Token) => t.pos === 'VERB' && /ing$/i.test(t.value);
/** a plural common noun ("governments", "officials") */
export const isPluralNoun = (t: Token) => t.pos === 'NOUN' && t.normal !== t.lemma && /s$/i.test(t.normal);
