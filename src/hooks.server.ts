import { chartsFirst } from '$lib/server/charts-first';

// pages with charts send the chart code first (charts-first.ts)
export const handle = chartsFirst;
