import type { ChartConfiguration } from 'chart.js';
import { axis, baseOptions, categoryAxis } from './base-options';
import { fmt, isMany, orderFor, wrapLabel, type ChartView } from './chart-view';

export const VALENCE_COLOUR = '#332288';
export const ALARM_COLOUR = '#CC6677';

/** Label of a headline bar, with the flags a reader must not miss. */
export function headlineLabel(label: string | string[], row: ChartView['rows'][number]): string | string[] {
	const flags = [row.headline.question ? 'question' : '', row.headline.inferred ? 'inferred headline' : ''].filter(Boolean);
	return flags.length ? [...[label].flat(), `(${flags.join(', ')})`] : label;
}

/** Headline valence [-1, 1] and alarm [0, 1] side by side on one shared scale. */
export function toneChart(view: ChartView): ChartConfiguration<'bar'> {
	const order = orderFor(view, (r) => r.headline.alarm);
	const rows = order.map((i) => view.rows[i]);
	const notes = rows.map(
		(r) =>
			`"${r.headline.text}"${r.headline.question ? ' (a question)' : ''}${r.headline.inferred ? ' (inferred from the first sentence)' : ''}; body valence ${fmt(r.headline.valence - r.valenceGap, 2)}, body alarm ${fmt(r.headline.alarm - r.alarmGap, 2)}`
	);
	const datasets = [
		{ label: 'Valence (−1 negative … +1 positive)', data: rows.map((r) => r.headline.valence), backgroundColor: VALENCE_COLOUR, notes },
		{ label: 'Alarm (0 calm … 1 alarmed)', data: rows.map((r) => r.headline.alarm), backgroundColor: ALARM_COLOUR, notes }
	];
	const horizontal = isMany(view);
	const options = baseOptions<'bar'>(horizontal);
	const value = axis('score', { min: -1, max: 1 });
	const category = categoryAxis();
	options.scales = horizontal ? { x: { ...value, position: 'top' }, y: category } : { x: category, y: value };
	return {
		type: 'bar',
		data: { labels: order.map((i) => headlineLabel(horizontal ? view.labels[i] : wrapLabel(view.labels[i]), view.rows[i])), datasets },
		options
	};
}
