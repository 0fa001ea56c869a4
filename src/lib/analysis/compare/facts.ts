import factWordsJson from './data/fact-words.json';
import type { SentenceUnit, UnitWord } from './sentence-units';

/** The word lists fact reading relies on (data/fact-words.json). */
export interface FactWords {
	version: string;
	titles: string[];
	nameSuffixes: string[];
	qualifiers: Record<string, [number, number]>;
	numberWords: Record<string, number>;
	scales: Record<string, number>;
	months: string[];
	weekdays: string[];
	/** nouns after a number that do not say what it counts ("7 p.m.") */
	notCounted: string[];
	events: Record<string, { verbs: string[]; nouns: string[] }>;
}

export const defaultFactWords = factWordsJson as unknown as FactWords;

interface MentionBase {
	unit: number;
	start: number;
	end: number;
	text: string;
}

/** A person's name with the title written before it: "Admiral Giuseppe Cavo Dragone". */
export interface NameMention extends MentionBase {
	title: string | null;
	/** the name's words without title or suffix, lower-cased */
	parts: string[];
	name: string;
}

/** A number with what it counts: "over one billion citizens". */
export interface NumberMention extends MentionBase {
	value: number;
	qualifier: string | null;
	/** the range the wording allows */
	low: number;
	high: number;
	/** lemma of the noun counted */
	counted: string;
}

/** A calendar date or weekday, with the kinds of event written near it. */
export interface DateMention extends MentionBase {
	/** "october 18" or "sunday": what is compared */
	value: string;
	events: string[];
}

export interface Facts {
	names: NameMention[];
	numbers: NumberMention[];
	dates: DateMention[];
}

const isCapitalised = (w: UnitWord) => /^\p{Lu}/u.test(w.value);
const isNumeral = (w: UnitWord) => /^\d[\d,.]*$/.test(w.value);

