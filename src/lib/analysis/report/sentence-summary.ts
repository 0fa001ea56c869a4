import type { LexiconHit, SentenceSummary, Statement, TextDoc } from '../types';

/** One row per body sentence: what the framing strip colours and links to. */
export function summarizeSentences(doc: TextDoc, hits: LexiconHit[], statements: Statement[]): SentenceSummary[] {
	const rows: SentenceSummary[] = doc.sentences.map((s) => ({
		start: s.start,
		end: s.end,
		paragraph: s.paragraph,
		assertive: 0,
		cautious: 0,
		sides: []
	}));
	for (const hit of hits) {
		const row = rows[hit.sentence];
		if (row) row[hit.category]++;
	}
	for (const statement of statements) {
		const row = rows[statement.sentenceIndex];
		if (row && !row.sides.includes(statement.side)) row.sides.push(statement.side);
	}
	return rows;
}
