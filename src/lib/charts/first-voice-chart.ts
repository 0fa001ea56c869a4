import type { ChartConfiguration } from 'chart.js';
import type { ComparisonRow } from '$lib/analysis/report/compare-articles';
import { axis, baseOptions, categoryAxis } from './base-options';
import { isMany, orderFor, pct, type ChartView } from './chart-view';
import { sideColour } from './palette';

function sideLabel(view: ChartView, focus: string): string {
	return view.sides.find((s) => s.id === focus)?.label ?? focus;
}

const isQuoted = (view: ChartView, i: number, focus: string) => view.rows[i].sides[focus]?.firstAppearance != null;

/** Label that says so when the side is never quoted: a missing dot alone is easy to overlook. */
function rowLabel(view: ChartView, i: number, focus: string): string | string[] {
	return isQuoted(view, i, focus) ? view.labels[i] : [view.labels[i], `(${sideLabel(view, focus)} not quoted)`];
}

/**
 * Whether these charts draw a row. A few outlets all stay, silent ones labelled as such; among many,
 * the outlets that never quote the side are left out (the table still lists them): a few hundred
 * empty rows would push the quoted ones apart and the second chart a screen away.
 */
const isDrawn = (view: ChartView, i: number, focus: string) => !isMany(view) || isQuoted(view, i, focus);

function voicedRows(view: ChartView, focus: string, measure: (row: ComparisonRow) => number): number[] {
	return orderFor(view, measure).filter((i) => isDrawn(view, i, focus));
}

/** How many rows the focus-side charts draw, for their heights. */
export const voicedRowCount = (view: ChartView, focus: string) => view.rows.filter((_, i) => isDrawn(view, i, focus)).length;

/** Where the focus side's first statement sits in each article: 0 = first sentence, 1 = last. */
export function firstVoiceChart(view: ChartView, focus = 'russia'): ChartConfiguration<'scatter'> {
	const order = voicedRows(view, focus, (r) => -(r.sides[focus]?.firstAppearance ?? 2));
	const labels = order.map((i) => rowLabel(view, i, focus));
	const points = order.flatMap((i, k) => {
		const at = view.rows[i].sides[focus]?.firstAppearance;
		return at == null ? [] : [{ x: at, y: k }];
	});
	const notes = order.flatMap((i) => {
		const v = view.rows[i].sides[focus];
		return v?.firstAppearance == null ? [] : [`first ${sideLabel(view, focus)} statement ${pct(v.firstAppearance)} of the way down; ${v.statements} in all`];
	});
	const options = baseOptions<'scatter'>(false);
	options.scales = {
		x: axis(['position in the article', '(0 = top, 1 = end)'], { min: 0, max: 1 }),
		y: categoryAxis({
			type: 'linear',
			reverse: true,
			min: -0.5,
			max: Math.max(0.5, order.length - 0.5),
			afterBuildTicks: (scale: { ticks: { value: number }[] }) => {
				scale.ticks = order.map((_, k) => ({ value: k }));
			},
			ticks: { autoSkip: false, callback: (value: number | string) => labels[Number(value)] ?? '' }
		})
	};
	if (options.plugins?.tooltip) options.plugins.tooltip.callbacks = { ...options.plugins.tooltip.callbacks, label: (item) => String(labels[item.parsed.y as number]) };
	return {
		type: 'scatter',
		data: {
			datasets: [
				{
					label: `First ${sideLabel(view, focus)} statement`,
					data: points,
					backgroundColor: sideColour(focus, view.sideOrder),
					borderColor: '#000000',
					borderWidth: 1,
					pointRadius: isMany(view) ? 4 : 7,
					pointStyle: 'circle',
					notes
				} as ChartConfiguration<'scatter'>['data']['datasets'][number]
			]
		},
		options
	};
}

/** How the focus side is voiced: direct quotes, reported speech, or both in one sentence. */
export function voiceKindsChart(view: ChartView, focus = 'russia'): ChartConfiguration<'bar'> {
	const order = voicedRows(view, focus, (r) => r.sides[focus]?.statements ?? 0);
	const kinds = [
		{ key: 'direct', label: 'direct quote', colour: sideColour(focus, view.sideOrder) },
		{ key: 'mixed', label: 'mixed', colour: '#F0A875' },
		{ key: 'reported', label: 'reported speech', colour: '#FBD9C0' }
	] as const;
	const datasets = kinds.map((kind) => ({
		label: `${sideLabel(view, focus)}: ${kind.label}`,
		data: order.map((i) => view.rows[i].sides[focus]?.[kind.key] ?? 0),
		backgroundColor: kind.colour,
		borderColor: sideColour(focus, view.sideOrder),
		borderWidth: 1
	}));
	const horizontal = true;
	const options = baseOptions<'bar'>(horizontal);
	options.scales = {
		x: axis(`${sideLabel(view, focus)} statements`, { beginAtZero: true, stacked: true, ticks: { precision: 0 } }),
		y: categoryAxis({ stacked: true })
	};
	return { type: 'bar', data: { labels: order.map((i) => view.labels[i]), datasets }, options };
}
