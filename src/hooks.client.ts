import type { ClientInit } from '@sveltejs/kit';
import { CHART_INPUTS_ID } from '$lib/charts/chart-inputs-id';

// A dashboard draws its charts before the page hydrates: they need only Chart.js and their
// inputs, while hydrating the whole page takes longer than drawing them (early-charts.ts).
// Drawing starts as soon as the chart code has loaded; hydration waits for it.
const drawn = document.getElementById(CHART_INPUTS_ID) ? import('$lib/charts/early-charts').then((m) => m.drawEarly()) : null;

export const init: ClientInit = async () => {
	await drawn;
};
