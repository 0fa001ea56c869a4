import type { Handle } from '@sveltejs/kit';
import { CHART_INPUTS_ATTR } from '$lib/charts/chart-inputs-id';
import { isChartChunk, isChartDrawingChunk } from '$lib/build/chart-chunks';

/**
 * A dashboard's charts are drawn by three small chunks (build/chart-chunks.ts), not by the app.
 * The browser fetches the page's modules a few at a time in the order of the Link header, and
 * SvelteKit lists the chart chunks last; here they go first, and a module script in the head runs
 * the drawing chunk as soon as the page is parsed, without waiting for the app to start.
 */

/** The Link header with the chart chunks moved to the front, otherwise in its order. */
export function chartChunksFirst(link: string): string {
	const entries = link.split(/,\s*(?=<)/);
	const isChart = (entry: string) => isChartChunk(entry.slice(1, entry.indexOf('>')));
	return [...entries.filter(isChart), ...entries.filter((e) => !isChart(e))].join(', ');
}

/** The page with a module script for the drawing chunk at the end of its head. */
export function withDrawingScript(html: string, path: string): string {
	const script = `<script type="module" async src="${encodeURI(path).replaceAll('"', '%22')}"></script>`;
	return html.replace('</head>', `\t${script}\n\t</head>`);
}

/** Resolves a request; a page with chart inputs gets its chart chunks first. */
export const chartsFirst: Handle = async ({ event, resolve }) => {
	let drawing: string | null = null;
	const response = await resolve(event, {
		// SvelteKit's default choice of preloads; on the way, note where the drawing chunk is
		preload: ({ type, path }) => {
			if (type === 'js' && isChartDrawingChunk(path)) drawing = path;
			return type === 'js' || type === 'css';
		},
		transformPageChunk: ({ html }) => (drawing && html.includes(`${CHART_INPUTS_ATTR}=`) ? withDrawingScript(html, drawing) : html)
	});
	const link = response.headers.get('link');
	if (drawing && link) response.headers.set('link', chartChunksFirst(link));
	return response;
};
