import type { SentenceUnit } from './sentence-units';
import { cosine, inverseFrequencies, weightedVector, type Vector } from './weights';

export interface SentenceGroup {
	/** indexes into the flat unit list in article and sentence order; an article's members are neighbouring sentences */
	members: number[];
	/** pairwise similarity of two units of the story */
	similarity: (a: number, b: number) => number;
}

export interface AlignOptions {
	/** minimum cosine for two sentences to report the same thing */
	threshold: number;
	/** content words two sentences must share besides the similarity */
	minShared: number;
	/** the story's sentence similarity, when the caller already built it */
	similarity?: (a: number, b: number) => number;
}

/**
 * Groups sentences of different articles that report the same thing. Candidate pairs come from an
 * inverted index over content lemmas (only pairs that share a reasonably rare word are scored, so a
 * story of 200 articles stays fast); each pair is scored by tf-idf cosine; pairs above the threshold are
 * joined strongest first, never putting two unrelated sentences of one article in a group, and a group only
 * absorbs another when their members are on average similar too, so chains of loosely related
 * sentences do not snowball.
 */
export function alignSentences(units: SentenceUnit[], options: AlignOptions): SentenceGroup[] {
	const similarity = options.similarity ?? sentenceSimilarity(units);

	// lemmas in more than this many sentences are too common to propose pairs (they still count in the score)
	const maxPostings = Math.max(60, Math.ceil(units.length * 0.02));
	const postings = new Map<string, number[]>();
	// content word -> whether it is used other than as a name, per sentence, for `sharedLemmas`
	const contents = units.map(contentWords);
	units.forEach((u, i) => {
		if (isHeading(u)) return;
		for (const lemma of contents[i].keys()) {
			let list = postings.get(lemma);
			if (!list) postings.set(lemma, (list = []));
			list.push(i);
		}
	});

	const edges: [number, number, number][] = [];
	// shared-word counts per later sentence, in a typed array reset after each sentence: a Map here
	// costs a 200-article story seconds
	const counts = new Uint16Array(units.length);
	const touched: number[] = [];
	const article = units.map((u) => u.ref.article);
	for (let i = 0; i < units.length; i++) {
		if (isHeading(units[i])) continue;
		for (const lemma of contents[i].keys()) {
			const list = postings.get(lemma)!;
			if (list.length > maxPostings) continue;
			// postings are in sentence order: start after i
			for (let k = firstAfter(list, i); k < list.length; k++) {
				const j = list[k];
				if (article[j] === article[i]) continue;
				if (counts[j]++ === 0) touched.push(j);
			}
		}
		const shared = touched.map((j) => [j, counts[j]] as const);
		for (const j of touched) counts[j] = 0;
		touched.length = 0;
		for (const [j, count] of shared) {
			if (count < options.minShared) continue;
			const sharedWords = sharedLemmas(contents[i], contents[j]);
			if (sharedWords < options.minShared) continue;
			const score = similarity(i, j);
			// a weak match needs more words in common: two generic words ("support", "believe") are chance;
			// and something specific among them: loose words ("importance", "maintain", "strong") are chance too
			if (score < options.threshold * 1.2 && (sharedWords < options.minShared + 1 || !sharesAnchor(units[i], units[j]))) continue;
			// a short sentence ("Ethical and legal limits") shares a large part of itself by chance
			const short = Math.min(units[i].contentWords, units[j].contentWords) < 4;
			if (score >= (short ? Math.max(options.threshold, 0.5) : options.threshold)) edges.push([i, j, score]);
		}
	}
	edges.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);

	const groupOf = units.map((_, i) => i);
	const members = new Map<number, number[]>(units.map((_, i) => [i, [i]]));
	const find = (i: number): number => (groupOf[i] === i ? i : (groupOf[i] = find(groupOf[i])));
	for (const [i, j] of edges) {
		const gi = find(i);
		const gj = find(j);
		if (gi === gj) continue;
		const a = members.get(gi)!;
		const b = members.get(gj)!;
		const joined = joinable(a, b, units);
		if (joined === 'no') continue;
		// one outlet's sentence may match a run of another's (a quote split in three): a strong link suffices
		if (joined === 'disjoint' && a.length + b.length > 2 && meanSimilarity(a, b, similarity) < options.threshold * 0.75) continue;
		groupOf[gj] = gi;
		members.set(gi, [...a, ...b]);
		members.delete(gj);
	}

	const groups: SentenceGroup[] = [];
	for (const list of members.values()) {
		if (list.length < 2) continue;
		list.sort((x, y) => units[x].ref.article - units[y].ref.article || units[x].ref.sentence - units[y].ref.sentence);
		if (new Set(list.map((k) => units[k].ref.article)).size < 2) continue;
		groups.push({ members: list, similarity });
	}
	// in reading order of the first article that carries each group
	groups.sort((x, y) => x.members[0] - y.members[0]);
	return groups;
}

/**
 * How alike two sentences of the story are, 0..1: tf-idf cosine of their content words, or, for a
 * sentence that quotes in one breath what another split into several, how much of the shorter one
 * the longer contains (when they share a rare phrase).
 */
