import type { ChartConfiguration } from 'chart.js';
import { FONT_FAMILY, GRID, INK } from '../base-options';
import type { Scene, SceneItem } from './scene';
import { estimateWidth, wrapText, type Measure } from './text-metrics';
import { niceTicks, tickLabel } from './ticks';
import { drawMatrix } from './matrix-scene';

export { FONT_FAMILY };
export const MUTED = '#59636e';

/** One chart of a figure, as the scene needs it. */
export interface SceneChart {
	config: ChartConfiguration;
	/** the chart's height on screen: horizontal charts keep its row spacing */
	height: number;
	heading?: string;
}

export interface SceneOptions {
	width?: number;
	measure?: Measure;
	/** false when the page prints the title above the drawing itself */
	title?: boolean;
	/**
	 * Only these categories (rows) of each chart, drawn on the value scale of all of them: a print
	 * page holds forty outlets, and every page of a long chart must share one scale.
	 */
	rows?: { from: number; to: number };
}

/** The categories from..to of a chart model, with the dots renumbered. */
export function sliceModel(model: ChartModel, from: number, to: number): ChartModel {
	return {
		...model,
		categories: model.categories.slice(from, to),
		series: model.series.map((s) => ({
			...s,
			values: s.values.slice(from, to),
			points: s.points.filter((p) => p.y >= from && p.y < to).map((p) => ({ ...p, y: p.y - from }))
		}))
	};
}

interface Series {
	label: string;
	fill: string;
	stroke: string;
	strokeWidth: number;
	hidden: boolean;
	stack: string | undefined;
	values: (number | null)[];
	points: { x: number; y: number }[];
	radius: number;
}

/** A chart config read into what the layout needs: our five chart kinds are bars or a category dot plot. */
export interface ChartModel {
	horizontal: boolean;
	dots: boolean;
	categories: string[][];
	series: Series[];
	stacked: boolean;
	min: number | undefined;
	max: number | undefined;
	integer: boolean;
	valueTitle: string;
}

type ScaleOptions = {
	stacked?: boolean;
	min?: number;
	max?: number;
	title?: { text?: string | string[] };
	ticks?: { precision?: number; callback?: (value: number) => unknown };
};

const lines = (label: unknown): string[] => (Array.isArray(label) ? label.map(String) : [String(label ?? '')]);
const colour = (c: unknown, fallback: string) => (typeof c === 'string' ? c : fallback);

export function chartModel(config: ChartConfiguration): ChartModel {
	const options = (config.options ?? {}) as { indexAxis?: string; scales?: Record<string, ScaleOptions> };
	const scales = options.scales ?? {};
	const dots = config.type === 'scatter';
	const horizontal = dots || options.indexAxis === 'y';
	const value = (horizontal ? scales.x : scales.y) ?? {};
	let categories: string[][];
	if (dots) {
		// the dot plot puts categories on a linear y axis whose tick callback names them
		const y = scales.y ?? {};
		const n = Math.max(0, Math.round((y.max ?? -0.5) + 0.5));
		categories = Array.from({ length: n }, (_, k) => lines(y.ticks?.callback?.(k) ?? k));
	} else categories = (config.data.labels ?? []).map(lines);
	const series: Series[] = config.data.datasets.map((d) => {
		const ds = d as unknown as Record<string, unknown> & { data: unknown[] };
		return {
			label: String(ds.label ?? ''),
			fill: colour(ds.backgroundColor, INK),
			stroke: colour(ds.borderColor, colour(ds.backgroundColor, INK)),
			strokeWidth: typeof ds.borderWidth === 'number' ? ds.borderWidth : 0,
			hidden: ds.hidden === true,
			stack: typeof ds.stack === 'string' ? ds.stack : undefined,
			values: dots ? [] : ds.data.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null)),
			points: dots ? (ds.data as { x: number; y: number }[]) : [],
			radius: typeof ds.pointRadius === 'number' ? ds.pointRadius : 5
		};
	});
	return {
		horizontal,
		dots,
		categories,
		series,
		stacked: value.stacked === true,
		min: value.min,
		max: value.max,
		integer: value.ticks?.precision === 0,
		// a title that takes two lines on a narrow screen is one line in an export
		valueTitle: [value.title?.text ?? ''].flat().join(' ')
	};
}

