import type { ChartConfiguration } from 'chart.js';
import { MATRIX_MAX, matrixHeight, nearestChart, nearestHeight, offDiagonalMax, similarityMatrixChart } from '../charts/similarity-chart';
import type { Nearest } from './nearest';

/** The compare page's chart, for the screen and the exports alike. */
export interface SimilarityFigure {
	id: 'similarity';
	title: string;
	caption: string;
	/** for export captions, as the dashboard figures have */
	counted: string;
	normalisation: string;
	/** matrix: every pair; nearest: each article's most similar other article */
	form: 'matrix' | 'nearest';
	config: ChartConfiguration;
	height: number;
	label: string;
}

const COUNTED = 'content words (dictionary forms) shared between two whole articles, weighted by how rare each word is in the story (tf-idf), compared by cosine';

export function similarityFigure(labels: string[], matrix: number[][] | null, nearest: Nearest[]): SimilarityFigure {
	if (matrix && labels.length <= MATRIX_MAX) {
		const max = offDiagonalMax(matrix);
		return {
			id: 'similarity',
			title: 'How alike the articles are',
			caption: `Each cell compares two articles by the content words they share, weighted by how rare each word is in the story: 0 = nothing in common, 1 = the same words. Darker = more alike; the shading runs from 0 to the most alike pair (${max.toFixed(2)}).`,
			counted: COUNTED,
			normalisation: `cosine similarity, 0 to 1; shading from 0 (white) to the most alike pair (${max.toFixed(2)}, darkest); the diagonal (an article with itself) is grey`,
			form: 'matrix',
			config: similarityMatrixChart(labels, matrix) as unknown as ChartConfiguration,
			height: matrixHeight(labels.length),
			label: `Matrix of similarity between every pair of the ${labels.length} articles; the numbers are in the table below.`
		};
	}
	return {
		id: 'similarity',
		title: 'How alike the articles are: each article’s closest match',
		caption:
			'For each article, its highest similarity to any other article of the story (content words shared, weighted by how rare each word is in the story; 0 = nothing in common, 1 = the same words). Most alike first.',
		counted: COUNTED,
		normalisation: 'cosine similarity, 0 to 1; one bar per article: its most similar other article',
		form: 'nearest',
		config: nearestChart(labels, nearest) as unknown as ChartConfiguration,
		height: nearestHeight(nearest.length),
		label: `Bar chart of each article's similarity to its most similar other article, ${nearest.length} articles, most alike first.`
	};
}
