/** The charts a dashboard has, in page order; their ids appear in URLs. */
export const CHART_IDS = ['lexicon', 'voices', 'tone', 'first-voice', 'strips'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/**
 * What a reader has chosen on a dashboard. It lives in the URL so that a teacher can hand a
 * class one link that opens the same view.
 */
export class DashboardView {
	hideNames = $state(false);
	/** article ids shown in the charts; null = all */
	selected = $state<string[] | null>(null);
	chart = $state<ChartId | null>(null);

	constructor(params: URLSearchParams) {
		this.hideNames = params.get('hide') === '1';
		const outlets = params.get('outlets');
		this.selected = outlets ? outlets.split(',').filter(Boolean) : null;
		const chart = params.get('chart');
		this.chart = CHART_IDS.includes(chart as ChartId) ? (chart as ChartId) : null;
	}

	isShown(id: string): boolean {
		return this.selected === null || this.selected.includes(id);
	}

	toggle(id: string, all: string[]) {
		const current = this.selected ?? all;
		const next = current.includes(id) ? current.filter((x) => x !== id) : all.filter((x) => x === id || current.includes(x));
		this.selected = next.length === all.length ? null : next;
	}

	/** the query string for this view, without the leading "?" */
	search(): string {
		const params = new URLSearchParams();
		if (this.hideNames) params.set('hide', '1');
		if (this.selected) params.set('outlets', this.selected.join(','));
		if (this.chart) params.set('chart', this.chart);
		return params.toString();
	}
}
