/**
 * Is a headline a question? Yes when it has a question mark, or when a clause of it opens with an
 * auxiliary-before-subject inversion ("Could NATO strike Russia first", "Is this the end of ...") or
 * with a question word followed by such an auxiliary ("Why is NATO ...", "What does it mean ...").
 * Statements that merely open with a question word ("Why NATO is changing course", "How to ...",
 * "What we know") are not questions. "Will" and "May" open many statements as a name or a month
 * ("Will Smith wins", "May 5 talks"), and "Do" opens "Do or die", so without a question mark these
 * count only before a pronoun or a determiner ("Will the Fed cut rates").
 */
const AUX = new Set([
	'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'can', 'could', 'would', 'should', 'shall', 'might',
	'must', 'has', 'have', 'had', "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "can't",
	"couldn't", "wouldn't", "shouldn't", "hasn't", "haven't", "won't", 'will', 'may'
]);
const AMBIGUOUS_AUX = new Set(['will', 'may', 'do']);
const NOT_SUBJECT = new Set(['not', 'be', 'been', 'being', 'to', 'and', 'or']);
const WH = new Set(['why', 'how', 'what', 'who', 'where', 'when', 'which', 'whose', 'whom']);
// "what's next", "who's to blame", "where's the money": a contracted auxiliary is an inversion too
const WH_CONTRACTED = /^(?:what|who|where|how|why|when)['’](?:s|re|ll|d)$/;
const SUBJECT_START = new Set([
	'i', 'you', 'he', 'she', 'it', 'we', 'they', 'this', 'that', 'these', 'those', 'there', 'the', 'a', 'an',
	'any', 'anyone', 'anything', 'anybody', 'someone', 'something', 'our', 'your', 'his', 'her', 'their', 'its',
	'my', 'all', 'some', 'no', 'every', 'each', 'more', 'another'
]);
// clause openers after which a headline starts afresh: "Navigating X: Could NATO ...", "Analysis — Is ..."
const CLAUSES = /[:|–—]|\s-\s/;
const WORDS = /[^\s"“”‘’«»'(),.;!]+(?:['’][^\s"“”‘’«»'(),.;!]+)?/g;

export function isQuestion(text: string): boolean {
	if (/[?？¿]/.test(text)) return true;
	// a headline's opening is what matters; the cap keeps pathological input cheap
	for (const clause of text.slice(0, 1000).split(CLAUSES)) {
		const words = clause.slice(0, 200).match(WORDS);
		if (words && opensQuestion(words.map((w) => w.toLowerCase().replace(/’/g, "'")))) return true;
	}
	return false;
}

function opensQuestion(words: string[]): boolean {
	const [first, second] = words;
	if (!first || !second) return false;
	if (WH_CONTRACTED.test(first)) return true;
	// "Why is ...", "What will happen": the auxiliary right after the question word is the inversion
	if (WH.has(first)) return AUX.has(second);
	if (!AUX.has(first)) return false;
	if (SUBJECT_START.has(second)) return true;
	// a name or noun as subject counts only after an auxiliary that cannot be a name or a month
	return !AMBIGUOUS_AUX.has(first) && /^\p{L}/u.test(second) && !NOT_SUBJECT.has(second);
}
