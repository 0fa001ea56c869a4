import type { Figure } from './figures';

export const APP_NAME = 'Framing dashboard';

/** What a caption needs to know about the export beyond the figure itself. */
export interface ExportContext {
	storyTitle: string;
	/** outlet labels as the chart shows them: names, or "Outlet A" … in teaching mode */
	outlets: string[];
	hideNames: boolean;
	lexiconVersion: string;
	actorsVersion: string;
	/** articles analysed in the story; the chart may show fewer */
	totalArticles: number;
	/** YYYY-MM-DD */
	date: string;
	/** labels of series switched off in the view */
	hiddenSeries?: string[];
}

/** Beyond this many, a caption names the first few outlets and counts the rest. */
const LISTED = 12;

export function outletList(labels: string[]): string {
	if (labels.length <= LISTED) return labels.join(', ');
	return `${labels.slice(0, LISTED - 2).join(', ')} … and ${labels.length - (LISTED - 2)} more`;
}

/**
 * The caption every exported image carries, one statement per line: story, outlets, what is
 * counted, the normalisation, the word-list and actors versions, the article count, the date
 * and the app. An image pasted into a slide still says where its numbers come from.
 */
export function captionLines(figure: Pick<Figure, 'counted' | 'normalisation'>, ctx: ExportContext): string[] {
	const n = ctx.outlets.length;
	const articles = n === ctx.totalArticles ? `${n} ${n === 1 ? 'article' : 'articles'}` : `${n} of ${ctx.totalArticles} articles`;
	return [
		`Story: ${ctx.storyTitle}`,
		`Outlets: ${outletList(ctx.outlets)}${ctx.hideNames ? ' (names hidden: teaching mode)' : ''}`,
		`Counted: ${figure.counted}`,
		`Normalisation: ${figure.normalisation}`,
		...(ctx.hiddenSeries?.length ? [`Not shown (switched off): ${ctx.hiddenSeries.join(', ')}`] : []),
		`Word lists ${ctx.lexiconVersion} · actors ${ctx.actorsVersion} · ${articles} · exported ${ctx.date} · ${APP_NAME}`
	];
}
