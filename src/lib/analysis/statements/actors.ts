import type { ActorsData } from '../types';

/** An actors list made ready for matching speaker spans against its sources. */
export interface CompiledActors {
	version: string;
	fallback: string;
	/** side ids in the order of the actors list */
	sides: string[];
	/** side id -> label as the actors list writes it ("Russia") */
	labels: Record<string, string>;
	/** lower-cased source -> side and the source as written in the list */
	bySource: Map<string, { side: string; actor: string }>;
	/** the same, by the exact spelling, so that the entry reported is the one that matched */
	byExact: Map<string, { side: string; actor: string }>;
	/** case-insensitive matcher for ordinary sources */
	anyCase: RegExp | null;
	/** case-sensitive matcher for sources written in capitals (US, EU, RT, SHAPE) */
	capitals: RegExp | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// sources are literal names, so a boundary is "no letter or digit on either side"
const wrap = (alternatives: string[], flags: string) =>
	alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags) : null;
/**
 * Acronyms in capitals are matched in capitals only: "US" is the United States, "us" is a
 * pronoun; "SHAPE" is NATO's headquarters, "shape" a noun.
 */
const isCapitalAcronym = (s: string) => s.length <= 6 && /^[\p{Lu}.]+$/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);

export function compileActors(data: ActorsData): CompiledActors {
	const bySource = new Map<string, { side: string; actor: string }>();
	const byExact = new Map<string, { side: string; actor: string }>();
	const anyCase: string[] = [];
	const capitals: string[] = [];
	for (const side of data.sides) {
		for (const raw of side.sources) {
			const source = raw.trim().replace(/\s+/g, ' ');
			if (!source) continue;
			const key = source.toLowerCase();
			// the first side that lists a source owns it
			if (!bySource.has(key)) bySource.set(key, { side: side.id, actor: source });
			else if (bySource.get(key)!.side !== side.id) continue;
			if (!byExact.has(source)) byExact.set(source, { side: side.id, actor: source });
			const list = isCapitalAcronym(source) ? capitals : anyCase;
			if (!list.includes(source)) list.push(source);
		}
	}
	// longest first, so that at one position "Russian Foreign Ministry" beats "Russian"
	const byLength = (a: string, b: string) => b.length - a.length;
	const pattern = (list: string[]) => list.sort(byLength).map((s) => escape(s).replace(/ /g, '\\s+'));
	return {
		version: data.version,
		fallback: data.fallback,
		sides: data.sides.map((s) => s.id),
		labels: Object.fromEntries(data.sides.map((s) => [s.id, s.label])),
		bySource,
		byExact,
		anyCase: wrap(pattern(anyCase), 'giu'),
		capitals: wrap(pattern(capitals), 'gu')
	};
}

function firstMatch(re: RegExp | null, text: string): RegExpExecArray | null {
	if (!re) return null;
	re.lastIndex = 0;
	return re.exec(text);
}

/**
 * The side of a speaker: the source of the actors list found earliest in the speaker's words
 * ("Denis Gonchar, Russia's ambassador to Belgium" is Russia's, not Belgium's); at the same
 * position the longest source wins. No match: the fallback side, with no actor.
 */
export function sideOf(speaker: string, actors: CompiledActors): { side: string; actor: string | null } {
	const a = firstMatch(actors.anyCase, speaker);
	const b = firstMatch(actors.capitals, speaker);
	let m = a;
	if (b && (!m || b.index < m.index || (b.index === m.index && b[0].length > m[0].length))) m = b;
	if (!m) return { side: actors.fallback, actor: null };
	const matched = m[0].replace(/\s+/g, ' ');
	const hit = actors.byExact.get(matched) ?? actors.bySource.get(matched.toLowerCase());
	if (!hit) return { side: actors.fallback, actor: null };
	return { side: hit.side, actor: hit.actor };
}
