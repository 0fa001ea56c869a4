import type { ArticleReport } from '../types';
import type { AlignedGroup, Omission } from './types';

/**
 * What each article leaves out that the others carry: sides quoted or reported elsewhere in the
 * story and never here, and aligned groups carried by most of the other articles (and by at least two).
 */
export function findOmissions(reports: ArticleReport[], groups: AlignedGroup[], sides: string[]): Omission[] {
	return reports.map((report, article) => {
		const silent = sides.filter(
			(side) => !(report.voices[side]?.statements > 0) && reports.some((other, k) => k !== article && other.voices[side]?.statements > 0)
		);
		const others = reports.length - 1;
		const need = Math.max(2, Math.floor(others / 2) + 1);
		const missing = groups.filter((g) => g.missing.includes(article) && g.articles.length >= need).map((g) => g.id);
		return { article, sides: silent, groups: missing };
	});
}
