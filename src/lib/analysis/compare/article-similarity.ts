import type { SentenceUnit } from './sentence-units';
import { cosine, inverseFrequencies, weightedVector } from './weights';

/** Article x article cosine of content-word tf-idf: how much of their vocabulary two articles share. */
export function articleSimilarity(units: SentenceUnit[], articles: number): number[][] {
	const bags = Array.from({ length: articles }, () => new Map<string, number>());
	for (const u of units) {
		const bag = bags[u.ref.article];
		for (const w of u.words) if (w.content) bag.set(w.lemma, (bag.get(w.lemma) ?? 0) + 1);
	}
	const idf = inverseFrequencies(bags);
	const vectors = bags.map((b) => weightedVector(b, idf));
	const matrix = bags.map(() => new Array<number>(articles).fill(0));
	for (let a = 0; a < articles; a++) {
		matrix[a][a] = 1;
		for (let b = a + 1; b < articles; b++) matrix[a][b] = matrix[b][a] = Math.round(cosine(vectors[a], vectors[b]) * 1000) / 1000;
	}
	return matrix;
}
