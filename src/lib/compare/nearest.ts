/** An article and the other article of the story whose words are most like its own. */
export interface Nearest {
	article: number;
	other: number;
	similarity: number;
}

/**
 * For each article, its most similar other article (ties: the earlier one), most similar pairs
 * first. A story of one article has none.
 */
export function nearestOf(matrix: number[][]): Nearest[] {
	const out: Nearest[] = [];
	matrix.forEach((row, article) => {
		let other = -1;
		row.forEach((v, j) => {
			if (j !== article && (other < 0 || v > row[other])) other = j;
		});
		if (other >= 0) out.push({ article, other, similarity: row[other] });
	});
	return out.sort((a, b) => b.similarity - a.similarity || a.article - b.article);
}
