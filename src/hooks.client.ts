import type { ClientInit } from '@sveltejs/kit';
import { CHART_INPUTS_ATTR } from '$lib/charts/chart-inputs-id';

// A dashboard draws its charts before the page hydrates: they need only Chart.js and their
// inputs, while hydrating the whole page takes longer than drawing them (early-charts.ts).
// Drawing starts as soon as the chart code has loaded; hydration waits for it.
const drawn = document.querySelector(`[${CHART_INPUTS_ATTR}]`)
	? import('$lib/charts/early-charts')
			.then((m) => m.drawEarly())
			// the page still hydrates, and ChartCanvas then draws the charts itself
			.catch((error: unknown) => console.error('The charts could not be drawn before hydration:', error))
	: null;

export const init: ClientInit = async () => {
	await drawn;
};
