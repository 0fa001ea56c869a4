import type { DateMention, Facts, NameMention, NumberMention } from './facts';
import type { SentenceUnit } from './sentence-units';
import type { Divergence, FactKind, FactMention } from './types';
import { median } from '../median';

interface Context {
	units: SentenceUnit[];
	/** unit index -> aligned group id */
	groupOf: Map<number, number>;
	/** similarity of two units, and the level at which two sentences report the same thing */
	similarity: (a: number, b: number) => number;
	threshold: number;
	/** article x article similarity */
	articles: number[][];
	/** each article's publication date as given (ISO yyyy-mm-dd is understood), to place "on Sunday" */
	published: (string | null)[];
}

/**
 * Names, numbers and dates that disagree where the story's articles report the same thing. The
 * comparison never decides which is right: each item lists the mentions side by side to be checked.
 */
export function findDivergences(facts: Facts, context: Context): Divergence[] {
	const found: Omit<Divergence, 'id'>[] = [...nameDivergences(facts.names, context), ...numberDivergences(facts.numbers, context), ...dateDivergences(facts.dates, context)];
	return found.map((d, id) => ({ id, ...d }));
}

function mention(m: NameMention | NumberMention | DateMention, value: string, units: SentenceUnit[], note: string | null = null): FactMention {
	const unit = units[m.unit];
	return { article: unit.ref.article, sentence: unit.ref, text: m.text, start: m.start, end: m.end, value, note };
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// written out by hand: toLocaleDateString's commas differ between ICU versions
const longDate = (d: Date) => `${capitalise(WEEKDAYS[d.getUTCDay()])} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/**
 * "Sunday" in an article published on Tuesday 2 December 2025 most likely means Sunday 30 November:
 * news tells of the past week. Said as "most likely", because it may also mean a coming day.
 */
export function placeWeekday(weekday: string, published: string | null): string | null {
	const day = WEEKDAYS.indexOf(weekday);
	const match = published?.match(/^(\d{4})-(\d{2})-(\d{2})/);
	if (day < 0 || !match) return null;
	const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
	if (Number.isNaN(date.getTime())) return null;
	const back = (date.getUTCDay() - day + 7) % 7;
	const placed = new Date(date.getTime() - back * 86_400_000);
	return back === 0
		? `the day of publication, ${longDate(placed)}`
		: `most likely ${longDate(placed)}, counted back from the publication date (${longDate(date)})`;
}

function divergence(kind: FactKind, about: string, reason: string, mentions: FactMention[], group: number | null): Omit<Divergence, 'id'> {
	mentions.sort((a, b) => a.article - b.article || a.start - b.start);
	return { kind, about, reason, mentions, withinArticle: new Set(mentions.map((m) => m.article)).size === 1, group };
}

/** The first mention of each value in each article: one line per outlet and wording is enough to check. */
function firstPerArticleAndValue<T extends { unit: number; start: number }>(list: T[], value: (m: T) => string, units: SentenceUnit[]): T[] {
	const seen = new Set<string>();
	return [...list]
		.sort((a, b) => units[a.unit].ref.article - units[b.unit].ref.article || a.start - b.start)
		.filter((m) => {
			const key = `${units[m.unit].ref.article}\u0000${value(m)}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}

const sameGroup = (a: number, b: number, { groupOf }: Context) => groupOf.has(a) && groupOf.get(a) === groupOf.get(b);
const lastPart = (m: NameMention) => m.parts[m.parts.length - 1];

/**
 * One person written with two surnames: the same first name under the same title ("Admiral
 * Giuseppe Cavallaro" / "Admiral Giuseppe Cavo Dragone").
 * A name that contains the other ("Giuseppe Dragone" / "Giuseppe Cavo Dragone") is the same person.
 */
function nameDivergences(names: NameMention[], context: Context): Omit<Divergence, 'id'>[] {
	const byFirst = new Map<string, NameMention[]>();
	for (const m of names) {
		const list = byFirst.get(m.parts[0]) ?? [];
		list.push(m);
		byFirst.set(m.parts[0], list);
	}
	const out: Omit<Divergence, 'id'>[] = [];
	for (const list of byFirst.values()) {
		const conflicting = new Set<NameMention>();
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const [a, b] = [list[i], list[j]];
				if (lastPart(a) === lastPart(b) || a.parts.every((p) => b.parts.includes(p)) || b.parts.every((p) => a.parts.includes(p))) continue;
				// without the title, "New York Post" and "New York Times" would be one person
				if (a.title === null || a.title !== b.title) continue;
				conflicting.add(a).add(b);
			}
		}
		if (conflicting.size === 0) continue;
		const surnames = new Set([...conflicting].map(lastPart));
		const involved = list.filter((m) => surnames.has(lastPart(m)));
		const mentions = firstPerArticleAndValue(involved, (m) => m.name.toLowerCase(), context.units).map((m) =>
			mention(m, m.name, context.units)
		);
		const title = [...conflicting][0].title!;
		const first = [...conflicting][0].name.split(/\s+/)[0];
		out.push(divergence('name', `the person called ${capitalise(title)} ${first} …`, 'same title and first name, different surname', mentions, null));
	}
	return out;
}

/** what two number mentions are compared by: the value with its qualifier */
const formatNumber = (m: NumberMention) => `${m.qualifier ? `${m.qualifier} ` : ''}${m.value.toLocaleString('en-GB')} ${m.counted}`;

