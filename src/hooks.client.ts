import type { ClientInit } from '@sveltejs/kit';
import { CHART_INPUTS_ATTR } from '$lib/charts/chart-inputs-id';

// A dashboard draws its charts before the page hydrates: they need only Chart.js and their
// inputs, while hydrating the whole page takes longer than drawing them (early-charts.ts).
// In a build the app starts only once the head's module script has run (server/charts-first.ts),
// so they are drawn already; in development the import draws them, and hydration waits for it.
const drawn = document.querySelector(`[${CHART_INPUTS_ATTR}]`)
	? import('$lib/charts/draw-early-on-load')
			// draws whatever the head's script did not: it may have run before the parser reached every chart
			.then((m) => m.drawEarly())
			// the page still hydrates, and ChartCanvas then draws the charts itself
			.catch((error: unknown) => console.error('The chart code could not be loaded before hydration:', error))
	: null;

export const init: ClientInit = async () => {
	await drawn;
};
