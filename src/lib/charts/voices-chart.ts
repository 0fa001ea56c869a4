import type { ChartConfiguration } from 'chart.js';
import { axis, baseOptions, categoryAxis } from './base-options';
import { categoryLabels, isMany, orderFor, pct, type ChartView } from './chart-view';
import { sideColour } from './palette';

/**
 * Statements by side, stacked per outlet. Bars are counts (one statement per sentence and side)
 * so a short article with two statements looks small next to one with twenty; shares are in the
 * tooltips and the table. Many outlets are sorted by the focus side's share.
 */
export function voicesChart(view: ChartView, focus = 'russia'): ChartConfiguration<'bar'> {
	const order = orderFor(view, (r) => (r.sides[focus]?.share ?? 0) * 1000 + r.statements / 1000);
	const rows = order.map((i) => view.rows[i]);
	const datasets = view.sides.map((side) => ({
		label: side.label,
		data: rows.map((r) => r.sides[side.id]?.statements ?? 0),
		backgroundColor: sideColour(side.id, view.sideOrder),
		borderColor: side.id === focus ? '#000000' : '#ffffff',
		borderWidth: side.id === focus ? 1.5 : 0.5,
		notes: rows.map((r) => {
			const v = r.sides[side.id];
			return v ? `${pct(v.share)} of ${r.statements} statements; ${v.direct} direct, ${v.reported} reported, ${v.mixed} mixed` : '';
		})
	}));
	const horizontal = isMany(view);
	const options = baseOptions<'bar'>(horizontal);
	const value = axis('statements', { beginAtZero: true, stacked: true, ticks: { precision: 0 } });
	const category = categoryAxis({ stacked: true });
	options.scales = horizontal ? { x: { ...value, position: 'top' }, y: category } : { x: category, y: value };
	return { type: 'bar', data: { labels: categoryLabels(view, order), datasets }, options };
}