/** Bars of one category: which group (side-by-side slot) each visible series sits in. */
function groupsOf(model: ChartModel): { groups: string[]; groupOf: (s: Series, i: number) => number } {
	const visible = model.series.map((s, i) => ({ s, i })).filter(({ s }) => !s.hidden);
	const keyOf = (s: Series, i: number) => (model.stacked ? (s.stack ?? '_') : String(i));
	const groups = [...new Set(visible.map(({ s, i }) => keyOf(s, i)))];
	return { groups, groupOf: (s, i) => groups.indexOf(keyOf(s, i)) };
}

/** Value range of the visible data, stacks summed, zero always included (bars start at zero). */
function valueRange(model: ChartModel): { min: number; max: number; ticks: number[] } {
	if (model.min !== undefined && model.max !== undefined) {
		return { min: model.min, max: model.max, ticks: niceTicks(model.min, model.max, { integer: model.integer }).filter((t) => t >= model.min! - 1e-9 && t <= model.max! + 1e-9) };
	}
	let lo = 0;
	let hi = 0;
	const { groupOf } = groupsOf(model);
	const sums = new Map<string, { pos: number; neg: number }>();
	model.series.forEach((s, i) => {
		if (s.hidden) return;
		s.values.forEach((v, c) => {
			if (v === null) return;
			const key = `${c}/${groupOf(s, i)}`;
			const sum = model.stacked ? (sums.get(key) ?? { pos: 0, neg: 0 }) : { pos: 0, neg: 0 };
			if (v >= 0) sum.pos += v;
			else sum.neg += v;
			sums.set(key, sum);
			hi = Math.max(hi, sum.pos);
			lo = Math.min(lo, sum.neg);
		});
	});
	if (model.min !== undefined) lo = model.min;
	if (model.max !== undefined) hi = model.max;
	const ticks = niceTicks(lo, hi > lo ? hi : lo + 1, { integer: model.integer });
	return { min: ticks[0], max: ticks[ticks.length - 1], ticks };
}

const TEXT = 12;
const LINE = 15;

type TextItem = Extract<SceneItem, { type: 'text' }>;

/** One text item for several lines: a label or a caption statement stays one searchable text element. */
function block(x: number, y: number, lines: string[], size: number, lineHeight: number, rest: Partial<TextItem> = {}): TextItem {
	return {
		type: 'text',
		x,
		y,
		text: lines.join(' '),
		...(lines.length > 1 ? { lines, lineHeight } : {}),
		size,
		fill: INK,
		anchor: 'start',
		...rest
	};
}

/**
 * Lays out a figure (a title, one or more charts with legends, the caption lines) as a scene.
 * Reads the same Chart.js configs the screen draws, so the export shows the same numbers, order,
 * colours and switched-off series.
 */
export function figureScene(title: string, charts: SceneChart[], caption: string[], options: SceneOptions = {}): Scene {
	const width = options.width ?? 960;
	const measure = options.measure ?? estimateWidth;
	const pad = 20;
	const items: SceneItem[] = [];
	let y = pad;

	if (options.title !== false) {
		const titleLines = wrapText(title, width - 2 * pad, 20, measure, true);
		items.push(block(pad, y + 22, titleLines, 20, 24, { bold: true }));
		y += 22 + 24 * (titleLines.length - 1) + 8;
	}

	for (const chart of charts) {
		if (chart.heading) {
			y += 14;
			items.push({ type: 'text', x: pad, y, text: chart.heading, size: 15, bold: true, fill: INK, anchor: 'start' });
			y += 4;
		}
		if (chart.config.type === ('matrix' as ChartConfiguration['type'])) {
			y = drawMatrix(items, chart.config, { left: pad, right: width - pad, top: y + 6, measure }) + 10;
			continue;
		}
		const full = chartModel(chart.config);
		const model = options.rows ? sliceModel(full, options.rows.from, options.rows.to) : full;
		y = drawChart(items, model, full, chart.height, { left: pad, right: width - pad, top: y + 6, measure });
		y += 10;
	}

	if (caption.length) {
		y += 6;
		items.push({ type: 'line', x1: pad, y1: y, x2: width - pad, y2: y, stroke: GRID, width: 1 });
		y += 4;
	}
	for (const text of caption) {
		const lines = wrapText(text, width - 2 * pad, TEXT, measure);
		items.push(block(pad, y + LINE + 1, lines, TEXT, LINE + 1, { fill: MUTED }));
		y += (LINE + 1) * lines.length;
	}
	return { width, height: Math.ceil(y + pad), title, description: caption.join('\n'), items };
}

