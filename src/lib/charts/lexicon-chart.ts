import type { ChartConfiguration } from 'chart.js';
import { axis, baseOptions, categoryAxis } from './base-options';
import { categoryLabels, fmt, isMany, orderFor, type ChartView } from './chart-view';
import { POLE_COLOURS, POLE_QUOTED_COLOURS } from './palette';

type Pole = 'assertive' | 'cautious';
const POLE_LABEL: Record<Pole, string> = { assertive: 'Assertive', cautious: 'Cautious' };

/**
 * Assertive and cautious terms per 1,000 words, one stacked bar per pole and outlet: the
 * narration part and the quoted part are both divided by ALL the article's words, so the stack
 * adds up to the article's rate. Tooltips give the counts and each voice's own rate.
 */
export function lexiconChart(view: ChartView): ChartConfiguration<'bar'> {
	const order = orderFor(view, (r) => r.assertive.per1000 + r.cautious.per1000);
	const rows = order.map((i) => view.rows[i]);
	const datasets = (['assertive', 'cautious'] as Pole[]).flatMap((pole) =>
		(['narration', 'quoted'] as const).map((voice) => {
			const counts = rows.map((r) => r[pole][voice].count);
			return {
				label: `${POLE_LABEL[pole]}, ${voice === 'narration' ? "outlet's narration" : 'quoted speech'}`,
				stack: pole,
				data: rows.map((r, k) => (r.words > 0 ? (counts[k] * 1000) / r.words : 0)),
				backgroundColor: voice === 'narration' ? POLE_COLOURS[pole] : POLE_QUOTED_COLOURS[pole],
				borderColor: POLE_COLOURS[pole],
				borderWidth: 1,
				notes: rows.map(
					(r, k) =>
						`${counts[k]} of ${r[pole].count} ${pole} terms; ${fmt(r[pole][voice].per1000)} per 1,000 words of ${voice === 'narration' ? 'narration' : 'quoted speech'}; ${r.words} words in the article`
				)
			};
		})
	);
	const horizontal = isMany(view);
	const options = baseOptions<'bar'>(horizontal);
	const value = axis('terms per 1,000 words', { beginAtZero: true, stacked: true });
	const category = categoryAxis({ stacked: true });
	options.scales = horizontal ? { x: { ...value, position: 'top' }, y: category } : { x: category, y: value };
	return { type: 'bar', data: { labels: categoryLabels(view, order), datasets }, options };
}

