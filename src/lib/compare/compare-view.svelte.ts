/** What a compare-page link says: teaching mode and the group opened. */
export interface CompareQuery {
	hideNames: boolean;
	/** id of the aligned group opened and scrolled to */
	group: number | null;
	/** pages of the long lists, from 1 */
	groupsPage: number;
	passagesPage: number;
}

const pageParam = (value: string | null) => (value !== null && /^\d{1,6}$/.test(value) && Number(value) > 0 ? Number(value) : 1);

export function readCompareQuery(params: URLSearchParams): CompareQuery {
	const group = params.get('group');
	return {
		hideNames: params.get('hide') === '1',
		group: group !== null && /^\d{1,7}$/.test(group) ? Number(group) : null,
		groupsPage: pageParam(params.get('groups-page')),
		passagesPage: pageParam(params.get('passages-page'))
	};
}

/** The query string, without "?"; empty parameters left out, in a fixed order. */
export function compareSearch(q: CompareQuery): string {
	const params = new URLSearchParams();
	if (q.hideNames) params.set('hide', '1');
	if (q.group !== null) params.set('group', String(q.group));
	if (q.groupsPage > 1) params.set('groups-page', String(q.groupsPage));
	if (q.passagesPage > 1) params.set('passages-page', String(q.passagesPage));
	return params.toString();
}

/** The reader's view of a compare page; it lives in the URL so a link reopens it. */
export class CompareView {
	hideNames = $state(false);
	group = $state<number | null>(null);

	constructor(params: URLSearchParams) {
		const q = readCompareQuery(params);
		this.hideNames = q.hideNames;
		this.group = q.group;
	}

	/** the query string for this view and the pages shown, without the leading "?" */
	search(pages: { groupsPage: number; passagesPage: number } = { groupsPage: 1, passagesPage: 1 }): string {
		return compareSearch({ hideNames: this.hideNames, group: this.group, ...pages });
	}
}

/** The first `n` items unless the reader asked for all: long lists stay fast to draw. */
export function capped<T>(items: T[], n: number, all: boolean): T[] {
	return all || items.length <= n ? items : items.slice(0, n);
}