interface Box {
	left: number;
	right: number;
	top: number;
	measure: Measure;
}

/** Draws the legend and the plot of one chart below `top`; returns the y where it ends. `full` sets the scale and row height. */
function drawChart(items: SceneItem[], model: ChartModel, full: ChartModel, screenHeight: number, box: Box): number {
	const { measure } = box;
	let y = drawLegend(items, model, box);
	const n = Math.max(1, model.categories.length);
	const { min, max, ticks } = valueRange(full);
	const valueTitle = model.valueTitle;

	if (model.horizontal) {
		const labelWidth = Math.min(
			(box.right - box.left) * 0.4,
			Math.max(40, ...model.categories.flatMap((c) => c.map((l) => measure(l, TEXT))))
		);
		const wrapped = model.categories.map((c) => c.flatMap((l) => wrapText(l, labelWidth, TEXT, measure)));
		const maxLines = Math.max(1, ...wrapped.map((w) => w.length));
		const row = Math.max((screenHeight - 80) / Math.max(1, full.categories.length), maxLines * LINE + 6, 18);
		const plot = { left: box.left + labelWidth + 10, right: box.right - 12, top: y + 6, bottom: y + 6 + row * n };
		const at = (v: number) => plot.left + ((v - min) / (max - min)) * (plot.right - plot.left);
		for (const t of ticks) {
			items.push({ type: 'line', x1: at(t), y1: plot.top, x2: at(t), y2: plot.bottom, stroke: GRID, width: 1 });
			items.push({ type: 'text', x: at(t), y: plot.bottom + 16, text: tickLabel(t), size: TEXT, fill: INK, anchor: 'middle' });
		}
		items.push({ type: 'line', x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom, stroke: INK, width: 1 });
		wrapped.forEach((ls, c) => {
			const mid = plot.top + row * (c + 0.5);
			items.push(block(plot.left - 8, mid - ((ls.length - 1) * LINE) / 2 + TEXT * 0.35, ls, TEXT, LINE, { anchor: 'end' }));
		});
		drawMarks(items, model, (c) => [plot.top + row * c, row], at, true);
		y = plot.bottom + 20;
		if (valueTitle) {
			y += 16;
			items.push({ type: 'text', x: (plot.left + plot.right) / 2, y, text: valueTitle, size: TEXT, fill: INK, anchor: 'middle' });
		}
		return y + 4;
	}

	const tickWidth = Math.max(...ticks.map((t) => measure(tickLabel(t), TEXT)));
	const plotHeight = Math.max(160, screenHeight - 110);
	const plot = { left: box.left + (valueTitle ? 22 : 0) + tickWidth + 10, right: box.right, top: y + 8, bottom: y + 8 + plotHeight };
	const band = (plot.right - plot.left) / n;
	const wrapped = model.categories.map((c) => c.flatMap((l) => wrapText(l, band - 4, TEXT, measure)));
	const at = (v: number) => plot.bottom - ((v - min) / (max - min)) * (plot.bottom - plot.top);
	for (const t of ticks) {
		items.push({ type: 'line', x1: plot.left, y1: at(t), x2: plot.right, y2: at(t), stroke: GRID, width: 1 });
		items.push({ type: 'text', x: plot.left - 6, y: at(t) + TEXT * 0.35, text: tickLabel(t), size: TEXT, fill: INK, anchor: 'end' });
	}
	items.push({ type: 'line', x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: INK, width: 1 });
	if (valueTitle) {
		const cy = (plot.top + plot.bottom) / 2;
		items.push({ type: 'text', x: box.left + 12, y: cy, text: valueTitle, size: TEXT, fill: INK, anchor: 'middle', rotate: -90 });
	}
	wrapped.forEach((ls, c) => items.push(block(plot.left + band * (c + 0.5), plot.bottom + 16, ls, TEXT, LINE, { anchor: 'middle' })));
	drawMarks(items, model, (c) => [plot.left + band * c, band], at, false);
	const maxLines = Math.max(1, ...wrapped.map((w) => w.length));
	return plot.bottom + 16 + maxLines * LINE + 4;
}

