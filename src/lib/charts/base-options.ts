import type { ChartOptions, ChartType, TooltipItem } from 'chart.js';
import { numericTick } from './tick-format';

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
export const INK = '#1f2328';
export const GRID = '#e3e6ea';

/** Extra per-point numbers a tooltip shows beside the plotted value: the counts behind a rate. */
export interface Annotated {
	notes?: string[];
}

/** Shared look: no animation (charts are evidence, and exports must match the screen), readable ticks. */
export function baseOptions<T extends ChartType>(horizontal: boolean): ChartOptions<T> {
	return {
		responsive: true,
		maintainAspectRatio: false,
		animation: false,
		indexAxis: horizontal ? 'y' : 'x',
		font: { family: FONT_FAMILY },
		plugins: {
			legend: { position: 'top', labels: { color: INK, boxWidth: 14, font: { family: FONT_FAMILY, size: 12 } } },
			tooltip: {
				callbacks: {
					// every tooltip ends with the counts behind the plotted value
					afterLabel: (item: TooltipItem<T>) => (item.dataset as Annotated).notes?.[item.dataIndex] ?? ''
				}
			}
		}
	} as ChartOptions<T>;
}

/**
 * A value axis; `extra.ticks` adds to the shared tick look rather than replacing it. A title given as
 * lines stays legible on a phone, where Chart.js would squeeze one long line into the axis's width.
 */
export function axis(title: string | string[], extra: Record<string, unknown> = {}) {
	const { ticks, ...rest } = extra as { ticks?: Record<string, unknown> };
	return {
		title: { display: true, text: title, color: INK, font: { family: FONT_FAMILY, size: 12 } },
		ticks: { color: INK, font: { family: FONT_FAMILY, size: 12 }, callback: numericTick, ...ticks },
		grid: { color: GRID },
		...rest
	};
}

/**
 * An axis of outlets; like axis(), `extra.ticks` adds to the shared tick look. Labels may stand
 * upright: Chart.js tilts them only as far as it must for each to keep clear of the next, but stops
 * at 50° unless told otherwise, and on a phone three-line labels overlapped there.
 */
export function categoryAxis(extra: Record<string, unknown> = {}) {
	const { ticks, ...rest } = extra as { ticks?: Record<string, unknown> };
	return {
		ticks: { color: INK, autoSkip: false, maxRotation: 90, font: { family: FONT_FAMILY, size: 12 }, ...ticks },
		grid: { display: false },
		...rest
	};
}

/** Height a horizontal chart needs so every outlet gets a readable row. */
export function chartHeight(rows: number, horizontal: boolean, perRow = 22): number {
	return horizontal ? Math.max(240, 80 + rows * perRow) : 320;
}
