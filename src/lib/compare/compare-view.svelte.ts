/** What a compare-page link says: teaching mode and the group opened. */
export interface CompareQuery {
	hideNames: boolean;
	/** id of the aligned group opened and scrolled to */
	group: number | null;
}

export function readCompareQuery(params: URLSearchParams): CompareQuery {
	const group = params.get('group');
	return {
		hideNames: params.get('hide') === '1',
		group: group !== null && /^\d{1,7}$/.test(group) ? Number(group) : null
	};
}

/** The query string, without "?"; empty parameters left out, in a fixed order. */
export function compareSearch(q: CompareQuery): string {
	const params = new URLSearchParams();
	if (q.hideNames) params.set('hide', '1');
	if (q.group !== null) params.set('group', String(q.group));
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

	search(): string {
		return compareSearch({ hideNames: this.hideNames, group: this.group });
	}
}

/** The first `n` items unless the reader asked for all: long lists stay fast to draw. */
export function capped<T>(items: T[], n: number, all: boolean): T[] {
	return all || items.length <= n ? items : items.slice(0, n);
}