/** Legend rows, centred like Chart.js's; a switched-off entry is faded and struck through. */
function drawLegend(items: SceneItem[], model: ChartModel, box: Box): number {
	const { measure } = box;
	const entries = model.series.map((s) => ({ s, w: 14 + 6 + measure(s.label, TEXT) }));
	const rows: (typeof entries)[] = [[]];
	let used = 0;
	const available = box.right - box.left;
	for (const e of entries) {
		if (used > 0 && used + e.w > available) {
			rows.push([]);
			used = 0;
		}
		rows[rows.length - 1].push(e);
		used += e.w + 18;
	}
	let y = box.top;
	for (const row of rows) {
		const total = row.reduce((n, e) => n + e.w, 0) + 18 * (row.length - 1);
		let x = box.left + (available - total) / 2;
		for (const { s, w } of row) {
			items.push({ type: 'rect', x, y: y + 1, width: 14, height: 12, fill: s.fill, stroke: s.stroke, strokeWidth: Math.max(1, s.strokeWidth), opacity: s.hidden ? 0.3 : undefined });
			items.push({ type: 'text', x: x + 20, y: y + 11, text: s.label, size: TEXT, fill: s.hidden ? MUTED : INK, anchor: 'start', struck: s.hidden || undefined });
			x += w + 18;
		}
		y += 20;
	}
	return y;
}

/**
 * Bars (stacked within a group, groups side by side as Chart.js places them: 80% of the band
 * for the category, 90% of a group's slot for its bar) or dots.
 */
function drawMarks(items: SceneItem[], model: ChartModel, bandOf: (c: number) => [number, number], at: (v: number) => number, horizontal: boolean) {
	if (model.dots) {
		for (const s of model.series) {
			if (s.hidden) continue;
			for (const p of s.points) {
				const [start, size] = bandOf(p.y);
				items.push({ type: 'circle', cx: at(p.x), cy: start + size / 2, r: s.radius, fill: s.fill, stroke: s.stroke, strokeWidth: s.strokeWidth });
			}
		}
		return;
	}
	const { groups, groupOf } = groupsOf(model);
	const g = Math.max(1, groups.length);
	const bases = new Map<string, { pos: number; neg: number }>();
	model.series.forEach((s, i) => {
		if (s.hidden) return;
		const slot = groupOf(s, i);
		s.values.forEach((v, c) => {
			if (v === null || v === 0) return;
			const key = `${c}/${slot}`;
			const base = model.stacked ? (bases.get(key) ?? { pos: 0, neg: 0 }) : { pos: 0, neg: 0 };
			const from = v >= 0 ? base.pos : base.neg;
			const to = from + v;
			if (v >= 0) base.pos = to;
			else base.neg = to;
			bases.set(key, base);
			const [start, size] = bandOf(c);
			const slotSize = (size * 0.8) / g;
			const thick = slotSize * 0.9;
			const offset = start + size * 0.1 + slot * slotSize + (slotSize - thick) / 2;
			const [a, b] = [at(from), at(to)].sort((p, q) => p - q);
			const rect = horizontal
				? { x: a, y: offset, width: b - a, height: thick }
				: { x: offset, y: a, width: thick, height: b - a };
			items.push({ type: 'rect', ...rect, fill: s.fill, stroke: s.strokeWidth > 0 ? s.stroke : undefined, strokeWidth: s.strokeWidth || undefined });
		});
	});
}
