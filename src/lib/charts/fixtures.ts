import type { ComparisonRow, StoryComparison } from '$lib/analysis/report/compare-articles';
import type { PoleCounts, SideVoice } from '$lib/analysis/types';

/** Small hand-made comparisons for chart tests: numbers chosen so each can be checked by eye. */
export function pole(narration: number, quoted: number, words: number, quotedWords = 100): PoleCounts {
	const count = narration + quoted;
	return {
		count,
		per1000: (count * 1000) / words,
		narration: { count: narration, per1000: (narration * 1000) / (words - quotedWords) },
		quoted: { count: quoted, per1000: quotedWords ? (quoted * 1000) / quotedWords : 0 },
		bySubcategory: {}
	};
}

export function voice(statements: number, total: number, firstAppearance: number | null = null, direct = 0): SideVoice {
	return { statements, share: total ? statements / total : 0, quotedWords: 0, firstAppearance, direct, reported: statements - direct, mixed: 0 };
}

export function row(path: string, outlet: string | null, options: Partial<ComparisonRow> = {}): ComparisonRow {
	return {
		path,
		outlet,
		words: 500,
		assertive: pole(4, 1, 500),
		cautious: pole(2, 0, 500),
		index: 3 / 7,
		statements: 4,
		sides: { russia: voice(1, 4, 0.5), nato: voice(3, 4, 0.1, 2) },
		headline: { text: `${outlet} headline`, valence: -0.2, alarm: 0.4, question: false, inferred: false },
		valenceGap: 0.1,
		alarmGap: 0.2,
		...options
	};
}

export function comparison(rows: ComparisonRow[]): StoryComparison {
	return {
		articles: rows.length,
		words: rows.reduce((n, r) => n + r.words, 0),
		sides: [
			{ id: 'russia', label: 'Russia' },
			{ id: 'nato', label: 'NATO' }
		],
		rows,
		pooled: { assertivePer1000: 0, cautiousPer1000: 0, index: 0, sides: {} }
	};
}
