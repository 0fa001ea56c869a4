import type { TextDoc } from './types';

// The most frequent English function words. Together they make up 30-50% of the words of
// any English news text, and almost none of a text in another language.
const FUNCTION_WORDS = new Set(
	(
		'the of and to a in is that for on with as it was by at be this are from or an have has ' +
		'not but which their they its were he she will would been his her we who had more also ' +
		'than there can after about into over said could one all when what no up out other new some'
	).split(' ')
);

/** below this share of function words a text is not treated as English */
const MIN_SHARE = 0.12;
/** too few words to judge; short texts get the benefit of the doubt */
const MIN_WORDS = 25;

const LETTER = /\p{L}/u;
const LATIN = /^\P{L}*\p{Script=Latin}/u;
/** enough words to tell a non-Latin script from a stray foreign name */
const MIN_SCRIPT_WORDS = 5;

export interface LanguageCheck {
	english: boolean;
	/** share of words that are common English function words, for the message */
	share: number;
}

/** The lexicons, cue verbs and speaker rules are English only; say so rather than report zeros. */
export function checkEnglish(doc: TextDoc): LanguageCheck {
	let words = 0;
	let common = 0;
	let latin = 0;
	for (const token of doc.tokens) {
		// wink types words of scripts it does not know (Cyrillic, Greek ...) as 'unk'
		if (token.type !== 'word' && token.type !== 'unk') continue;
		// an ASCII letter first is a Latin letter: most words of any text this tool sees
		const c = token.value.charCodeAt(0) | 32;
		const ascii = c >= 97 && c <= 122;
		if (!ascii && !LETTER.test(token.value)) continue;
		words++;
		if (FUNCTION_WORDS.has(token.normal)) common++;
		if (ascii || LATIN.test(token.value)) latin++;
	}
	const share = words === 0 ? 0 : common / words;
	// Cyrillic, Greek, Arabic, CJK ... are told apart by script even in a short text
	if (words >= MIN_SCRIPT_WORDS && latin < words / 2) return { english: false, share };
	return { english: words < MIN_WORDS || share >= MIN_SHARE, share };
}
