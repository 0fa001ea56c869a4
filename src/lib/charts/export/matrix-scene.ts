import type { ChartConfiguration } from 'chart.js';
import { INK } from '../base-options';
import { inkOn } from '../palette';
import type { SceneItem } from './scene';
import { wrapText, type Measure } from './text-metrics';

const TEXT = 12;
const LINE = 15;

interface MatrixModel {
	rows: string[];
	columns: string[];
	cells: { x: number; y: number; v: number; fill: string }[];
}

const flat = (label: unknown) => (Array.isArray(label) ? label.map(String).join(' ') : String(label ?? ''));

/** The similarity matrix config read back: labels of both axes and each cell's value and fill. */
export function matrixModel(config: ChartConfiguration): MatrixModel {
	const dataset = config.data.datasets[0] as unknown as { data: { x: number; y: number; v: number }[]; backgroundColor: string[] | string } | undefined;
	const fills = dataset?.backgroundColor ?? '#ffffff';
	return {
		columns: (config.data.labels ?? []).map(flat),
		rows: (config.data.labels ?? []).map(flat),
		cells: (dataset?.data ?? []).map((c, k) => ({ ...c, fill: Array.isArray(fills) ? (fills[k] ?? '#ffffff') : fills }))
	};
}

/**
 * Draws a matrix chart below `top` between `left` and `right`: row labels on the left, column labels
 * above, one shaded cell per pair with its value written in it (the diagonal left empty). Returns
 * the y where it ends.
 */
export function drawMatrix(items: SceneItem[], config: ChartConfiguration, box: { left: number; right: number; top: number; measure: Measure }): number {
	const { rows, columns, cells } = matrixModel(config);
	const n = Math.max(1, columns.length);
	const labelWidth = Math.min((box.right - box.left) * 0.3, Math.max(40, ...rows.map((l) => box.measure(l, TEXT))));
	const left = box.left + labelWidth + 10;
	const cellWidth = (box.right - left) / n;
	const heads = columns.map((l) => wrapText(l, cellWidth - 6, TEXT, box.measure));
	const headLines = Math.max(1, ...heads.map((h) => h.length));
	const top = box.top + headLines * LINE + 8;
	const cellHeight = 36;
	heads.forEach((lines, j) =>
		items.push({
			type: 'text',
			x: left + cellWidth * (j + 0.5),
			y: box.top + TEXT,
			text: lines.join(' '),
			...(lines.length > 1 ? { lines, lineHeight: LINE } : {}),
			size: TEXT,
			fill: INK,
			anchor: 'middle'
		})
	);
	rows.forEach((label, i) => {
		const lines = wrapText(label, labelWidth, TEXT, box.measure);
		items.push({
			type: 'text',
			x: left - 8,
			y: top + cellHeight * (i + 0.5) - ((lines.length - 1) * LINE) / 2 + TEXT * 0.35,
			text: lines.join(' '),
			...(lines.length > 1 ? { lines, lineHeight: LINE } : {}),
			size: TEXT,
			fill: INK,
			anchor: 'end'
		});
	});
	for (const c of cells) {
		const x = left + cellWidth * c.x;
		const y = top + cellHeight * c.y;
		items.push({ type: 'rect', x: x + 0.5, y: y + 0.5, width: cellWidth - 1, height: cellHeight - 1, fill: c.fill });
		if (c.x !== c.y)
			items.push({ type: 'text', x: x + cellWidth / 2, y: y + cellHeight / 2 + TEXT * 0.35, text: c.v.toFixed(2), size: TEXT, fill: inkOn(c.fill), anchor: 'middle' });
	}
	return top + cellHeight * rows.length + 8;
}
