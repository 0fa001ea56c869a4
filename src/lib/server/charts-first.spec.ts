import { describe, expect, it } from 'vitest';
import { chartChunksFirst, withDrawingScript } from './charts-first';
import { isChartChunk, isChartDrawingChunk } from '$lib/build/chart-chunks';

const link = (path: string) => `<${path}>; rel="modulepreload"; nopush`;

describe('chart chunks first', () => {
	it('knows the chart chunks by name, and the one that draws', () => {
		expect(isChartChunk('./_app/immutable/chunks/charts.BxbGn4oC.js')).toBe(true);
		expect(isChartChunk('../_app/immutable/chunks/chart-configs.C9dUyhzY.js')).toBe(true);
		expect(isChartChunk('./_app/immutable/chunks/bundler-runtime.DK3Fl9T5.js')).toBe(true);
		expect(isChartChunk('./_app/immutable/chunks/E3DVH5xH.js')).toBe(false);
		expect(isChartChunk('./_app/immutable/entry/charts.js')).toBe(false);
		expect(isChartDrawingChunk('./_app/immutable/chunks/charts.B_x-1.js')).toBe(true);
		expect(isChartDrawingChunk('./_app/immutable/chunks/chart-basics.B_x-1.js')).toBe(false);
	});

	it('moves the chart chunks to the front of the Link header and keeps the rest in order', () => {
		const header = [
			'./_app/immutable/entry/start.A.js',
			'./_app/immutable/chunks/X.js',
			'./_app/immutable/chunks/chart-basics.B.js',
			'./_app/immutable/entry/app.C.js',
			'./_app/immutable/chunks/charts.D.js',
			'./_app/immutable/chunks/Y.js'
		]
			.map(link)
			.join(', ');
		expect(chartChunksFirst(header).split(', ')).toEqual(
			[
				'./_app/immutable/chunks/chart-basics.B.js',
				'./_app/immutable/chunks/charts.D.js',
				'./_app/immutable/entry/start.A.js',
				'./_app/immutable/chunks/X.js',
				'./_app/immutable/entry/app.C.js',
				'./_app/immutable/chunks/Y.js'
			].map(link)
		);
	});

	it('adds one async module script for the drawing chunk to the head', () => {
		const html = '<html><head><title>t</title></head><body data-x="</head>"></body></html>';
		const out = withDrawingScript(html, '../_app/immutable/chunks/charts.D.js');
		expect(out).toContain('<script type="module" async src="../_app/immutable/chunks/charts.D.js"></script>\n\t</head><body');
		expect(out.match(/<script/g)).toHaveLength(1);
	});
});
