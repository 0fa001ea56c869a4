import base from './data/valence.base.json';
import news from './data/news-valence.json';
import alarmData from './data/alarm.json';
import modifiers from './data/modifiers.json';

/** Where a valence or alarm value came from, for the explanation and for exports. */
export interface Rating {
	value: number;
	/** news and alarm lists (1) win over the general list (0) when several forms of a word match */
	priority: number;
	/** 'news: death and casualties', 'AFINN-165/VADER', 'alarm: war and military threat' */
	source: string;
}

/** A multi-word entry, matched on consecutive words (hyphens between them are transparent). */
export interface Phrase {
	key: string;
	words: string[];
	valence: Rating | null;
	alarm: Rating | null;
}

export type Role = 'negator' | 'intensifier' | 'dampener' | 'contrast' | 'break';

/** Everything known about one lower-cased word form: one map lookup per token in the scorer. */
export interface Entry {
	valence: Rating | null;
	alarm: Rating | null;
	/** phrases that start with this word, longest first */
	phrases: Phrase[] | null;
	role: Role | null;
}

export interface ToneLexicon {
	/** shown in exports: the versions of every word list behind a score */
	version: string;
	entries: Map<string, Entry>;
	valence: Map<string, Rating>;
	alarm: Map<string, Rating>;
	/** phrases by first word, longest first */
	phrases: Map<string, Phrase[]>;
	factors: {
		negationValence: number;
		negationAlarm: number;
		negationWindow: number;
		intensifier: number;
		dampener: number;
		modifierWindow: number;
		contrastBefore: number;
		contrastAfter: number;
	};
}

type Grouped = Record<string, Record<string, number>>;

function splitKey(key: string): string[] {
	return key.toLowerCase().split(/[\s-]+/).filter(Boolean);
}

/** Builds the lookup tables once; the data files stay plain JSON so users can read and edit them. */
export function buildLexicon(): ToneLexicon {
	const valence = new Map<string, Rating>();
	const alarm = new Map<string, Rating>();
	const phraseByKey = new Map<string, Phrase>();
	const phrase = (key: string): Phrase => {
		const words = splitKey(key);
		const norm = words.join(' ');
		let p = phraseByKey.get(norm);
		if (!p) phraseByKey.set(norm, (p = { key, words, valence: null, alarm: null }));
		return p;
	};

	const baseEntries = base.entries as Record<string, number>;
	for (const word in baseEntries) valence.set(word, { value: baseEntries[word], priority: 0, source: 'AFINN-165/VADER' });
	for (const [group, terms] of Object.entries(news.groups as Grouped)) {
		for (const [term, value] of Object.entries(terms)) {
			const rating = { value, priority: 1, source: `news: ${group}` };
			if (splitKey(term).length > 1) phrase(term).valence = rating;
			else valence.set(term, rating);
		}
	}
	for (const [group, terms] of Object.entries(alarmData.groups as Grouped)) {
		for (const [term, value] of Object.entries(terms)) {
			const rating = { value, priority: 1, source: `alarm: ${group}` };
			if (splitKey(term).length > 1) phrase(term).alarm = rating;
			else alarm.set(term, rating);
		}
	}
	// a phrase replaces its words; a side it does not rate is taken from its strongest word (scorer)
	const phrases = new Map<string, Phrase[]>();
	for (const p of phraseByKey.values()) {
		const list = phrases.get(p.words[0]) ?? [];
		list.push(p);
		phrases.set(p.words[0], list);
	}
	for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);

	const entries = new Map<string, Entry>();
	const entry = (word: string): Entry => {
		let e = entries.get(word);
		if (!e) entries.set(word, (e = { valence: null, alarm: null, phrases: null, role: null }));
		return e;
	};
	for (const [word, r] of valence) entry(word).valence = r;
	for (const [word, r] of alarm) entry(word).alarm = r;
	for (const [word, list] of phrases) entry(word).phrases = list;
	// a modifier word modifies and is never scored itself; the first role listed wins
	const roles: [Role, string[]][] = [
		['negator', modifiers.negators],
		['contrast', modifiers.contrast.words],
		['intensifier', modifiers.intensifiers.words],
		['dampener', modifiers.dampeners.words],
		['break', modifiers.scopeBreakers]
	];
	for (const [role, words] of roles) for (const w of words) entry(w).role ??= role;

	return {
		version: [base.version, news.version, alarmData.version, modifiers.version].join('; '),
		entries,
		valence,
		alarm,
		phrases,
		factors: {
			negationValence: modifiers.negation.valenceFactor,
			negationAlarm: modifiers.negation.alarmFactor,
			negationWindow: modifiers.negation.window,
			intensifier: modifiers.intensifiers.factor,
			dampener: modifiers.dampeners.factor,
			modifierWindow: modifiers.intensifiers.window,
			contrastBefore: modifiers.contrast.before,
			contrastAfter: modifiers.contrast.after
		}
	};
}

let shared: ToneLexicon | null = null;

/** The default lexicon, built on first use. */
export function defaultLexicon(): ToneLexicon {
	return (shared ??= buildLexicon());
}
