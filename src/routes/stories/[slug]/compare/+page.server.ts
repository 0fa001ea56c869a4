import { compareData } from '$lib/compare/compare-data';
import { alignmentFor } from '$lib/server/compare-exports';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const { analysis, alignment, ids } = alignmentFor(params.slug);
	return { compare: compareData(analysis, alignment, ids) };
};