export function readFacts(units: SentenceUnit[], words: FactWords = defaultFactWords): Facts {
	const titles = phraseSet(words.titles);
	const suffixes = new Set(words.nameSuffixes);
	const months = new Set(words.months);
	const weekdays = new Set(words.weekdays);
	const qualifiers = phraseSet(Object.keys(words.qualifiers));
	const notCounted = new Set(words.notCounted);
	const events = Object.entries(words.events).map(([label, e]) => ({ label, verbs: new Set(e.verbs), nouns: new Set(e.nouns) }));
	const facts: Facts = { names: [], numbers: [], dates: [] };
	units.forEach((unit, u) => {
		const ws = unit.words;
		const text = (from: number, to: number) => unit.ref.text.slice(ws[from].start - unit.ref.start, ws[to].end - unit.ref.start);
		const dateWords = new Set<number>();

		// dates first, so their numbers are not read as counts
		for (let i = 0; i < ws.length; i++) {
			const k = ws[i].key.replace(/\.$/, '');
			const weekday = weekdays.has(k.replace(/'s$/, '')) ? k.replace(/'s$/, '') : null;
			if (weekday && isCapitalised(ws[i])) {
				dateWords.add(i);
				facts.dates.push({ unit: u, start: ws[i].start, end: ws[i].end, text: text(i, i), value: weekday, events: eventsNear(ws, i, i, events) });
				continue;
			}
			if (!months.has(k) || !isCapitalised(ws[i])) continue;
			// "October 18th", "18 October", "December 2, 2025"
			const after = i + 1 < ws.length && /^\d{1,2}(st|nd|rd|th)?$/i.test(ws[i + 1].value) ? i + 1 : -1;
			const before = i > 0 && /^\d{1,2}(st|nd|rd|th)?$/i.test(ws[i - 1].value) ? i - 1 : -1;
			const day = after >= 0 ? after : before;
			if (day < 0) continue;
			let from = Math.min(i, day);
			let to = Math.max(i, day);
			if (to + 1 < ws.length && /^(19|20)\d\d$/.test(ws[to + 1].value)) to++;
			for (let k2 = from; k2 <= to; k2++) dateWords.add(k2);
			const dayNumber = parseInt(ws[day].value, 10);
			// a dateline at the very top of the article is the publication date, not an event's
			if (unit.ref.sentence === 0 && from <= 4) continue;
			facts.dates.push({ unit: u, start: ws[from].start, end: ws[to].end, text: text(from, to), value: `${k} ${dayNumber}`, events: eventsNear(ws, from, to, events) });
			i = to;
			from = to;
		}

		for (let i = 0; i < ws.length; i++) {
			if (dateWords.has(i)) continue;
			// names: a title, then two or more capitalised words
			// "chief Admiral Dragone": the title nearest the name counts
			let title = matchPhrase(ws, i, titles);
			let nameStart = title ? i + title.length : i;
			for (let next = title && nameStart < ws.length ? matchPhrase(ws, nameStart, titles) : null; next; next = nameStart < ws.length ? matchPhrase(ws, nameStart, titles) : null) {
				title = next;
				nameStart += next.length;
			}
			let j = nameStart;
			while (
				j < ws.length &&
				isCapitalised(ws[j]) &&
				(ws[j].pos === 'PROPN' || ws[j].pos === 'NOUN' || ws[j].pos === 'ADJ') &&
				!dateWords.has(j) &&
				// a name stops at punctuation ("the Financial Times, Dragone said") and before a title ("Committee Admiral …")
				(j === nameStart || (/^\s*$/.test(unit.ref.text.slice(ws[j - 1].end - unit.ref.start, ws[j].start - unit.ref.start)) && !matchPhrase(ws, j, titles)))
			)
				j++;
			const parts = ws.slice(nameStart, j).map((w) => w.key.replace(/'s$/, '')).filter((p) => !suffixes.has(p.replace(/\.$/, '')));
			if (parts.length >= 2 && (title || ws.slice(nameStart, j).every((w) => w.pos === 'PROPN'))) {
				facts.names.push({
					unit: u,
					start: ws[title ? i : nameStart].start,
					end: ws[j - 1].end,
					text: text(title ? i : nameStart, j - 1),
					title: title ? title.join(' ') : null,
					parts,
					name: text(nameStart, j - 1).replace(/['’]s$/, '')
				});
				i = j - 1;
				continue;
			}

			// numbers: a qualifier, a numeral or number words, a scale, then the noun counted
			const qualifier = matchPhrase(ws, i, qualifiers);
			let n = qualifier ? i + qualifier.length : i;
			const first = n;
			let value: number | null = null;
			// years are dates, long digit strings are identifiers (tweet ids, phone numbers), not counts
			if (n < ws.length && isNumeral(ws[n]) && !/^(19|20)\d\d$/.test(ws[n].value) && ws[n].value.length <= 10) {
				value = parseFloat(ws[n].value.replace(/,/g, ''));
				n++;
			} else if (n < ws.length && ws[n].key in words.numberWords) {
				value = words.numberWords[ws[n].key];
				n++;
			} else if (n + 1 < ws.length && ws[n].key === 'a' && ws[n + 1].key in words.scales) {
				value = 1;
				n++;
			}
			if (value === null || Number.isNaN(value)) continue;
			// "Article 5", "Flight 17": a number that is part of a name counts nothing
			if (first > 0 && isCapitalised(ws[first - 1]) && ws[first - 1].pos !== 'ADP' && first - 1 !== 0 && !qualifier) continue;
			while (n < ws.length && ws[n].key in words.scales) value *= words.scales[ws[n++].key];
			let unitWord = -1;
			for (let k3 = n; k3 < Math.min(ws.length, n + 3); k3++) {
				if (ws[k3].pos === 'NOUN') {
					unitWord = k3;
					break;
				}
				if (ws[k3].pos !== 'ADJ' && ws[k3].pos !== 'NUM') break;
			}
			if (unitWord < 0 || notCounted.has(ws[unitWord].lemma)) continue;
			// "68-year-old", "a 25-year-old file": an age or a length qualifies a noun, it counts nothing
			if (/[-‐–]/.test(unit.ref.text.slice(ws[n - 1].end - unit.ref.start, ws[unitWord].start - unit.ref.start))) continue;
			const range = qualifier ? words.qualifiers[qualifier.join(' ')] : [1, 1];
			facts.numbers.push({
				unit: u,
				start: ws[i].start,
				end: ws[unitWord].end,
				text: text(i, unitWord),
				value,
				qualifier: qualifier ? qualifier.join(' ') : null,
				low: value * range[0],
				high: value * range[1],
				counted: ws[unitWord].lemma
			});
			i = unitWord;
		}
	});
	return facts;
}

function phraseSet(phrases: string[]): Map<string, string[][]> {
	const byFirst = new Map<string, string[][]>();
	for (const phrase of phrases) {
		const parts = phrase.toLowerCase().split(/\s+/);
		const list = byFirst.get(parts[0]) ?? [];
		list.push(parts);
		// longest first
		list.sort((a, b) => b.length - a.length);
		byFirst.set(parts[0], list);
	}
	return byFirst;
}

function matchPhrase(ws: UnitWord[], i: number, phrases: Map<string, string[][]>): string[] | null {
	const candidates = phrases.get(ws[i].key.replace(/\.$/, ''));
	if (!candidates) return null;
	for (const parts of candidates) {
		if (parts.every((p, k) => i + k < ws.length && ws[i + k].key.replace(/\.$/, '') === p)) return parts;
	}
	return null;
}

/** Event words within a few words of the date, so "speaking … on Sunday" and "the interview … on October 18th" compare. */
function eventsNear(ws: UnitWord[], from: number, to: number, events: { label: string; verbs: Set<string>; nouns: Set<string> }[]): string[] {
	const found = new Set<string>();
	for (let k = Math.max(0, from - 8); k <= Math.min(ws.length - 1, to + 6); k++) {
		const w = ws[k];
		for (const e of events) {
			if ((w.pos === 'VERB' && e.verbs.has(w.lemma)) || (w.pos === 'NOUN' && (e.nouns.has(w.lemma) || e.nouns.has(w.key)))) found.add(e.label);
		}
	}
	return [...found];
}
