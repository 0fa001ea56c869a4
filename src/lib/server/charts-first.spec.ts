import { describe, expect, it } from 'vitest';
import { chartChunksFirst, chartChunksOnly, withAppAfterCharts, withDrawingScript } from './charts-first';
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

	it('keeps only the chart chunks among the modules of the Link header, and every other entry', () => {
		const header = [
			link('./_app/immutable/entry/start.A.js'),
			'<./_app/immutable/assets/0.E.css>; rel="preload"; as="style"; nopush',
			link('./_app/immutable/chunks/charts.D.js'),
			link('./_app/immutable/chunks/Y.js'),
			link('./_app/immutable/chunks/chart-configs.F.js')
		].join(', ');
		expect(chartChunksOnly(header).split(', ')).toEqual([
			link('./_app/immutable/chunks/charts.D.js'),
			link('./_app/immutable/chunks/chart-configs.F.js'),
			'<./_app/immutable/assets/0.E.css>; rel="preload"; as="style"; nopush'
		]);
	});

	// SvelteKit's start-up script as render.js writes it
	const startUp = `<script>
				{
					__sveltekit_eg1e6r = { base: new URL(".", location).pathname.slice(0, -1) };
					const element = document.currentScript.parentElement;
					Promise.all([
						import("../_app/immutable/entry/start.A.js"),
						import("../_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 2], data: [null, { type: "data", data: { title: "Promise.all([ ])" } }] });
					});
				}
			</script>`;

	it('makes the app start once the drawing chunk has run, and preload its modules then', () => {
		const out = withAppAfterCharts(startUp, '../_app/immutable/chunks/charts.D.js', ['../_app/immutable/entry/start.A.js', '../_app/immutable/chunks/</script>.js']);
		expect(out).not.toBeNull();
		expect(out).toContain(
			'import("../_app/immutable/chunks/charts.D.js").catch(() => {}).then(() => { for (const href of ["../_app/immutable/entry/start.A.js","../_app/immutable/chunks/\\u003c/script>.js"]) document.head.append('
		);
		// the entries are imported as before, after the preloads, and the page data is untouched
		expect(out).toMatch(/document\.createElement\("link"\), \{ rel: "modulepreload", href \}\)\); return Promise\.all\(\[\s*import\("\.\.\/_app\/immutable\/entry\/start\.A\.js"\),\s*import\("\.\.\/_app\/immutable\/entry\/app\.B\.js"\)\s*\]\); \}\)\.then\(\(\[kit, app\]\)/);
		expect(out).toContain('title: "Promise.all([ ])"');
		expect(out!.match(/<\/script>/g)).toHaveLength(1);
	});

	it('leaves a page alone when SvelteKit starts it some other way', () => {
		for (const page of ['<html><body>no script</body></html>', startUp.replace('Promise.all([', 'Promise.any(['), startUp.replace(/import\("[^"]+"\),\s*import/, 'import')])
			expect(withAppAfterCharts(page, './charts.D.js', [])).toBeNull();
	});
});
