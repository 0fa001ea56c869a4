import type { Handle } from '@sveltejs/kit';
import { CHART_INPUTS_ATTR } from '$lib/charts/chart-inputs-id';
import { isChartChunk, isChartDrawingChunk } from '$lib/build/chart-chunks';

/**
 * A dashboard's charts are drawn by three small chunks (build/chart-chunks.ts), not by the app, and
 * on a dashboard they come first:
 * - a module script in the head runs the drawing chunk as soon as it has loaded;
 * - the Link header preloads only the chart chunks, and the app starts once the drawing chunk has
 *   run, preloading its own modules then. Fetched, compiled and run alongside the charts, the
 *   app's modules delayed them by 40-60 ms on a two-core machine (`npm run bench:pages`), and
 *   started no sooner for it.
 * When SvelteKit's start-up script is not found in the page, the app starts as usual and the Link
 * header keeps every module, chart chunks first.
 */

const entriesOf = (link: string): string[] => link.split(/,\s*(?=<)/);
const pathOf = (entry: string): string => entry.slice(1, entry.indexOf('>'));
const isScript = (entry: string): boolean => /;\s*rel="modulepreload"/.test(entry);

/** The Link header with the chart chunks moved to the front, otherwise in its order. */
export function chartChunksFirst(link: string): string {
	const entries = entriesOf(link);
	const isChart = (entry: string) => isChartChunk(pathOf(entry));
	return [...entries.filter(isChart), ...entries.filter((e) => !isChart(e))].join(', ');
}

/** The Link header without the modules that are not chart chunks (the app preloads them later); other entries stay. */
export function chartChunksOnly(link: string): string {
	return entriesOf(chartChunksFirst(link))
		.filter((entry) => !isScript(entry) || isChartChunk(pathOf(entry)))
		.join(', ');
}

/** The page with a module script for the drawing chunk at the end of its head. */
export function withDrawingScript(html: string, path: string): string {
	const script = `<script type="module" async src="${encodeURI(path).replaceAll('"', '%22')}"></script>`;
	return html.replace('</head>', `\t${script}\n\t</head>`);
}

/** SvelteKit's start-up: it imports its two entry modules, then starts the app (kit/src/runtime/server/page/render.js). */
const START_UP = /Promise\.all\(\[\s*import\("[^"\\]+"\),\s*import\("[^"\\]+"\)\s*\]\)/;

/** JSON that cannot close the script element it is written into. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');

/**
 * The page whose start-up script first waits for the drawing chunk to have run (it draws the
 * charts as it runs, or as soon as they are parsed, which they are by the time the start-up script
 * runs), then preloads the app's modules and imports its entries. If the drawing chunk fails, the
 * app starts anyway. Null when the start-up script is not in the page.
 */
export function withAppAfterCharts(html: string, drawing: string, appModules: string[]): string | null {
	if (!START_UP.test(html)) return null;
	const preload = `for (const href of ${scriptJson(appModules)}) document.head.append(Object.assign(document.createElement("link"), { rel: "modulepreload", href }));`;
	return html.replace(START_UP, (start) => `import(${scriptJson(drawing)}).catch(() => {}).then(() => { ${preload} return ${start}; })`);
}

/** Resolves a request; a page with chart inputs gets its charts drawn before the app loads. */
export const chartsFirst: Handle = async ({ event, resolve }) => {
	let drawing: string | null = null;
	const modules: string[] = [];
	let appWaits = false;
	const response = await resolve(event, {
		// SvelteKit's default choice of preloads; on the way, note the modules and the drawing chunk
		preload: ({ type, path }) => {
			if (type === 'js') modules.push(path);
			if (type === 'js' && isChartDrawingChunk(path)) drawing = path;
			return type === 'js' || type === 'css';
		},
		transformPageChunk: ({ html }) => {
			if (!drawing || !html.includes(`${CHART_INPUTS_ATTR}=`)) return html;
			const withScript = withDrawingScript(html, drawing);
			const deferred = withAppAfterCharts(withScript, drawing, modules.filter((path) => !isChartChunk(path)));
			appWaits = deferred !== null;
			return deferred ?? withScript;
		}
	});
	const link = response.headers.get('link');
	if (drawing && link) response.headers.set('link', appWaits ? chartChunksOnly(link) : chartChunksFirst(link));
	return response;
};
