import { json } from '@sveltejs/kit';
import { articleInputs, storyForEditing } from '$lib/server/editing';
import type { RequestHandler } from './$types';

/** The story's articles as the analysis worker reads them; fetched only by pages that preview live. */
export const GET: RequestHandler = ({ params }) => {
	return json(articleInputs(storyForEditing(params.slug)), { headers: { 'cache-control': 'no-store' } });
};
