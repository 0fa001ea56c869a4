import type { Chart, ChartConfiguration, Plugin, TooltipItem } from 'chart.js';
import type { Nearest } from '../compare/nearest';
import { axis, baseOptions, categoryAxis, chartHeight, FONT_FAMILY, INK } from './base-options';
import { wrapLabel } from './chart-view';
import { inkOn } from './palette';

// Relative imports only, like the other chart modules.

/** Up to this many articles the figure is a matrix; beyond, each article's most similar other article as a sorted bar. */
export const MATRIX_MAX = 12;

/** Below this chart width (CSS pixels) the columns are numbered instead of named. */
const NARROW = 600;

/** The cell fill for the article compared with itself: not part of the scale. */
export const DIAGONAL = '#E3E6EA';
const LIGHT = [247, 251, 255];
const DARK = [8, 69, 148];

/** A light-to-dark blue: one hue, so it reads the same with every common colour-vision deficiency and in greyscale. */
export function shade(value: number, max: number): string {
	const t = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
	return '#' + LIGHT.map((c, i) => Math.round(c + (DARK[i] - c) * t).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** The highest similarity between two different articles: the top of the colour scale. */
export function offDiagonalMax(matrix: number[][]): number {
	let max = 0;
	matrix.forEach((row, i) => row.forEach((v, j) => (i !== j && v > max ? (max = v) : 0)));
	return max;
}

export interface MatrixCell {
	x: number;
	y: number;
	v: number;
}

/** Writes each cell's value (two decimals) in the cell, in ink readable on its fill; the diagonal stays empty. */
export const cellValues: Plugin<'matrix'> = {
	id: 'cellValues',
	afterDatasetsDraw(chart: Chart<'matrix'>) {
		const { ctx } = chart;
		chart.data.datasets.forEach((dataset, d) => {
			const meta = chart.getDatasetMeta(d);
			const fills = dataset.backgroundColor as string[];
			meta.data.forEach((element, k) => {
				const cell = dataset.data[k] as MatrixCell;
				if (cell.x === cell.y) return;
				const { x, y, width, height } = element.getProps(['x', 'y', 'width', 'height'], true) as unknown as { x: number; y: number; width: number; height: number };
				// on a phone the cells are narrow: smaller numbers, or none (the table has them all)
				const size = width >= 38 ? 12 : width >= 30 ? 10 : 0;
				if (size === 0 || height < 14) return;
				ctx.save();
				ctx.fillStyle = inkOn(fills[k] ?? '#FFFFFF');
				ctx.font = `${size}px ${FONT_FAMILY}`;
				ctx.textAlign = 'center';
				ctx.textBaseline = 'middle';
				ctx.fillText(cell.v.toFixed(2), x + width / 2, y + height / 2);
				ctx.restore();
			});
		});
	}
};

/**
 * Article × article similarity as a shaded matrix, with the value in each cell. Rows and columns
 * are the articles in story order; the colour scale runs from 0 to the most similar pair, and the
 * diagonal (an article with itself) is grey.
 */
export function similarityMatrixChart(labels: string[], matrix: number[][]): ChartConfiguration<'matrix'> {
	const n = labels.length;
	const max = offDiagonalMax(matrix);
	const cells: MatrixCell[] = [];
	const fills: string[] = [];
	matrix.forEach((row, i) =>
		row.forEach((v, j) => {
			cells.push({ x: j, y: i, v: Math.round(v * 1000) / 1000 });
			fills.push(i === j ? DIAGONAL : shade(v, max));
		})
	);
	const options = baseOptions<'matrix'>(false);
	// linear axes with one tick per article, not category axes: two articles of one outlet share a label
	const scale = (position: 'top' | 'left', wrap: boolean) => ({
		type: 'linear' as const,
		position,
		min: -0.5,
		max: n - 0.5,
		reverse: position === 'left',
		offset: false,
		grid: { display: false },
		border: { display: false },
		afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
			axis.ticks = labels.map((_, i) => ({ value: i }));
		},
		ticks: {
			color: INK,
			autoSkip: false,
			font: { family: FONT_FAMILY, size: 12 },
			// on a narrow chart (a phone) columns are numbered and rows carry the numbers, so no label overlaps another
			callback(this: { chart: { width: number } }, value: number | string) {
				const i = Number(value);
				const label = labels[i] ?? '';
				if (this.chart.width < NARROW) return wrap ? String(i + 1) : `${i + 1}. ${label}`;
				return wrap ? wrapLabel(label, 12) : label;
			}
		}
	});
	options.scales = { x: scale('top', true), y: scale('left', false) } as typeof options.scales;
	options.plugins = {
		...options.plugins,
		legend: { display: false, labels: { filter: () => false } },
		tooltip: {
			callbacks: {
				title: (items: TooltipItem<'matrix'>[]) => {
					const c = items[0]?.raw as MatrixCell | undefined;
					return c ? `${labels[c.y]} and ${labels[c.x]}` : '';
				},
				label: (item: TooltipItem<'matrix'>) => {
					const c = item.raw as MatrixCell;
					return c.x === c.y ? 'the same article' : `similarity ${c.v.toFixed(2)}`;
				}
			}
		}
	};
	// cells fill their slot, one pixel apart: sizes follow the chart area, so they are set in options, not data
	options.datasets = {
		matrix: {
			width: ({ chart }: { chart: Chart }) => (chart.chartArea?.width ?? 0) / n - 1,
			height: ({ chart }: { chart: Chart }) => (chart.chartArea?.height ?? 0) / n - 1
		}
	} as typeof options.datasets;
	return {
		type: 'matrix',
		data: {
			// the article labels, in matrix order: the axes' ticks and the exports read them
			labels,
			datasets: [{ label: 'Similarity', data: cells, backgroundColor: fills, borderColor: '#FFFFFF', borderWidth: 0 }]
		},
		options,
		plugins: [cellValues]
	};
}

/** The matrix's height: rows tall enough for a number in each cell. */
export function matrixHeight(n: number): number {
	return Math.max(260, 90 + n * 44);
}

/**
 * For a story of many articles: each article's highest similarity to any other article, as a
 * horizontal bar, most similar first; the label names the other article.
 */
export function nearestChart(labels: string[], nearest: Nearest[]): ChartConfiguration<'bar'> {
	const options = baseOptions<'bar'>(true);
	options.scales = {
		x: { ...axis('similarity to its most similar other article (0 = no shared content words, 1 = the same)', { min: 0, max: 1 }), position: 'top' },
		y: categoryAxis()
	} as typeof options.scales;
	options.plugins = { ...options.plugins, legend: { display: false } };
	return {
		type: 'bar',
		data: {
			labels: nearest.map((p) => `${labels[p.article]} ~ ${labels[p.other]}`),
			datasets: [
				{
					label: 'Similarity to the most similar other article',
					data: nearest.map((p) => Math.round(p.similarity * 1000) / 1000),
					backgroundColor: '#4477AA',
					borderColor: INK,
					borderWidth: 0,
					notes: nearest.map((p) => `${labels[p.article]} is most like ${labels[p.other]}`)
				} as ChartConfiguration<'bar'>['data']['datasets'][number]
			]
		},
		options
	};
}

export const nearestHeight = (n: number) => chartHeight(n, true);
