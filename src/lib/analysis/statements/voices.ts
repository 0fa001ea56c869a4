import type { SideVoice, Statement, TextDoc } from '../types';
import type { CompiledActors } from './actors';

/**
 * Per side: statements counted once per (sentence, side) — a quotation over three sentences is
 * three, two verbs of one speaker in one sentence are one —, their share of all (sentence, side)
 * pairs, words inside quotation marks, where the side first speaks (0 = top of the body, 1 = end),
 * and the direct / reported / mixed split over the same pairs. Every side of the actors list is
 * present, silent ones with zeros and a null first appearance.
 */
export function summarizeVoices(statements: Statement[], doc: TextDoc, actors: CompiledActors): Record<string, SideVoice> {
	const voices: Record<string, SideVoice> = {};
	const blank = (): SideVoice => ({ statements: 0, share: 0, quotedWords: 0, firstAppearance: null, direct: 0, reported: 0, mixed: 0 });
	for (const side of actors.sides) voices[side] = blank();
	if (!(actors.fallback in voices)) voices[actors.fallback] = blank();

	// one entry per (sentence, side); direct and reported in one sentence make the pair mixed.
	// Quoted words add up over statements whose contents do not overlap (two verbs of one speaker
	// over the same quotation count its words once).
	const pairs = new Map<string, { side: string; kind: Statement['kind']; start: number; spans: { start: number; end: number; words: number }[] }>();
	for (const s of statements) {
		const key = `${s.sentenceIndex}\u0000${s.side}`;
		const pair = pairs.get(key);
		const span = { start: s.content.start, end: s.content.end, words: s.quotedWords };
		if (!pair) pairs.set(key, { side: s.side, kind: s.kind, start: s.sentence.start, spans: [span] });
		else {
			if (pair.kind !== s.kind) pair.kind = 'mixed';
			const same = pair.spans.find((p) => p.start < span.end && span.start < p.end);
			if (same) {
				same.start = Math.min(same.start, span.start);
				same.end = Math.max(same.end, span.end);
				same.words = Math.max(same.words, span.words);
			} else pair.spans.push(span);
		}
	}
	const length = Math.max(1, doc.end - doc.start);
	for (const { side, kind, start, spans } of pairs.values()) {
		const voice = (voices[side] ??= blank());
		voice.statements++;
		for (const sp of spans) voice.quotedWords += sp.words;
		voice[kind]++;
		const at = Math.min(1, Math.max(0, (start - doc.start) / length));
		if (voice.firstAppearance === null || at < voice.firstAppearance) voice.firstAppearance = at;
	}
	const total = pairs.size;
	for (const voice of Object.values(voices)) voice.share = total ? voice.statements / total : 0;
	return voices;
}
