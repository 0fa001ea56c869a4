import type { Handle, RequestEvent } from '@sveltejs/kit';

/** A successful page: only those are kept, so its status is 200. */
interface CachedPage {
	headers: [string, string][];
	body: ArrayBuffer;
}

export interface PageCacheOptions {
	/**
	 * What the page at this request is rendered from, or null when it is not to be cached. A page is
	 * served from the cache only while this returns the same object; a new object (the story changed on
	 * disk) makes every page rendered from the old one unreachable, and the garbage collector frees them.
	 */
	sourceOf: (event: RequestEvent) => object | null;
	/** pages kept per source: one per address, so per view (teaching mode, outlets, switched-off series) */
	maxPages?: number;
}

/**
 * Rendered pages, reused while what they are rendered from is unchanged. A 200-article dashboard
 * takes the server about 100 ms to render (most of it serialising the page data for hydration), an
 * already analysed story notwithstanding; from the cache it is sent at once. Only successful GETs are
 * kept; a request whose If-None-Match names the cached page's ETag gets 304, as SvelteKit would answer.
 */
export function pageCache({ sourceOf, maxPages = 24 }: PageCacheOptions): Handle {
	const pagesBySource = new WeakMap<object, Map<string, CachedPage>>();
	return async ({ event, resolve }) => {
		const source = event.request.method === 'GET' ? sourceOf(event) : null;
		if (!source) return resolve(event);
		// the raw address: it tells a page from its __data.json and keeps every query parameter
		const key = event.request.url;
		let pages = pagesBySource.get(source);
		const hit = pages?.get(key);
		if (hit) {
			// most recently used last, so the oldest is the one dropped
			pages!.delete(key);
			pages!.set(key, hit);
			return replay(hit, event.request.headers.get('if-none-match'));
		}
		const response = await resolve(event);
		if (response.status !== 200 || response.headers.has('set-cookie')) return response;
		const page: CachedPage = { headers: [...response.headers], body: await response.arrayBuffer() };
		if (!pages) pagesBySource.set(source, (pages = new Map()));
		pages.set(key, page);
		if (pages.size > maxPages) pages.delete(pages.keys().next().value!);
		return replay(page, null);
	};
}

function replay(page: CachedPage, ifNoneMatch: string | null): Response {
	const headers = new Headers(page.headers);
	const etag = headers.get('etag');
	if (etag && ifNoneMatch === etag) return new Response(null, { status: 304, headers: { etag } });
	return new Response(page.body, { status: 200, headers });
}
