import { isoDate } from '$lib/charts/export/filename';
import { analysisFor } from '$lib/charts/export/story-files.server';
import { dashboardOf } from '$lib/server/dashboard';
import type { PageServerLoad } from './$types';

/** The printable report of a story: the dashboard's data, the word-list categories for the method summary, the date. */
export const load: PageServerLoad = ({ params }) => {
	const analysis = analysisFor(params.slug);
	return {
		dashboard: dashboardOf(analysis),
		exported: isoDate(),
		poles: (['assertive', 'cautious'] as const).map((pole) => ({
			label: analysis.lexicon.poles[pole].label,
			subcategories: Object.values(analysis.lexicon.poles[pole].subcategories).map((s) => s.label)
		}))
	};
};
