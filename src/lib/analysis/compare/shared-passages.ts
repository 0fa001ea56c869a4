import type { ArticleOverlap, SharedPassage } from './types';

/** An article's words in reading order, with their offsets: what copied text is looked for in. */
export interface ArticleWords {
	text: string;
	keys: string[];
	starts: number[];
	ends: number[];
}

/**
 * Passages copied or lightly rewritten between articles: runs of `size` words in a row found in
 * both (shingles), joined across small edits (up to `gap` words changed on either side), so a
 * rewritten wire story still shows as one passage.
 */
export function findSharedPassages(articles: ArticleWords[], size: number, gap = 3): { passages: SharedPassage[]; overlap: ArticleOverlap[] } {
	// every article's shingles once; the positions of each shingle in an article, when first needed
	const shingles = articles.map((a) => Array.from({ length: Math.max(0, a.keys.length - size + 1) }, (_, p) => a.keys.slice(p, p + size).join(' ')));
	const firstPositions: (Map<string, number> | null)[] = articles.map(() => null);
	const positionIn = (article: number, shingle: string) => {
		let where = firstPositions[article];
		if (!where) {
			where = new Map();
			shingles[article].forEach((k, p) => where!.has(k) || where!.set(k, p));
			firstPositions[article] = where;
		}
		return where.get(shingle)!;
	};
	const index = new Map<string, number[]>();
	shingles.forEach((list, i) => {
		for (const k of new Set(list)) {
			const holders = index.get(k);
			if (holders) holders.push(i);
			else index.set(k, [i]);
		}
	});

	const passages: SharedPassage[] = [];
	const covered = articles.map((a) => new Uint8Array(a.keys.length));
	for (let a = 0; a < articles.length; a++) {
		// positions in a whose shingle also occurs in b, per b
		const hits = new Map<number, number[]>();
		const A = articles[a];
		shingles[a].forEach((k, p) => {
			const list = index.get(k)!;
			if (list.length < 2) return;
			for (const b of list) {
				if (b === a) continue;
				let positions = hits.get(b);
				if (!positions) hits.set(b, (positions = []));
				positions.push(p);
			}
		});
		for (const [b, positions] of hits) {
			const B = articles[b];
			for (const [from, to] of runs(positions, size, gap)) {
				for (let k = from; k < to; k++) covered[a][k] = 1;
				// the matching stretch of b: from its first to its last matching shingle
				const firstB = positionIn(b, shingles[a][from]);
				const lastB = positionIn(b, shingles[a][to - size]);
				const bFrom = Math.min(firstB, lastB);
				const bTo = Math.max(firstB, lastB) + size;
				for (let k = bFrom; k < bTo; k++) covered[b][k] = 1;
				if (a < b)
					passages.push({
						a,
						b,
						spanA: span(A, from, to),
						spanB: span(B, bFrom, bTo),
						words: to - from
					});
			}
		}
	}
	passages.sort((x, y) => x.a - y.a || x.b - y.b || x.spanA.start - y.spanA.start);
	const overlap = articles.map((a, article) => {
		const sharedWords = covered[article].reduce((n, c) => n + c, 0);
		return { article, sharedWords, share: a.keys.length ? sharedWords / a.keys.length : 0 };
	});
	return { passages, overlap };
}

/** Word ranges [from, to) covered by shingles starting at `positions`, joined across gaps of up to `gap` words. */
function runs(positions: number[], size: number, gap: number): [number, number][] {
	const out: [number, number][] = [];
	for (const p of positions) {
		const last = out[out.length - 1];
		if (last && p <= last[1] + gap) last[1] = Math.max(last[1], p + size);
		else out.push([p, p + size]);
	}
	return out;
}

function span(a: ArticleWords, from: number, to: number) {
	const start = a.starts[from];
	const end = a.ends[to - 1];
	return { text: a.text.slice(start, end), start, end };
}
