/** The attribute that holds a dashboard's chart inputs as JSON (chart-inputs.ts); a module of its own so the app entry can look for it without loading the chart code. */
export const CHART_INPUTS_ATTR = 'data-chart-inputs';
