import type { Plugin } from 'vite';

/**
 * The client chunks that draw the dashboard's charts, split out and named so the server can send
 * them first (server/charts-first.ts): drawing needs only these, not the rest of the app, and a
 * browser fetches a page's modules a few at a time, in the order the page lists them.
 *
 * - charts: Chart.js and the code that draws the charts before hydration (early-charts.ts)
 * - chart-configs: the pure chart configurations, which the print page uses without Chart.js
 * - chart-basics: small modules every part of the app shares (colours, the chart view), kept out of
 *   the other two so pages that only need a colour do not download Chart.js
 * - bundler-runtime: the bundler's few helpers, which the charts chunk imports as well
 */
export const CHART_CHUNKS = ['charts', 'chart-configs', 'chart-basics', 'bundler-runtime'] as const;

const chunk = /\/chunks\/(charts|chart-configs|chart-basics|bundler-runtime)\.[\w-]+\.js$/;

/** The bundler's helpers come in a chunk of their own, which no group can capture (only named). */
const RUNTIME = '\0rolldown/runtime.js';

/** Whether a client file is one of the chart chunks. */
export const isChartChunk = (path: string): boolean => chunk.test(path);

/** Whether a client file is the chunk that draws the charts when it loads. */
export const isChartDrawingChunk = (path: string): boolean => chunk.exec(path)?.[1] === 'charts';

const inCharts = (id: string, files: string[]) => files.some((f) => id.endsWith(`/src/lib/charts/${f}.ts`));

const groups = [
	{ name: 'chart-basics', priority: 3, test: (id: string) => inCharts(id, ['palette', 'chart-view', 'chart-inputs-id']) },
	{
		name: 'chart-configs',
		priority: 2,
		test: (id: string) => inCharts(id, ['base-options', 'tick-format', 'export/figures', 'lexicon-chart', 'voices-chart', 'tone-chart', 'first-voice-chart'])
	},
	{
		name: 'charts',
		priority: 1,
		test: (id: string) =>
			/[\\/]node_modules[\\/](chart\.js|@kurkle[\\/]color)[\\/]/.test(id) ||
			inCharts(id, ['chart-js', 'draw-chart', 'early-charts', 'draw-early-on-load', 'chart-inputs', 'layout-batch'])
	}
];

/** The client build puts the chart modules into the three named chunks; the server build is left as it is. */
export function chartChunks(): Plugin {
	let client = false;
	return {
		name: 'chart-chunks',
		config(_, { isSsrBuild }) {
			client = !isSsrBuild;
			return client ? { build: { rolldownOptions: { output: { codeSplitting: { groups } } } } } : {};
		},
		// SvelteKit names chunks by hash alone; these three keep their name in front of the hash
		outputOptions(options) {
			const names = options.chunkFileNames;
			if (!client || typeof names !== 'string' || !names.includes('[hash]')) return;
			return {
				...options,
				chunkFileNames: (info) => {
					const name = info.moduleIds.length === 1 && info.moduleIds[0] === RUNTIME ? 'bundler-runtime' : info.name;
					return (CHART_CHUNKS as readonly string[]).includes(name) ? names.replace('[hash]', `${name}.[hash]`) : names;
				}
			};
		}
	};
}
