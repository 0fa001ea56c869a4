import type { RequestEvent } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { chartsFirst } from '$lib/server/charts-first';
import { config } from '$lib/server/config';
import { pageCache } from '$lib/server/page-cache';
import { getStoryAnalysis } from '$lib/server/story-analysis';

/** A dashboard is rendered from its story's analysis alone (and its address, the cache's key). */
function dashboardSource(event: RequestEvent): object | null {
	if (event.route.id === '/') return getStoryAnalysis(config.defaultStory);
	if (event.route.id === '/stories/[slug]' && event.params.slug) return getStoryAnalysis(event.params.slug);
	return null;
}

// dashboards are reused while their story is unchanged on disk (page-cache.ts); pages with charts
// send the chart code first (charts-first.ts), and the cache keeps them as sent
export const handle = sequence(pageCache({ sourceOf: dashboardSource }), chartsFirst);
