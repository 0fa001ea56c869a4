import { describe, expect, it } from 'vitest';
import { DIAGONAL, nearestChart, offDiagonalMax, shade, similarityMatrixChart } from './similarity-chart';
import { similarityFigure } from '../compare/similarity-figure';
import { figureScene } from './export/chart-scene';
import { sceneToSvg } from './export/scene-svg';
import { nearestOf } from '../compare/nearest';

const matrix = [
	[1, 0.4, 0.05],
	[0.4, 1, 0.1],
	[0.05, 0.1, 1]
];
const labels = ['Alpha', 'Beta', 'Gamma'];

describe('similarityMatrixChart', () => {
	const config = similarityMatrixChart(labels, matrix);
	it('has one cell per pair, by index, with the value rounded', () => {
		const cells = config.data.datasets[0].data;
		expect(cells).toHaveLength(9);
		expect(cells[1]).toEqual({ x: 1, y: 0, v: 0.4 });
	});
	it('shades from white to the most similar pair and greys the diagonal', () => {
		const fills = config.data.datasets[0].backgroundColor as string[];
		expect(fills[0]).toBe(DIAGONAL);
		expect(fills[1]).toBe(shade(0.4, 0.4));
		expect(shade(0, 1)).toBe('#F7FBFF');
		expect(shade(1, 1)).toBe('#084594');
		expect(offDiagonalMax(matrix)).toBe(0.4);
	});
	it('labels both axes with the outlets and hides the one-entry legend', () => {
		expect(config.data.labels).toEqual(labels);
		const scales = config.options!.scales as Record<string, { ticks: { callback: (this: unknown, v: number) => unknown }; reverse: boolean }>;
		expect(scales.y.ticks.callback.call({ chart: { width: 800 } }, 2)).toBe('Gamma');
		// on a phone the columns are numbered and the rows carry the numbers
		expect(scales.x.ticks.callback.call({ chart: { width: 350 } }, 2)).toBe('3');
		expect(scales.y.ticks.callback.call({ chart: { width: 350 } }, 2)).toBe('3. Gamma');
		expect(scales.y.reverse).toBe(true);
		expect(config.options!.plugins!.legend!.display).toBe(false);
		expect(config.plugins?.map((p) => p.id)).toEqual(['cellValues']);
	});
	it('holds plain data that survives a JSON copy', () => {
		expect(JSON.parse(JSON.stringify(config.data))).toEqual(config.data);
	});
});

describe('nearestChart', () => {
	it("draws each article's closest match, most similar first, naming both", () => {
		const config = nearestChart(labels, nearestOf(matrix));
		expect(config.data.labels).toEqual(['Alpha ~ Beta', 'Beta ~ Alpha', 'Gamma ~ Beta']);
		expect(config.data.datasets[0].data).toEqual([0.4, 0.4, 0.1]);
		expect(config.options!.indexAxis).toBe('y');
	});
});

describe('similarityFigure', () => {
	it('is a matrix for a few articles and a ranking for many', () => {
		expect(similarityFigure(labels, matrix, nearestOf(matrix)).form).toBe('matrix');
		const n = 30;
		const big = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0.1)));
		const many = similarityFigure(Array.from({ length: n }, (_, i) => `O${i}`), null, nearestOf(big));
		expect(many.form).toBe('nearest');
		expect(many.height).toBeGreaterThan(600);
	});
	it('exports the matrix as SVG with every label and value as text', () => {
		const fig = similarityFigure(labels, matrix, nearestOf(matrix));
		const svg = sceneToSvg(figureScene(fig.title, [{ config: fig.config, height: fig.height }], ['Story: test']));
		for (const text of ['Alpha', 'Beta', 'Gamma', '0.40', '0.05', '0.10', 'Story: test']) expect(svg).toContain(`>${text}<`);
		// six labelled cells off the diagonal, nine cells in all
		expect(svg.match(/>0\.\d\d</g)).toHaveLength(6);
		expect(svg.match(/<rect/g)!.length).toBeGreaterThanOrEqual(10);
	});
});
