import { compareData } from '$lib/compare/compare-data';
import { readCompareQuery } from '$lib/compare/compare-view.svelte';
import { alignmentFor } from '$lib/server/compare-exports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	const { analysis, alignment, ids } = alignmentFor(params.slug);
	return { compare: compareData(analysis, alignment, ids, readCompareQuery(url.searchParams)) };
};
