// irregular past forms of news verbs, which no suffix rule reaches ("Jets Shot Down")
const IRREGULAR = new Map<string, string>(
	Object.entries({
		shot: 'shoot', fought: 'fight', struck: 'strike', slain: 'slay', slew: 'slay', fled: 'flee', blew: 'blow',
		blown: 'blow', stole: 'steal', stolen: 'steal', won: 'win', lost: 'lose', sank: 'sink', sunk: 'sink',
		broke: 'break', broken: 'break', caught: 'catch', threw: 'throw', thrown: 'throw', fell: 'fall',
		fallen: 'fall', rose: 'rise', risen: 'rise', bled: 'bleed', froze: 'freeze', frozen: 'freeze',
		beaten: 'beat', hid: 'hide', hidden: 'hide', tore: 'tear', torn: 'tear', shook: 'shake', shaken: 'shake',
		swore: 'swear', sworn: 'swear', wept: 'weep', fed: 'feed', hung: 'hang', sought: 'seek', drove: 'drive',
		driven: 'drive', overthrew: 'overthrow', overthrown: 'overthrow', spoke: 'speak'
	})
);

// "crisis", "status", "press" end in s without being plurals
const NOT_PLURAL = /(?:ss|us|is)$/;

/**
 * Base-form guesses for a lower-cased word that the lexicons did not know as written or as wink's
 * lemma. Needed because wink tags Title Case headline words as proper nouns and leaves their lemma
 * inflected ("Fears", "Bombers", "Killed"). Ordered most-likely first; may include non-words, which
 * simply miss in the lexicon.
 */
export function baseForms(word: string): string[] {
	const irregular = IRREGULAR.get(word);
	if (irregular) return [irregular];
	const n = word.length;
	if (n < 4) return [];
	const out: string[] = [];
	if (word.endsWith('ies') && n > 4) out.push(word.slice(0, -3) + 'y');
	else if (word.endsWith('es')) out.push(word.slice(0, -1), word.slice(0, -2));
	else if (word.endsWith('s') && !NOT_PLURAL.test(word)) out.push(word.slice(0, -1));
	else if (word.endsWith('ied') && n > 4) out.push(word.slice(0, -3) + 'y');
	else if (word.endsWith('ed')) {
		const stem = word.slice(0, -2);
		out.push(stem, word.slice(0, -1));
		if (isDoubled(stem)) out.push(stem.slice(0, -1));
	} else if (word.endsWith('ing') && n > 5) {
		const stem = word.slice(0, -3);
		out.push(stem, stem + 'e');
		if (isDoubled(stem)) out.push(stem.slice(0, -1));
	}
	return out;
}

// "stopped" -> "stop", "shelling" keeps "shell" via the plain stem first
function isDoubled(stem: string): boolean {
	const n = stem.length;
	return n >= 3 && stem[n - 1] === stem[n - 2] && !'aeiouls'.includes(stem[n - 1]);
}
