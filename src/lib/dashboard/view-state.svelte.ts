/** The charts a dashboard has, in page order; their ids appear in URLs. */
export const CHART_IDS = ['lexicon', 'voices', 'tone', 'first-voice', 'strips'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** A switched-off chart series, `<chart kind>:<series>`, e.g. `voices:russia` or `lexicon:assertive-quoted`. */
const OFF_KEY = /^[a-z][a-z-]*:[\w.-]{1,64}$/i;

/** What a view query says, as plain data: the page, the print report and the data endpoints read it alike. */
export interface ViewQuery {
	hideNames: boolean;
	/** article ids shown in the charts; null = all */
	selected: string[] | null;
	chart: ChartId | null;
	/** switched-off series, sorted */
	off: string[];
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function readViewQuery(params: URLSearchParams): ViewQuery {
	const outlets = params.get('outlets');
	const chart = params.get('chart');
	return {
		hideNames: params.get('hide') === '1',
		selected: outlets ? list(outlets) : null,
		chart: CHART_IDS.includes(chart as ChartId) ? (chart as ChartId) : null,
		off: [...new Set(list(params.get('off')).filter((k) => OFF_KEY.test(k)))].sort()
	};
}

/** The query string of a view, without the leading "?"; parameters in a fixed order, empty ones left out. */
export function viewSearch(view: ViewQuery): string {
	const params = new URLSearchParams();
	if (view.hideNames) params.set('hide', '1');
	if (view.selected) params.set('outlets', view.selected.join(','));
	if (view.chart) params.set('chart', view.chart);
	if (view.off.length) params.set('off', view.off.join(','));
	return params.toString();
}

/**
 * What a reader has chosen on a dashboard. It lives in the URL so that a teacher can hand a
 * class one link that opens the same view.
 */
export class DashboardView {
	hideNames = $state(false);
	/** article ids shown in the charts; null = all */
	selected = $state<string[] | null>(null);
	chart = $state<ChartId | null>(null);
	/** chart series switched off from a legend */
	off = $state<string[]>([]);

	constructor(params: URLSearchParams) {
		const q = readViewQuery(params);
		this.hideNames = q.hideNames;
		this.selected = q.selected;
		this.chart = q.chart;
		this.off = q.off;
	}

	isShown(id: string): boolean {
		return this.selected === null || this.selected.includes(id);
	}

	toggle(id: string, all: string[]) {
		const current = this.selected ?? all;
		const next = current.includes(id) ? current.filter((x) => x !== id) : all.filter((x) => x === id || current.includes(x));
		this.selected = next.length === all.length ? null : next;
	}

	isOff(key: string): boolean {
		return this.off.includes(key);
	}

	toggleOff(key: string) {
		this.off = this.isOff(key) ? this.off.filter((k) => k !== key) : [...this.off, key].sort();
	}

	/** the query string for this view, without the leading "?" */
	search(): string {
		return viewSearch({ hideNames: this.hideNames, selected: this.selected, chart: this.chart, off: this.off });
	}
}
