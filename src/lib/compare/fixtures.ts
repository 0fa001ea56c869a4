import type { AlignedGroup, Divergence, GroupMember, SentenceRef, StoryAlignment } from '$lib/analysis/compare/types';

/**
 * A small hand-made story comparison for unit tests: three articles, offsets consistent with the
 * texts below, so every span can be checked by slicing.
 */
export const TEXTS = [
	'NATO is studying everything, the admiral said. Cavallaro spoke on Monday.',
	'Officials are studying everything, Russia warned. Cavo Dragone spoke on Tuesday.',
	'Nothing else happened here at all.'
];

/** A sentence of TEXTS[article], found by its text. */
export function ref(article: number, sentence: number, text: string): SentenceRef {
	const start = TEXTS[article].indexOf(text);
	if (start < 0) throw new Error(`"${text}" is not in article ${article}`);
	return { article, sentence, start, end: start + text.length, text };
}

function span(article: number, text: string, from = 0) {
	const start = TEXTS[article].indexOf(text, from);
	if (start < 0) throw new Error(`"${text}" is not in article ${article}`);
	return { text, start, end: start + text.length };
}

function member(r: SentenceRef, similarity: number, differences: string[], cue: string | null): GroupMember {
	return {
		...r,
		lastSentence: r.sentence,
		similarity,
		differences: differences.map((d) => span(r.article, d, r.start)),
		statement: cue ? { side: cue === 'warned' ? 'russia' : 'nato', kind: 'reported', speaker: null, resolvedSpeaker: null, cue, cueLemma: cue === 'said' ? 'say' : 'warn' } : null,
		hedges: [],
		boosters: []
	};
}

const group: AlignedGroup = {
	id: 0,
	label: 'studying everything',
	reference: 0,
	members: [
		member(ref(0, 0, 'NATO is studying everything, the admiral said.'), 1, [], 'said'),
		member(ref(1, 0, 'Officials are studying everything, Russia warned.'), 0.62, ['Officials are', 'Russia warned'], 'warned')
	],
	articles: [0, 1],
	missing: [2],
	differences: [{ kind: 'verb', summary: 'attribution verb: said / warned', values: ['said', 'warned'] }]
};

const divergence: Divergence = {
	id: 0,
	kind: 'name',
	about: 'the person who spoke',
	reason: 'same role and the sentences report the same thing',
	mentions: [
		{ ...span(0, 'Cavallaro'), article: 0, sentence: ref(0, 1, 'Cavallaro spoke on Monday.'), value: 'Cavallaro', note: null },
		{ ...span(1, 'Cavo Dragone'), article: 1, sentence: ref(1, 1, 'Cavo Dragone spoke on Tuesday.'), value: 'Cavo Dragone', note: null }
	],
	withinArticle: false,
	group: null
};

export function alignment(): StoryAlignment {
	return {
		articles: [
			{ path: 's/alpha.md', outlet: 'Alpha', words: 12, sentences: 2 },
			{ path: 's/beta.md', outlet: 'Beta', words: 12, sentences: 2 },
			{ path: 's/gamma.md', outlet: null, words: 6, sentences: 1 }
		],
		groups: [group],
		divergences: [divergence],
		passages: [{ a: 0, b: 1, spanA: span(0, 'studying everything'), spanB: span(1, 'studying everything'), words: 2 }],
		overlap: [
			{ article: 0, sharedWords: 2, share: 2 / 12 },
			{ article: 1, sharedWords: 2, share: 2 / 12 },
			{ article: 2, sharedWords: 0, share: 0 }
		],
		omissions: [
			{ article: 0, sides: ['russia'], groups: [] },
			{ article: 1, sides: [], groups: [] },
			{ article: 2, sides: ['russia', 'nato'], groups: [0] }
		],
		similarity: [
			[1, 0.4, 0.05],
			[0.4, 1, 0.1],
			[0.05, 0.1, 1]
		],
		settings: { sentenceSimilarity: 0.5, passageWords: 8 }
	};
}
