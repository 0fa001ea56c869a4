import type { ArticleReport, PoleCounts, SideDef, SideVoice } from '../types';

/** One article's figures, normalised so outlets can be compared, with the counts behind each rate. */
export interface ComparisonRow {
	path: string;
	outlet: string | null;
	words: number;
	assertive: PoleCounts;
	cautious: PoleCounts;
	index: number;
	/** statements counted per (sentence, side) */
	statements: number;
	sides: Record<string, SideVoice>;
	headline: { text: string; valence: number; alarm: number; question: boolean; inferred: boolean };
	valenceGap: number;
	alarmGap: number;
}

export interface StoryComparison {
	articles: number;
	words: number;
	sides: { id: string; label: string }[];
	rows: ComparisonRow[];
	/** the same figures over the whole story: hits and statements pooled, not averages of rates */
	pooled: {
		assertivePer1000: number;
		cautiousPer1000: number;
		index: number;
		sides: Record<string, { statements: number; share: number }>;
	};
}

export function compareArticles(reports: ArticleReport[], sides: SideDef[]): StoryComparison {
	const rows = reports.map((r) => toRow(r, sides));
	const words = rows.reduce((n, r) => n + r.words, 0);
	const a = rows.reduce((n, r) => n + r.assertive.count, 0);
	const c = rows.reduce((n, r) => n + r.cautious.count, 0);
	const statements = rows.reduce((n, r) => n + r.statements, 0);
	const pooledSides: StoryComparison['pooled']['sides'] = {};
	for (const side of sides) {
		const count = rows.reduce((n, r) => n + (r.sides[side.id]?.statements ?? 0), 0);
		pooledSides[side.id] = { statements: count, share: statements ? count / statements : 0 };
	}
	return {
		articles: rows.length,
		words,
		sides: sides.map(({ id, label }) => ({ id, label })),
		rows,
		pooled: {
			assertivePer1000: words ? (a * 1000) / words : 0,
			cautiousPer1000: words ? (c * 1000) / words : 0,
			index: a + c ? (a - c) / (a + c) : 0,
			sides: pooledSides
		}
	};
}

const SILENT: SideVoice = { statements: 0, share: 0, quotedWords: 0, firstAppearance: null, direct: 0, reported: 0, mixed: 0 };

function toRow(r: ArticleReport, sides: SideDef[]): ComparisonRow {
	const rowSides: ComparisonRow['sides'] = {};
	let statements = 0;
	for (const side of sides) {
		rowSides[side.id] = r.voices[side.id] ?? SILENT;
		statements += rowSides[side.id].statements;
	}
	return {
		path: r.path,
		outlet: r.outlet,
		words: r.words,
		assertive: r.lexicon.assertive,
		cautious: r.lexicon.cautious,
		index: r.lexicon.index,
		statements,
		sides: rowSides,
		headline: {
			text: r.headline.text,
			valence: r.headline.valence,
			alarm: r.headline.alarm,
			question: r.headline.question,
			inferred: r.headline.inferred
		},
		valenceGap: r.tone.valenceGap,
		alarmGap: r.tone.alarmGap
	};
}