export function sentenceSimilarity(units: SentenceUnit[]): (a: number, b: number) => number {
	const idf = inverseFrequencies(units.map((u) => u.lemmas));
	// cosine on single words: word pairs would thin out the overlap of paraphrases, which share words but not pairs
	const vectors: Vector[] = units.map((u) => weightedVector(singleWords(u.lemmas), idf));
	// a phrase is rare when it appears about once per article at most
	const articles = new Set(units.map((u) => u.ref.article)).size;
	const rare = Math.log(1 + units.length / Math.max(2, articles));
	return (a, b) => {
		const c = cosine(vectors[a], vectors[b]);
		// containment is weighted 0.8, so it cannot beat a cosine that high
		return c >= 0.8 ? c : Math.max(c, containment(units[a], units[b], idf, rare) * 0.8);
	};
}

/**
 * Two groups can join when no article is in both, or when each article in both contributes
 * nearby sentences (an outlet that split into three sentences what another said in one).
 */
function joinable(a: number[], b: number[], units: SentenceUnit[]): 'disjoint' | 'adjacent' | 'no' {
	const byArticle = new Map<number, number[]>();
	for (const k of a) {
		const list = byArticle.get(units[k].ref.article) ?? [];
		list.push(units[k].ref.sentence);
		byArticle.set(units[k].ref.article, list);
	}
	let result: 'disjoint' | 'adjacent' = 'disjoint';
	for (const k of b) {
		const taken = byArticle.get(units[k].ref.article);
		if (!taken) continue;
		const s = units[k].ref.sentence;
		if (!taken.some((t) => Math.abs(t - s) <= NEAR)) return 'no';
		result = 'adjacent';
	}
	return result;
}

/** Index of the first entry of a sorted list greater than `value`. */
function firstAfter(list: number[], value: number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid] <= value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Sentences of one article this close can stand together in a group, as one passage. */
const NEAR = 2;

/**
 * The share of the shorter sentence's weight found in the longer one, when they share a rare phrase
 * (a quotation, a name with its title): a bare "He said." or a heading is contained everywhere.
 */
function containment(a: SentenceUnit, b: SentenceUnit, idf: Map<string, number>, rare: number): number {
	const [short, long] = a.lemmas.size <= b.lemmas.size ? [a, b] : [b, a];
	if (long.lemmas.size < short.lemmas.size * 1.5) return 0;
	let total = 0;
	let found = 0;
	let features = 0;
	let phrases = 0;
	for (const lemma of short.lemmas.keys()) {
		const w = idf.get(lemma) ?? 0;
		total += w;
		if (long.lemmas.has(lemma)) {
			found += w;
			features++;
			if (w >= rare && lemma.includes(' ')) phrases++;
		}
	}
	const share = features >= 2 && phrases >= 1 && total > 0 ? found / total : 0;
	return share >= 0.5 ? share : 0;
}

/** A section title ("Pressure from Eastern Europe") names a topic; it does not report anything. */
export function isHeading(unit: SentenceUnit): boolean {
	return unit.words.length <= 8 && !/[.!?…:"'”’»]\s*$/.test(unit.ref.text);
}

function singleWords(bag: Map<string, number>): Map<string, number> {
	const single = new Map<string, number>();
	for (const [lemma, n] of bag) if (!lemma.includes(' ')) single.set(lemma, n);
	return single;
}

/**
 * Content words two sentences share, counted only when at least one of them is not a name: two
 * sentences that both mention "New York" or "Mitt Romney" need not report the same thing.
 */
function sharedLemmas(a: Map<string, boolean>, b: Map<string, boolean>): number {
	let n = 0;
	let common = false;
	for (const [lemma, notName] of a) {
		const other = b.get(lemma);
		if (other === undefined) continue;
		n++;
		if (notName || other) common = true;
	}
	return common ? n : 0;
}

/**
 * Whether two sentences share something specific: a name, a number, or two meaningful words in a
 * row ("purely reactive", "undersea cables"), rather than only loose words.
 */
export function sharesAnchor(a: SentenceUnit, b: SentenceUnit): boolean {
	const anchors = anchorsOf(a);
	for (const key of anchorsOf(b)) if (anchors.has(key)) return true;
	return false;
}

function anchorsOf(unit: SentenceUnit): Set<string> {
	const anchors = new Set<string>();
	const words = unit.words;
	for (let k = 0; k < words.length; k++) {
		const w = words[k];
		if (!w.content) continue;
		if (w.pos === 'PROPN' || w.pos === 'NUM') anchors.add(w.lemma);
		if (k > 0 && words[k - 1].content) anchors.add(`${words[k - 1].lemma} ${w.lemma}`);
	}
	return anchors;
}

function contentWords(unit: SentenceUnit): Map<string, boolean> {
	const words = new Map<string, boolean>();
	for (const w of unit.words) if (w.content) words.set(w.lemma, (words.get(w.lemma) ?? false) || w.pos !== 'PROPN');
	return words;
}

function meanSimilarity(a: number[], b: number[], similarity: (x: number, y: number) => number): number {
	let sum = 0;
	for (const x of a) for (const y of b) sum += similarity(x, y);
	return sum / (a.length * b.length);
}
