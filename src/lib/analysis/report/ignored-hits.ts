import type { HitMark } from '../types';

interface Located {
	start: number;
	end: number;
}

export interface IgnoredSplit<H extends Located> {
	kept: H[];
	ignored: (H & { note: string | null })[];
	/** marks whose offsets no longer hold their text: the article was edited since the mark was made */
	stale: HitMark[];
}

/**
 * Takes the hits a reader marked as wrong out of the counted ones. A mark applies only while the file
 * still holds its text at its offsets, so an edited article never silently drops some other word.
 * Linear in hits + marks.
 */
export function splitIgnored<H extends Located>(hits: H[], marks: readonly HitMark[] | undefined, text: string): IgnoredSplit<H> {
	if (!marks || marks.length === 0) return { kept: hits, ignored: [], stale: [] };
	const live = new Map<string, HitMark>();
	const stale: HitMark[] = [];
	for (const mark of marks) {
		if (text.slice(mark.start, mark.end) === mark.text) live.set(`${mark.start}:${mark.end}`, mark);
		else stale.push(mark);
	}
	const kept: H[] = [];
	const ignored: (H & { note: string | null })[] = [];
	for (const hit of hits) {
		const mark = live.get(`${hit.start}:${hit.end}`);
		if (mark) ignored.push({ ...hit, note: mark.note?.trim() || null });
		else kept.push(hit);
	}
	return { kept, ignored, stale };
}

export function staleMarkWarning(mark: HitMark): string {
	return `A hit marked wrong (“${mark.text}”, characters ${mark.start}–${mark.end}) no longer matches the text of the file, so the mark was not applied; mark the hit again if it is still wrong.`;
}
