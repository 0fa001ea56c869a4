import type { Span } from '../analysis/types';

/** A piece of a sentence, marked or not: what a highlighted sentence is drawn from. */
export interface Segment {
	text: string;
	marked: boolean;
}

/**
 * Cuts a sentence into plain and marked pieces. `start` is the sentence's offset in the article
 * file and `spans` are file offsets, as in the reports: each is taken relative to the sentence,
 * clipped to it, and overlapping or touching spans merge. Joining the pieces gives the sentence back.
 */
export function markedSegments(text: string, start: number, spans: readonly Pick<Span, 'start' | 'end'>[]): Segment[] {
	const ranges = spans
		.map((s) => [Math.max(0, s.start - start), Math.min(text.length, s.end - start)] as const)
		.filter(([a, b]) => b > a)
		.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
	const merged: [number, number][] = [];
	for (const [a, b] of ranges) {
		const last = merged[merged.length - 1];
		if (last && a <= last[1]) last[1] = Math.max(last[1], b);
		else merged.push([a, b]);
	}
	const out: Segment[] = [];
	let at = 0;
	for (const [a, b] of merged) {
		if (a > at) out.push({ text: text.slice(at, a), marked: false });
		out.push({ text: text.slice(a, b), marked: true });
		at = b;
	}
	if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
	return out;
}
