import type { ComparisonRow, StoryComparison } from '$lib/analysis/report/compare-articles';

/** What every chart is drawn from: the selected rows, labelled as the reader should see them. */
export interface ChartView {
	rows: ComparisonRow[];
	/** display label per row, same order: the outlet, or "Outlet A" in teaching mode */
	labels: string[];
	sides: { id: string; label: string }[];
	/** side ids in story order, for colours of custom sides */
	sideOrder: string[];
}

/** Beyond this many outlets, charts turn to horizontal bars sorted by their measure. */
export const MANY = 8;

export function teachingLabel(index: number): string {
	// A..Z, then AA, AB ... so 200 outlets still get distinct, short labels
	let n = index;
	let label = '';
	do {
		label = String.fromCharCode(65 + (n % 26)) + label;
		n = Math.floor(n / 26) - 1;
	} while (n >= 0);
	return `Outlet ${label}`;
}

export function outletLabel(row: ComparisonRow, index: number, hideNames: boolean): string {
	if (hideNames) return teachingLabel(index);
	return row.outlet ?? row.path.split('/').pop() ?? row.path;
}

export function chartView(comparison: StoryComparison, options: { hideNames?: boolean; selected?: string[] } = {}): ChartView {
	const indexed = comparison.rows.map((row, i) => ({ row, label: outletLabel(row, i, options.hideNames ?? false) }));
	const kept = options.selected ? indexed.filter(({ row }) => options.selected!.includes(row.path)) : indexed;
	return {
		rows: kept.map((k) => k.row),
		labels: kept.map((k) => k.label),
		sides: comparison.sides,
		sideOrder: comparison.sides.map((s) => s.id)
	};
}

/**
 * Row order for a chart: story order for a few outlets (readers compare side by side),
 * descending by the chart's own measure for many (readers scan a ranking).
 */
export function orderFor(view: ChartView, measure: (row: ComparisonRow) => number): number[] {
	const order = view.rows.map((_, i) => i);
	if (view.rows.length <= MANY) return order;
	return order.sort((a, b) => measure(view.rows[b]) - measure(view.rows[a]) || a - b);
}

export function isMany(view: ChartView): boolean {
	return view.rows.length > MANY;
}

export const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
export const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Splits a long category label into lines so vertical bar charts need not slant their labels. */
export function wrapLabel(label: string, width = 14): string | string[] {
	if (label.length <= width) return label;
	const lines: string[] = [];
	for (const word of label.split(/\s+/)) {
		const last = lines[lines.length - 1];
		if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = last + ' ' + word;
		else lines.push(word);
	}
	return lines;
}

/** Category labels for a chart: wrapped when the bars stand upright, single lines when they lie. */
export function categoryLabels(view: ChartView, order: number[]): (string | string[])[] {
	return order.map((i) => (isMany(view) ? view.labels[i] : wrapLabel(view.labels[i])));
}
