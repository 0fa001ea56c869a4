import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage, type Browser } from './browser';
import { seriousViolations } from './axe';
import { inkPerCanvas, waitForCharts } from './canvas';

const OUTLETS = ['Defence24', 'Illustrated Daily News', 'RBC-Ukraine', 'Expressive Info', 'Archyde'];

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('story dashboard', () => {
	it('shows the five outlets and five drawn, non-blank charts without console errors', async () => {
		const { page, errors, context } = await openPage(browser, '/');
		expect(await page.locator('li.card').count()).toBe(5);
		for (const outlet of OUTLETS) expect(await page.locator('li.card .outlet', { hasText: outlet }).count()).toBe(1);
		expect(await waitForCharts(page, 5)).toBe(5);
		const ink = await inkPerCanvas(page);
		expect(ink).toHaveLength(5);
		for (const share of ink) expect(share).toBeGreaterThan(0.01);
		expect(await page.locator('.flag', { hasText: 'headline not given' }).count()).toBe(1);
		expect(await page.locator('.strips li').count()).toBe(5);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('sends only the chart code first, runs it from the head, and starts the app once the charts are drawn', async () => {
		const response = await fetch(baseURL() + '/');
		const preloads = [...(response.headers.get('link') ?? '').matchAll(/<([^>]+)>/g)].map((m) => m[1]);
		const html = await response.text();
		const drawing = html.match(/<script type="module" async src="([^"]+)"><\/script>\s*<\/head>/)?.[1];
		expect(drawing).toMatch(/\/chunks\/charts\.[\w-]+\.js$/);
		// the chart chunks are the only modules preloaded: the app's would compete with the charts
		expect(preloads).toContain(drawing);
		for (const path of preloads) expect(path).toMatch(/\/chunks\/(charts|chart-configs|chart-basics|bundler-runtime)\.[\w-]+\.js$/);
		// SvelteKit's start-up script was found and waits for the drawing chunk (a Kit upgrade that changes it fails here)
		expect(html).toContain(`import(${JSON.stringify(drawing)}).catch(() => {}).then(() => { for (const href of [`);

		const { page, errors, context } = await openPage(browser, '/');
		await waitForCharts(page, 5);
		await page.waitForFunction(() => performance.getEntriesByName('app-hydrated').length > 0);
		const order = await page.evaluate(() => ({
			drawn: Math.max(...performance.getEntriesByName('chart-drawn').map((m) => m.startTime)),
			charts: performance.getEntriesByName('chart-drawn').length,
			hydrated: performance.getEntriesByName('app-hydrated')[0].startTime,
			preloaded: document.head.querySelectorAll('link[rel="modulepreload"]').length
		}));
		// drawn once each, before the app hydrated, which adopted them instead of drawing them again
		expect(order.charts).toBe(5);
		expect(order.drawn).toBeLessThan(order.hydrated);
		expect(order.preloaded).toBeGreaterThan(3);
		expect(errors).toEqual([]);
		await context.close();

		// a page without charts gets no such script, and its modules are preloaded as usual
		const method = await fetch(baseURL() + '/method');
		expect(await method.text()).not.toContain('type="module" async');
		expect(method.headers.get('link')).toMatch(/\/entry\/start\.[\w-]+\.js>; rel="modulepreload"/);
	});

	it('has no serious or critical accessibility violations', async () => {
		const { page, context } = await openPage(browser, '/');
		await waitForCharts(page, 5);
		expect(await seriousViolations(page)).toEqual([]);
		await context.close();
	});

	it('hides outlet names in teaching mode and reveals them again', async () => {
		const { page, context } = await openPage(browser, '/');
		await waitForCharts(page, 5);
		await page.getByRole('button', { name: 'Hide outlet names (teaching mode)' }).click();
		await page.locator('li.card .outlet', { hasText: 'Outlet A' }).waitFor();
		const main = (await page.locator('main').innerText()).toLowerCase();
		for (const outlet of OUTLETS) expect(main).not.toContain(outlet.toLowerCase());
		expect(page.url()).toContain('hide=1');
		await page.getByRole('button', { name: 'Reveal outlet names' }).click();
		await page.locator('li.card .outlet', { hasText: 'Defence24' }).waitFor();
		await context.close();
	});

	it('opens in teaching mode from a link, before any script runs', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto('/?hide=1');
		expect(await page.locator('li.card .outlet').first().innerText()).toContain('Outlet A');
		// without JavaScript the figures are tables
		expect(await page.locator('figure table').count()).toBeGreaterThanOrEqual(4);
		expect(await page.locator('figure table').first().isVisible()).toBe(true);
		await context.close();
	});

	it('shows the numbers behind a chart on request', async () => {
		const { page, context } = await openPage(browser, '/');
		await waitForCharts(page, 5);
		const table = page.locator('#voices-numbers');
		expect(await table.isVisible()).toBe(false);
		await page.locator('#voices').getByRole('button', { name: 'Show the numbers' }).click();
		expect(await table.isVisible()).toBe(true);
		expect(await table.locator('tbody tr').count()).toBe(5);
		await context.close();
	});

	it('fits a 390-pixel phone: charts stacked, every framing strip inside the screen', async () => {
		for (const path of ['/', '/stories/large-200']) {
			const { page, errors, context } = await openPage(browser, path, { width: 390, height: 844 });
			await waitForCharts(page, 5, 30_000);
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
			// the last cell of every strip is on screen, not clipped off its right end
			const rightmost = await page.locator('.strip').evaluateAll((strips) =>
				Math.max(...strips.map((s) => Math.max(...[...s.querySelectorAll('a')].map((a) => a.getBoundingClientRect().right))))
			);
			expect(rightmost, path).toBeLessThanOrEqual(390);
			const lefts = await page.locator('figure canvas').evaluateAll((cs) => cs.map((c) => Math.round(c.getBoundingClientRect().left)));
			expect(new Set(lefts).size, `${path}: charts in one column`).toBe(1);
			expect(errors).toEqual([]);
			await context.close();
		}
	});

	it('reaches the method page from the navigation', async () => {
		const { page, context } = await openPage(browser, '/');
		await page.getByRole('link', { name: 'Method' }).click();
		await page.waitForURL('**/method');
		expect(await page.locator('h1').innerText()).toMatch(/How the dashboard measures framing/);
		expect(await page.locator('#exercises h3').count()).toBe(3);
		await context.close();
	});
});

describe('a story with 200 articles', () => {
	it('loads, lists every article and draws sorted horizontal charts', async () => {
		const started = Date.now();
		const { page, errors, context } = await openPage(browser, '/stories/large-200');
		expect(await page.locator('table tbody tr').first().isVisible()).toBe(true);
		expect(await waitForCharts(page, 5, 30_000)).toBe(5);
		const elapsed = Date.now() - started;
		console.log(`200-article dashboard: charts drawn ${elapsed} ms after navigation started`);
		expect(await page.locator('section table caption', { hasText: 'Articles of the story' }).count()).toBe(1);
		expect(await page.locator('.scroll tbody tr').count()).toBe(200);
		expect(await page.locator('.strips li').count()).toBe(25);
		await page.getByRole('button', { name: 'Show all 200 strips' }).click();
		expect(await page.locator('.strips li').count()).toBe(200);
		for (const share of await inkPerCanvas(page)) expect(share).toBeGreaterThan(0.005);
		expect(errors).toEqual([]);
		await context.close();
	});
});
