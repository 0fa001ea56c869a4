import { describe, expect, it } from 'vitest';
import type { Statement, StatementKind, TextDoc } from '../types';
import { compileActors } from './actors';
import { summarizeVoices } from './voices';

const actors = compileActors({
	version: 't',
	fallback: 'other',
	sides: [
		{ id: 'russia', label: 'Russia', sources: ['Moscow'] },
		{ id: 'nato', label: 'NATO', sources: ['NATO'] },
		{ id: 'other', label: 'Other', sources: [] }
	]
});

// a body from offset 100 to 1100 of a longer file
const doc = { text: ' '.repeat(1200), start: 100, end: 1100, tokens: [], sentences: [], words: 0 } as TextDoc;

function statement(sentenceIndex: number, sentenceStart: number, side: string, kind: StatementKind, quotedWords = 0, content = [sentenceStart, sentenceStart + 10]): Statement {
	const span = (start: number, end: number) => ({ text: doc.text.slice(start, end), start, end });
	return {
		side,
		kind,
		speaker: span(sentenceStart, sentenceStart + 1),
		resolvedSpeaker: null,
		actor: null,
		cue: null,
		content: span(content[0], content[1]),
		sentence: span(sentenceStart, sentenceStart + 50),
		sentenceIndex,
		group: sentenceIndex,
		quotedWords,
		rule: 'test'
	};
}

describe('summarizeVoices', () => {
	it('lists every side of the actors list, silent ones with zeros', () => {
		const v = summarizeVoices([], doc, actors);
		expect(Object.keys(v).sort()).toEqual(['nato', 'other', 'russia']);
		expect(v.russia).toEqual({ statements: 0, share: 0, quotedWords: 0, firstAppearance: null, direct: 0, reported: 0, mixed: 0 });
	});

	it('counts once per (sentence, side) and shares over all pairs', () => {
		const v = summarizeVoices(
			[
				statement(1, 200, 'russia', 'reported'),
				statement(1, 200, 'russia', 'reported', 0, [220, 240]), // a second verb, same sentence: still one
				statement(1, 200, 'nato', 'direct', 5, [250, 260]), // a second side in the sentence counts for it
				statement(2, 600, 'nato', 'direct', 3),
				statement(3, 700, 'nato', 'direct', 4)
			],
			doc,
			actors
		);
		expect(v.russia.statements).toBe(1);
		expect(v.nato.statements).toBe(3);
		expect(v.russia.share).toBeCloseTo(1 / 4);
		expect(v.nato.share).toBeCloseTo(3 / 4);
		expect(v.other.share).toBe(0);
	});

	it('places the first appearance as a fraction of the body', () => {
		const v = summarizeVoices([statement(5, 600, 'russia', 'reported'), statement(2, 350, 'russia', 'reported')], doc, actors);
		expect(v.russia.firstAppearance).toBeCloseTo(0.25);
		expect(v.nato.firstAppearance).toBeNull();
	});

	it('splits direct, reported and mixed per pair; both kinds in one sentence are mixed', () => {
		const v = summarizeVoices(
			[
				statement(1, 200, 'russia', 'direct', 2),
				statement(1, 200, 'russia', 'reported', 0, [230, 240]),
				statement(2, 300, 'russia', 'direct', 4),
				statement(3, 400, 'russia', 'reported'),
				statement(4, 500, 'russia', 'mixed', 1)
			],
			doc,
			actors
		);
		expect(v.russia).toMatchObject({ statements: 4, direct: 1, reported: 1, mixed: 2 });
	});

	it('adds quoted words over separate contents and counts overlapping ones once', () => {
		const v = summarizeVoices(
			[
				statement(1, 200, 'nato', 'direct', 6, [200, 230]),
				statement(1, 200, 'nato', 'direct', 6, [205, 230]), // the same quotation seen from a second verb
				statement(1, 200, 'nato', 'mixed', 2, [235, 249]),
				statement(2, 300, 'nato', 'direct', 3)
			],
			doc,
			actors
		);
		expect(v.nato.quotedWords).toBe(11);
	});

	it('keeps a side that is not in the actors list', () => {
		const v = summarizeVoices([statement(1, 200, 'martians', 'reported')], doc, actors);
		expect(v.martians.statements).toBe(1);
		expect(v.martians.share).toBe(1);
	});
});
