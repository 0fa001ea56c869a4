import { teachingLabel } from '../charts/chart-view';
import type { AlignmentArticle } from '../analysis/compare/types';

/** How an article is named on the compare page: its outlet, its file name, or "Outlet A" … in teaching mode. */
export function articleLabel(article: Pick<AlignmentArticle, 'outlet' | 'path'>, index: number, hideNames: boolean): string {
	if (hideNames) return teachingLabel(index);
	return article.outlet ?? article.path.split('/').pop() ?? article.path;
}

export function articleLabels(articles: Pick<AlignmentArticle, 'outlet' | 'path'>[], hideNames: boolean): string[] {
	return articles.map((a, i) => articleLabel(a, i, hideNames));
}

/** "A, B and C" */
export function listText(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