/**
 * The same thing counted differently: numbers of the same noun whose ranges cannot both be right
 * ("over one billion citizens" / "nearly a billion citizens"), in sentences that report the same
 * thing (aligned, or as similar as aligned sentences must be, also within one article).
 */
function numberDivergences(numbers: NumberMention[], context: Context): Omit<Divergence, 'id'>[] {
	// what a number counts: its noun
	const byUnit = new Map<string, NumberMention[]>();
	for (const m of numbers) {
		const list = byUnit.get(m.counted) ?? [];
		list.push(m);
		byUnit.set(m.counted, list);
	}
	const out: Omit<Divergence, 'id'>[] = [];
	for (const list of byUnit.values()) {
		const links: [NumberMention, NumberMention][] = [];
		const bySentence = new Map<number, NumberMention[]>();
		for (const m of list) bySentence.set(m.unit, [...(bySentence.get(m.unit) ?? []), m]);
		const sentences = [...bySentence.keys()];
		for (let i = 0; i < sentences.length; i++) {
			for (let j = i + 1; j < sentences.length; j++) {
				const [s, t] = [sentences[i], sentences[j]];
				// across articles, aligned sentences report the same thing; within one article, alignment does not
				// look, so the similarity decides, and neighbouring sentences go on with new figures
				const [rs, rt] = [context.units[s].ref, context.units[t].ref];
				if (rs.article !== rt.article && !sameGroup(s, t, context)) continue;
				if (rs.article === rt.article && (Math.abs(rs.sentence - rt.sentence) < 4 || context.similarity(s, t) < context.threshold)) continue;
				// "46 percent to 42" against "46 percent … 44": 46 agrees; 42 disagrees with its nearest, 44
				for (const [mine, theirs] of [[bySentence.get(s)!, bySentence.get(t)!], [bySentence.get(t)!, bySentence.get(s)!]]) {
					for (const a of mine) {
						if (theirs.some((b) => !(a.high < b.low || b.high < a.low))) continue;
						const nearest = theirs.reduce((best, b) => (Math.abs(Math.log(b.value / a.value)) < Math.abs(Math.log(best.value / a.value)) ? b : best));
						const ratio = Math.max(a.value, nearest.value) / Math.max(1e-9, Math.min(a.value, nearest.value));
						if (ratio <= 3) links.push([a, nearest]);
					}
				}
			}
		}
		for (const component of components(links)) {
			const group = component.map((m) => context.groupOf.get(m.unit)).find((g) => g !== undefined) ?? null;
			const mentions = firstPerArticleAndValue(component, formatNumber, context.units).map((m) => mention(m, m.text, context.units));
			// the noun as the first mention writes it: "citizens", not the lemma "citizen"
			const noun = component[0].text.split(/\s+/).pop()!;
			out.push(divergence('number', /^(percent|per cent|percentage|%)/.test(noun) ? 'a percentage' : `the number of ${noun}`, 'sentences that report the same thing count it with numbers that cannot both be right', mentions, group));
		}
	}
	return out;
}

/** Mentions linked directly or through others, each set once, in order of first appearance. */
function components<T>(links: [T, T][]): T[][] {
	const parent = new Map<T, T>();
	const find = (x: T): T => {
		const p = parent.get(x) ?? x;
		if (p === x) return x;
		const root = find(p);
		parent.set(x, root);
		return root;
	};
	for (const [a, b] of links) {
		const ra = find(a);
		const rb = find(b);
		if (ra !== rb) parent.set(rb, ra);
	}
	const sets = new Map<T, T[]>();
	for (const [a, b] of links) {
		for (const x of [a, b]) {
			const root = find(x);
			const set = sets.get(root) ?? [];
			if (!set.includes(x)) set.push(x);
			sets.set(root, set);
		}
	}
	return [...sets.values()];
}

/**
 * One event dated differently: dates written next to the same kind of event ("speaking … on
 * Sunday" / "the interview … took place on October 18th") in different articles that are at least as
 * alike as is typical in the story.
 */
function dateDivergences(dates: DateMention[], context: Context): Omit<Divergence, 'id'>[] {
	const byEvent = new Map<string, DateMention[]>();
	for (const m of dates) {
		for (const event of m.events) {
			const list = byEvent.get(event) ?? [];
			list.push(m);
			byEvent.set(event, list);
		}
	}
	const typical = median(context.articles.flatMap((row, a) => row.filter((_, b) => b > a)));
	const out: Omit<Divergence, 'id'>[] = [];
	for (const [event, list] of byEvent) {
		const links: [DateMention, DateMention][] = [];
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const [a, b] = [list[i], list[j]];
				const [x, y] = [context.units[a.unit].ref.article, context.units[b.unit].ref.article];
				if (x === y || a.value === b.value) continue;
				// articles less alike than is typical in the story probably tell of different events
				if (!sameGroup(a.unit, b.unit, context) && context.articles[x][y] < typical) continue;
				links.push([a, b]);
			}
		}
		for (const component of components(links)) {
			// one kind of event with many dates is many events, not a disagreement
			if (new Set(component.map((m) => m.value)).size > 3) continue;
			const mentions = firstPerArticleAndValue(component, (m) => m.value, context.units).map((m) =>
				mention(m, m.text, context.units, placeWeekday(m.value, context.published[context.units[m.unit].ref.article]))
			);
			out.push(divergence('date', `the date of ${event}`, `dates written next to ${event} in articles at least as alike as is typical in the story`, mentions, null));
		}
	}
	return out;
}


const capitalise = (s: string) => s.replace(/^\p{L}/u, (c) => c.toUpperCase());
