import type { ChartConfiguration } from 'chart.js';
import type { ChartView } from './chart-view';
import { figures, withView, type ChartKind } from './export/figures';

/**
 * Everything the dashboard's on-screen charts are built from. The server writes it into the page
 * as JSON (an attribute of the charts' grid, chart-inputs-id.ts), so the charts can be drawn before the page hydrates (early-charts.ts) by the same pure
 * functions the dashboard uses.
 */
export interface ChartInputs {
	view: ChartView;
	focus: string;
	focusLabel: string;
	/** switched-off series (`off=` of the permalink) */
	off: string[];
}


export interface ScreenChart {
	kind: ChartKind;
	label: string;
	config: ChartConfiguration;
}

/** The charts as the dashboard shows them: canvas legend off (the page draws its own), switched-off series hidden. */
export function screenCharts(inputs: ChartInputs): ScreenChart[] {
	const off = new Set(inputs.off);
	return figures(inputs.view, inputs.focus, inputs.focusLabel).flatMap((fig) =>
		fig.charts.map((chart) => ({ kind: chart.kind, label: chart.label, config: withView(chart.config, chart, off, false) }))
	);
}

/** The inputs as the JSON the page carries (an attribute value: inert, escaped like any other). */
export const chartInputsJson = (inputs: ChartInputs): string => JSON.stringify(inputs);
