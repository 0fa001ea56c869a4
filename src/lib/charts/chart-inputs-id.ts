/** The id of the script element holding a dashboard's chart inputs (chart-inputs.ts); a module of its own so the app entry can look for it without loading the chart code. */
export const CHART_INPUTS_ID = 'chart-inputs';
