import type { IgnoredHit, LexiconHit, LexiconReport, NegatedHit, Pole, PoleCounts } from '../types';
import { rangeAt, type QuotedRange } from './quoted-ranges';

type RawHit = Omit<LexiconHit, 'voice' | 'statement'>;

export interface WordCounts {
	words: number;
	quotedWords: number;
}

export function per1000(count: number, words: number): number {
	return words > 0 ? (count * 1000) / words : 0;
}

/** (A - C) / (A + C) in [-1, 1]; 0 when nothing matched, so an empty article is neutral, not undefined. */
export function framingIndex(assertive: number, cautious: number): number {
	const total = assertive + cautious;
	return total === 0 ? 0 : (assertive - cautious) / total;
}

/**
 * Splits hits by voice: a term inside an attributed statement's content is the source's word,
 * not the outlet's, so narration and quoted speech are counted against their own word totals.
 */
export function lexiconReport(
	raw: RawHit[],
	negated: NegatedHit[],
	ranges: QuotedRange[],
	counts: WordCounts,
	/** hits a reader marked as wrong: placed by voice like the others, never counted */
	ignoredRaw: (RawHit & { note: string | null })[] = []
): LexiconReport {
	const place = <H extends RawHit>(hit: H) => {
		const range = rangeAt(ranges, hit.start);
		return { ...hit, voice: range ? ('quoted' as const) : ('narration' as const), statement: range ? range.statement : null };
	};
	const hits: LexiconHit[] = raw.map(place);
	const ignored: IgnoredHit[] = ignoredRaw.map(place);
	const narrationWords = Math.max(0, counts.words - counts.quotedWords);
	const pole = (name: Pole): PoleCounts => {
		const own = hits.filter((h) => h.category === name);
		const quoted = own.filter((h) => h.voice === 'quoted').length;
		const narration = own.length - quoted;
		const bySubcategory: Record<string, number> = {};
		for (const h of own) bySubcategory[h.subcategory] = (bySubcategory[h.subcategory] ?? 0) + 1;
		return {
			count: own.length,
			per1000: per1000(own.length, counts.words),
			narration: { count: narration, per1000: per1000(narration, narrationWords) },
			quoted: { count: quoted, per1000: per1000(quoted, counts.quotedWords) },
			bySubcategory
		};
	};
	const assertive = pole('assertive');
	const cautious = pole('cautious');
	return {
		assertive,
		cautious,
		index: framingIndex(assertive.count, cautious.count),
		narrationIndex: framingIndex(assertive.narration.count, cautious.narration.count),
		hits,
		negated,
		ignored,
		narrationWords,
		quotedWords: counts.quotedWords
	};
}
