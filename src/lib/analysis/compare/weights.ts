/** Sparse tf-idf vectors and their cosine: how much two texts share, with rare words counting most. */

export type Vector = Map<string, number>;

/** Inverse document frequency over bags of lemmas: ln(1 + N / df), so a word in every bag still counts a little. */
export function inverseFrequencies(bags: Iterable<Map<string, number>>): Map<string, number> {
	const df = new Map<string, number>();
	let n = 0;
	for (const bag of bags) {
		n++;
		for (const lemma of bag.keys()) df.set(lemma, (df.get(lemma) ?? 0) + 1);
	}
	const idf = new Map<string, number>();
	for (const [lemma, count] of df) idf.set(lemma, Math.log(1 + n / count));
	return idf;
}

/** Unit-length tf-idf vector of a bag; sub-linear term frequency so a repeated word does not dominate. */
export function weightedVector(bag: Map<string, number>, idf: Map<string, number>): Vector {
	const vector: Vector = new Map();
	let norm = 0;
	for (const [lemma, tf] of bag) {
		const w = (1 + Math.log(tf)) * (idf.get(lemma) ?? 0);
		if (w <= 0) continue;
		vector.set(lemma, w);
		norm += w * w;
	}
	norm = Math.sqrt(norm);
	if (norm > 0) for (const [lemma, w] of vector) vector.set(lemma, w / norm);
	return vector;
}

export function cosine(a: Vector, b: Vector): number {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let dot = 0;
	for (const [lemma, w] of small) {
		const v = large.get(lemma);
		if (v !== undefined) dot += w * v;
	}
	return Math.min(1, dot);
}
