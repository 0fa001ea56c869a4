/**
 * The small syntax of a lexicon entry, written so a teacher can read and edit it:
 *
 *   retaliate              a word, matched on its dictionary form (retaliates, retaliated ...)
 *   fire the first shot    a phrase: the words in this order
 *   pre-emptive strike     hyphens are optional: preemptive, pre-emptive and pre emptive all match
 *   strike a * deal        `*` stands for any one word
 *   may [modal]            a sense after a word: count "may" only as a modal verb, not the month
 *   !hunger strike         `!` marks an exception: the phrase is never counted, and its words
 *                          cannot count on their own ("strike" inside "hunger strike")
 */

export const SENSES = ['modal', 'verb', 'noun', 'adj', 'adv'] as const;
export type Sense = (typeof SENSES)[number];

const SENSE_ALIASES: Record<string, Sense> = {
	modal: 'modal',
	verb: 'verb',
	noun: 'noun',
	adj: 'adj',
	adjective: 'adj',
	adv: 'adv',
	adverb: 'adv'
};

export const WILDCARD = '*';

export interface TermWord {
	/** the word as written, or WILDCARD */
	text: string;
	sense: Sense | null;
}

export interface ParsedTerm {
	/** the entry exactly as written in the lexicon */
	entry: string;
	exception: boolean;
	words: TermWord[];
	/** why (part of) the entry could not be understood, in plain English */
	problems: string[];
}

const SENSE_MARK = /^\[([^\]]*)\]$/;

export function parseTerm(entry: string): ParsedTerm {
	const problems: string[] = [];
	let body = entry.trim();
	const exception = body.startsWith('!');
	if (exception) body = body.slice(1).trim();
	// a sense may be written with or without a space before its bracket: "may [modal]", "may[modal]"
	const pieces = body.replace(/\[/g, ' [').split(/\s+/).filter((p) => p.length > 0);
	const words: TermWord[] = [];
	for (const piece of pieces) {
		const mark = SENSE_MARK.exec(piece);
		if (!mark) {
			words.push({ text: piece, sense: null });
			continue;
		}
		const name = mark[1].trim().toLowerCase();
		const sense = SENSE_ALIASES[name];
		const last = words[words.length - 1];
		if (!sense) problems.push(`"${entry}": unknown sense [${mark[1]}] (use one of ${SENSES.join(', ')})`);
		else if (!last || last.text === WILDCARD) problems.push(`"${entry}": a sense must follow a word`);
		else last.sense = sense;
	}
	if (words.length === 0) problems.push(`"${entry}": no words`);
	else if (words.every((w) => w.text === WILDCARD)) problems.push(`"${entry}": needs at least one word besides *`);
	else if (words[0].text === WILDCARD || words[words.length - 1].text === WILDCARD)
		problems.push(`"${entry}": * can only stand between words`);
	return { entry, exception, words: problems.length > 0 ? [] : words, problems };
}
