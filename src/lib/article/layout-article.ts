import type { ArticleReport } from '$lib/analysis/types';

/** A run of text that carries the same annotations throughout. */
export interface Segment {
	start: number;
	end: number;
	text: string;
	/** index into report.lexicon.hits */
	hit: number | null;
	/** index into report.lexicon.negated */
	negated: number | null;
	/** index into report.lexicon.ignored: a hit a reader marked as wrong */
	ignored: number | null;
	/** index into report.statements whose content covers this run */
	content: number | null;
	speaker: number | null;
	cue: number | null;
}

/** A sentence of the body (index into report.sentences), or text between sentences (null). */
export interface Piece {
	sentence: number | null;
	segments: Segment[];
}

export type Paragraph = Piece[];

type Kind = 'hit' | 'negated' | 'ignored' | 'content' | 'speaker' | 'cue';
interface Interval {
	start: number;
	end: number;
	kind: Kind;
	index: number;
}

/**
 * Cuts the body into paragraphs (at line breaks), sentences and runs of equally annotated text,
 * so the article view can render every piece of evidence as text, never as HTML.
 * A sweep over sorted boundaries keeps it linear in the number of annotations.
 */
export function layoutArticle(text: string, report: ArticleReport): Paragraph[] {
	const { start: bodyStart, end: bodyEnd } = report.body;
	const intervals: Interval[] = [];
	const add = (start: number, end: number, kind: Kind, index: number) => {
		const s = Math.max(start, bodyStart);
		const e = Math.min(end, bodyEnd);
		if (e > s) intervals.push({ start: s, end: e, kind, index });
	};
	report.lexicon.hits.forEach((h, i) => add(h.start, h.end, 'hit', i));
	report.lexicon.negated.forEach((h, i) => add(h.start, h.end, 'negated', i));
	// reports saved before hits could be marked wrong have no list
	(report.lexicon.ignored ?? []).forEach((h, i) => add(h.start, h.end, 'ignored', i));
	report.statements.forEach((s, i) => {
		add(s.content.start, s.content.end, 'content', i);
		if (s.speaker) add(s.speaker.start, s.speaker.end, 'speaker', i);
		if (s.cue) add(s.cue.start, s.cue.end, 'cue', i);
	});

	const cuts = new Set<number>([bodyStart, bodyEnd]);
	for (const iv of intervals) cuts.add(iv.start).add(iv.end);
	for (const s of report.sentences) cuts.add(s.start).add(s.end);
	for (let i = bodyStart; i < bodyEnd; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 10 || ch === 13) cuts.add(i).add(i + 1);
	}
	const points = [...cuts].filter((p) => p >= bodyStart && p <= bodyEnd).sort((a, b) => a - b);

	const byStart = [...intervals].sort((a, b) => a.start - b.start);
	const active: Interval[] = [];
	let next = 0;
	let sentence = 0;
	const paragraphs: Paragraph[] = [[]];

	for (let k = 0; k + 1 < points.length; k++) {
		const from = points[k];
		const to = points[k + 1];
		while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
		for (let a = active.length - 1; a >= 0; a--) if (active[a].end <= from) active.splice(a, 1);

		const piece = text.slice(from, to);
		if (/^[\r\n]+$/.test(piece)) {
			if (paragraphs[paragraphs.length - 1].length) paragraphs.push([]);
			continue;
		}
		while (sentence < report.sentences.length && report.sentences[sentence].end <= from) sentence++;
		const s = report.sentences[sentence];
		const inSentence = s && s.start <= from && to <= s.end ? sentence : null;

		const pick = (kind: Kind) => {
			// the innermost (latest-starting) annotation of a kind wins
			for (let a = active.length - 1; a >= 0; a--) if (active[a].kind === kind) return active[a].index;
			return null;
		};
		const segment: Segment = {
			start: from,
			end: to,
			text: piece,
			hit: pick('hit'),
			negated: pick('negated'),
			ignored: pick('ignored'),
			content: pick('content'),
			speaker: pick('speaker'),
			cue: pick('cue')
		};
		const paragraph = paragraphs[paragraphs.length - 1];
		const last = paragraph[paragraph.length - 1];
		if (last && last.sentence === inSentence) last.segments.push(segment);
		else paragraph.push({ sentence: inSentence, segments: [segment] });
	}
	return paragraphs.filter((p) => p.length > 0);
}
