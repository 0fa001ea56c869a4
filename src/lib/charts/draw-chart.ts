import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart-js';

export interface Size {
	width: number;
	height: number;
}

/**
 * Chart.js does not size the chart itself (responsive: false): sizes come from one batched
 * measurement at creation (layout-batch.ts) and from a ResizeObserver afterwards, so a page of
 * charts lays out once.
 */
export const sized = (options: ChartConfiguration['options']): NonNullable<ChartConfiguration['options']> => ({ ...options, responsive: false });

/** Draws a chart into a canvas of a measured size; `config` must be plain objects, never Svelte proxies. */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration, size: Size, label: string): Chart {
	canvas.width = size.width;
	canvas.height = size.height;
	const chart = new Chart(canvas, { type: config.type, data: config.data, options: sized(config.options), plugins: config.plugins });
	// a User Timing mark, so page benchmarks can read when each chart was drawn
	performance.mark('chart-drawn', { detail: label });
	return chart;
}
