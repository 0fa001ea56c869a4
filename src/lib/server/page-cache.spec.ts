import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';
import { pageCache } from './page-cache';

/** A handle under test with a counting resolve whose page names the source version and the render. */
function setup(options: { maxPages?: number; status?: number; setCookie?: boolean } = {}) {
	const state = { source: { version: 1 } as object | null, renders: 0 };
	const handle = pageCache({ sourceOf: () => state.source, maxPages: options.maxPages });
	const resolve = async () => {
		state.renders++;
		const headers = new Headers({ 'content-type': 'text/html', etag: `"e${state.renders}"`, link: '</a.js>; rel="modulepreload"' });
		if (options.setCookie) headers.set('set-cookie', 'x=1');
		return new Response(`page ${state.renders}`, { status: options.status ?? 200, headers });
	};
	const get = async (url: string, init: RequestInit = {}) => {
		const event = { request: new Request(url, init) } as RequestEvent;
		return handle({ event, resolve: resolve as never });
	};
	return { state, get };
}

const URL_A = 'http://x/stories/s';

describe('pageCache', () => {
	it('renders a page once while its source is the same, with the same status, headers and body', async () => {
		const { state, get } = setup();
		const first = await get(URL_A);
		const second = await get(URL_A);
		expect(state.renders).toBe(1);
		expect(await first.text()).toBe('page 1');
		expect(await second.text()).toBe('page 1');
		expect([second.status, second.headers.get('link'), second.headers.get('content-type')]).toEqual([200, '</a.js>; rel="modulepreload"', 'text/html']);
	});

	it('renders again once the source is a new object (the story changed on disk)', async () => {
		const { state, get } = setup();
		await get(URL_A);
		state.source = { version: 2 };
		expect(await (await get(URL_A)).text()).toBe('page 2');
		expect(state.renders).toBe(2);
	});

	it.each([
		['another view of the same page', `${URL_A}?hide=1`],
		['its data for client-side navigation', `${URL_A}/__data.json?x-sveltekit-invalidated=01`]
	])('keeps %s apart', async (_, other) => {
		const { state, get } = setup();
		await get(URL_A);
		expect(await (await get(other)).text()).toBe('page 2');
		expect(await (await get(URL_A)).text()).toBe('page 1');
		expect(state.renders).toBe(2);
	});

	it.each<[string, { status?: number; setCookie?: boolean; uncached?: boolean }, RequestInit, number]>([
		['a page that is not cached', { uncached: true }, {}, 200],
		['a POST', {}, { method: 'POST', body: 'x' }, 200],
		['an error page', { status: 404 }, {}, 404],
		['a page that sets a cookie', { setCookie: true }, {}, 200]
	])('renders %s every time', async (_, opts, init, status) => {
		const { state, get } = setup(opts);
		if (opts.uncached) state.source = null;
		expect((await get(URL_A, init)).status).toBe(status);
		await get(URL_A, init);
		expect(state.renders).toBe(2);
	});

	it('answers 304 to a request that already has the cached page, as SvelteKit does', async () => {
		const { get } = setup();
		await get(URL_A);
		const again = await get(URL_A, { headers: { 'if-none-match': '"e1"' } });
		expect([again.status, again.headers.get('etag'), await again.text()]).toEqual([304, '"e1"', '']);
		expect((await get(URL_A, { headers: { 'if-none-match': '"old"' } })).status).toBe(200);
	});

	it('drops the least recently used page beyond its limit', async () => {
		const { state, get } = setup({ maxPages: 2 });
		await get(`${URL_A}?v=1`);
		await get(`${URL_A}?v=2`);
		await get(`${URL_A}?v=1`); // v=1 is now the most recent
		await get(`${URL_A}?v=3`); // v=2 goes
		expect(state.renders).toBe(3);
		await get(`${URL_A}?v=1`);
		expect(state.renders).toBe(3);
		await get(`${URL_A}?v=2`);
		expect(state.renders).toBe(4);
	});
});
