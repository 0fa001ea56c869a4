import type { DateMention, Facts, NameMention, NumberMention } from './facts';
import type { SentenceUnit } from './sentence-units';
import type { Divergence, FactKind, FactMention } from './types';

interface Context {
	units: SentenceUnit[];
	/** unit index -> aligned group id */
	groupOf: Map<number, number>;
}

/**
 * Names, numbers and dates that disagree where the story's articles report the same thing. The
 * comparison never decides which is right: each item lists the mentions side by side to be checked.
 */
export function findDivergences(facts: Facts, context: Context): Divergence[] {
	const found: Omit<Divergence, 'id'>[] = [...nameDivergences(facts.names, context), ...numberDivergences(facts.numbers, context), ...dateDivergences(facts.dates, context)];
	return found.map((d, id) => ({ id, ...d }));
}

function mention(m: NameMention | NumberMention | DateMention, value: string, units: SentenceUnit[]): FactMention {
	const unit = units[m.unit];
	return { article: unit.ref.article, sentence: unit.ref, text: m.text, start: m.start, end: m.end, value };
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
 * Giuseppe Cavallaro" / "Admiral Giuseppe Cavo Dragone"), or in sentences that report the same thing.
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
		let titled = false;
		let group: number | null = null;
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const [a, b] = [list[i], list[j]];
				if (lastPart(a) === lastPart(b) || a.parts.every((p) => b.parts.includes(p)) || b.parts.every((p) => a.parts.includes(p))) continue;
				const sameTitle = a.title !== null && a.title === b.title;
				const grouped = sameGroup(a.unit, b.unit, context);
				if (!sameTitle && !grouped) continue;
				titled ||= sameTitle;
				if (grouped) group = context.groupOf.get(a.unit)!;
				conflicting.add(a).add(b);
			}
		}
		if (conflicting.size === 0) continue;
		const surnames = new Set([...conflicting].map(lastPart));
		const involved = list.filter((m) => surnames.has(lastPart(m)));
		const mentions = firstPerArticleAndValue(involved, (m) => m.name.toLowerCase(), context.units).map((m) =>
			mention(m, m.name, context.units)
		);
		const title = [...conflicting].find((m) => m.title)?.title;
		const first = [...conflicting][0].name.split(/\s+/)[0];
		out.push(
			divergence(
				'name',
				`the person called ${title ? `${capitalise(title)} ` : ''}${first} …`,
				titled ? 'same title and first name, different surname' : 'same first name in sentences that report the same thing, different surname',
				mentions,
				titled ? null : group
			)
		);
	}
	return out;
}

function sharedContent(a: SentenceUnit, b: SentenceUnit, except: string): number {
	let n = 0;
	for (const w of new Set(a.words.filter((x) => x.content && x.lemma !== except).map((x) => x.lemma))) {
		if (b.words.some((x) => x.content && x.lemma === w)) n++;
	}
	return n;
}

/** what two number mentions are compared by: the value with its qualifier */
const formatNumber = (m: NumberMention) => `${m.qualifier ? `${m.qualifier} ` : ''}${m.value.toLocaleString('en-GB')} ${m.counted}`;

/**
 * The same thing counted differently: numbers of the same noun whose ranges cannot both be right
 * ("over one billion citizens" / "nearly a billion citizens"), in sentences that report the same thing
 * or share at least two other content words.
 */
function numberDivergences(numbers: NumberMention[], context: Context): Omit<Divergence, 'id'>[] {
	const byUnit = new Map<string, NumberMention[]>();
	for (const m of numbers) {
		const list = byUnit.get(m.counted) ?? [];
		list.push(m);
		byUnit.set(m.counted, list);
	}
	const out: Omit<Divergence, 'id'>[] = [];
	for (const [unit, list] of byUnit) {
		const conflicting = new Set<NumberMention>();
		let group: number | null = null;
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const [a, b] = [list[i], list[j]];
				// two numbers in one sentence are two things ("32 nations, 1 billion citizens")
				if (a.unit === b.unit) continue;
				const disjoint = a.high < b.low || b.high < a.low;
				const ratio = Math.max(a.value, b.value) / Math.max(1e-9, Math.min(a.value, b.value));
				if (!disjoint || ratio > 3) continue;
				const grouped = sameGroup(a.unit, b.unit, context);
				if (!grouped && sharedContent(context.units[a.unit], context.units[b.unit], unit) < 2) continue;
				if (grouped) group = context.groupOf.get(a.unit)!;
				conflicting.add(a).add(b);
			}
		}
		if (conflicting.size === 0) continue;
		const mentions = firstPerArticleAndValue([...conflicting], formatNumber, context.units).map((m) => mention(m, m.text, context.units));
		out.push(divergence('number', `the number of ${unit}${unit.endsWith('s') ? '' : 's'}`, 'the same thing counted with numbers that cannot both be right', mentions, group));
	}
	return out;
}

/**
 * One event dated differently: dates written next to the same kind of event ("speaking … on
 * Sunday" / "the interview … took place on October 18th") in different articles. A kind of event
 * with many different dates is many events, not a disagreement, so it is left out.
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
	const out: Omit<Divergence, 'id'>[] = [];
	for (const [event, list] of byEvent) {
		const values = new Set(list.map((m) => m.value));
		const articles = new Set(list.map((m) => context.units[m.unit].ref.article));
		if (values.size < 2 || values.size > 3 || articles.size < 2) continue;
		const mentions = firstPerArticleAndValue(list, (m) => m.value, context.units).map((m) => mention(m, m.text, context.units));
		out.push(divergence('date', `the date of ${event}`, `dates written next to ${event} in different articles`, mentions, null));
	}
	return out;
}

const capitalise = (s: string) => s.replace(/^\p{L}/u, (c) => c.toUpperCase());
