/**
 * The dashboard's charts, drawn before the page hydrates. Hydrating the whole dashboard takes
 * longer than drawing its charts, and the charts do not need it: as soon as Chart.js has loaded,
 * drawEarly() reads the chart inputs the server wrote into the page (chart-inputs.ts), builds the
 * configurations with the same pure functions the dashboard uses, and draws them into the
 * server-rendered canvases. When ChartCanvas hydrates it adopts its chart instead of drawing it again.
 */
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart-js';
import { screenCharts, type ChartInputs } from './chart-inputs';
import { CHART_INPUTS_ATTR } from './chart-inputs-id';
import { drawChart } from './draw-chart';

interface EarlyChart {
	chart: Chart;
	/** the data it was drawn with, as JSON, to check against what the hydrated page wants */
	data: string;
}

const early = new WeakMap<HTMLCanvasElement, EarlyChart>();

export function drawEarly(doc: Document = document): void {
	const json = doc.querySelector(`[${CHART_INPUTS_ATTR}]`)?.getAttribute(CHART_INPUTS_ATTR);
	if (!json) return;
	const inputs = JSON.parse(json) as ChartInputs;
	const jobs = screenCharts(inputs).flatMap((c) => {
		const canvas = doc.querySelector<HTMLCanvasElement>(`canvas[data-kind="${c.kind}"]`);
		// a canvas that already has a chart was hydrated first
		return canvas && !early.has(canvas) && !Chart.getChart(canvas) ? [{ ...c, canvas }] : [];
	});
	// every box is measured before any chart is drawn: one layout for the page
	const sizes = jobs.map(({ canvas }) => ({ width: canvas.parentElement!.clientWidth, height: canvas.parentElement!.clientHeight }));
	jobs.forEach((job, i) => {
		// taken before drawing: Chart.js adds to the data it is given (`labels: []` for scatter charts)
		const data = JSON.stringify(job.config.data);
		const chart = drawChart(job.canvas, job.config, sizes[i], job.label);
		job.canvas.parentElement!.dataset.drawn = 'true';
		early.set(job.canvas, { chart, data });
	});
}

/**
 * The chart drawn early into this canvas, if it shows exactly `data` (plain objects); otherwise
 * null, and any early chart there is destroyed so the caller draws afresh.
 */
export function adoptEarlyChart(canvas: HTMLCanvasElement, data: ChartConfiguration['data']): Chart | null {
	const found = early.get(canvas);
	if (!found) return null;
	early.delete(canvas);
	if (found.data === JSON.stringify(data)) return found.chart;
	found.chart.destroy();
	return null;
}
