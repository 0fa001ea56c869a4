import { isWord } from '../text-doc';
import type { Statement, TextDoc } from '../types';

/** Content spans of statements, merged and sorted, with the statement each range came from. */
export interface QuotedRange {
	start: number;
	end: number;
	statement: number;
}

export function quotedRanges(statements: Statement[]): QuotedRange[] {
	const ranges = statements
		.map((s, statement) => ({ start: s.content.start, end: s.content.end, statement }))
		.filter((r) => r.end > r.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	// drop ranges nested in an earlier one: a word is quoted once, for the outermost statement
	const kept: QuotedRange[] = [];
	for (const r of ranges) {
		const last = kept[kept.length - 1];
		if (last && r.start < last.end) {
			if (r.end > last.end) kept.push({ start: last.end, end: r.end, statement: r.statement });
			continue;
		}
		kept.push(r);
	}
	return kept;
}

/** The range holding `offset`, by binary search; null when the offset is narration. */
export function rangeAt(ranges: QuotedRange[], offset: number): QuotedRange | null {
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const r = ranges[mid];
		if (offset < r.start) hi = mid - 1;
		else if (offset >= r.end) lo = mid + 1;
		else return r;
	}
	return null;
}

/** Word tokens of the body that fall inside attributed content. */
export function countQuotedWords(doc: TextDoc, ranges: QuotedRange[]): number {
	let n = 0;
	// tokens and ranges are both in text order: walk them together
	let r = 0;
	for (const token of doc.tokens) {
		while (r < ranges.length && token.start >= ranges[r].end) r++;
		if (r === ranges.length) break;
		if (token.start >= ranges[r].start && isWord(token.type, token.value)) n++;
	}
	return n;
}
