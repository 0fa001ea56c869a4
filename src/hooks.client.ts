import type { ClientInit } from '@sveltejs/kit';
import { CHART_INPUTS_ID } from '$lib/charts/chart-inputs-id';

// A dashboard draws its charts before the page hydrates: they need only Chart.js and their
// inputs, while hydrating the whole page takes longer than drawing them (early-charts.ts).
export const init: ClientInit = async () => {
	if (document.getElementById(CHART_INPUTS_ID)) (await import('$lib/charts/early-charts')).drawEarly();
};
