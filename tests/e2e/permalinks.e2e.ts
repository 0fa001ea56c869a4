import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage, type Browser, type Page } from './browser';
import { waitForCharts } from './canvas';

const DASHBOARD = '/stories/nato-proactive-2025';
const ARTICLE = `${DASHBOARD}/articles/expressive-info`;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Everything a reader can set on the dashboard, read off the page. */
async function viewOf(page: Page) {
	return {
		cards: (await page.locator('li.card .outlet').allInnerTexts()).map((t) => t.trim()),
		checked: await page.locator('.outlets input[type=checkbox]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked)),
		voicesRows: await page.locator('#voices-numbers tbody th').allTextContents(),
		seriesOff: await page.locator('[data-series][aria-pressed="false"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-series'))),
		highlighted: await page.locator('figure.highlighted').getAttribute('id'),
		hideButton: await page.getByRole('button', { name: /outlet names/ }).getAttribute('aria-pressed')
	};
}

/** The SVG export of a figure: a byte-exact record of what the chart draws. */
async function svgOf(page: Page, figure: string): Promise<string> {
	const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`#${figure}`).getByRole('button', { name: /^SVG image/ }).click()]);
	const stream = await dl.createReadStream();
	const chunks: Buffer[] = [];
	for await (const c of stream) chunks.push(c as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

describe('dashboard permalinks', () => {
	it('reopen the same view in a fresh browser: outlets, teaching mode, chart and switched-off series', async () => {
		const { page, errors, context } = await openPage(browser, DASHBOARD);
		await waitForCharts(page, 5);
		await page.getByRole('button', { name: 'Hide outlet names (teaching mode)' }).click();
		await page.locator('.outlets summary').click();
		await page.getByRole('checkbox', { name: 'Outlet B' }).uncheck();
		await page.locator('[data-series="voices:nato"]').click();
		await page.locator('[data-series="voice-kinds:reported"]').click();
		await page.locator('#voices').getByRole('button', { name: /^Link to/ }).click();
		await page.locator('.status', { hasText: 'http' }).waitFor();
		const link = (await page.locator('.status').innerText()).match(/https?:\/\/\S+/)![0];
		expect(link).toBe(page.url());
		const url = new URL(link);
		expect(url.pathname).toBe(DASHBOARD);
		expect(Object.fromEntries(url.searchParams)).toEqual({
			hide: '1',
			outlets: 'archyde,expressive-info,illustrated-daily-news,rbc-ukraine',
			chart: 'voices',
			off: 'voice-kinds:reported,voices:nato'
		});
		const before = await viewOf(page);
		const svgBefore = await svgOf(page, 'voices');
		expect(errors).toEqual([]);
		await context.close();

		// a new context: no shared storage, as a student opening the link on another machine
		const fresh = await openPage(browser, link);
		await waitForCharts(fresh.page, 5);
		await fresh.page.locator('.outlets summary').click();
		const after = await viewOf(fresh.page);
		expect(after).toEqual(before);
		expect(after.cards[0]).toBe('Outlet A');
		expect(after.checked).toEqual([true, false, true, true, true]);
		expect(after.voicesRows).toEqual(['Outlet A', 'Outlet C', 'Outlet D', 'Outlet E']);
		expect(after.seriesOff).toEqual(['voices:nato', 'voice-kinds:reported']);
		expect(after.highlighted).toBe('voices');
		// the chart draws the same thing: its vector export is identical
		expect(await svgOf(fresh.page, 'voices')).toBe(svgBefore);
		expect(svgBefore).toContain('Not shown (switched off): NATO');
		expect(fresh.errors).toEqual([]);
		await fresh.context.close();
	});

	it('name the story even when copied from the home page', async () => {
		const { page, context } = await openPage(browser, '/');
		await waitForCharts(page, 5);
		await page.locator('[data-series="tone:alarm"]').click();
		await page.getByRole('button', { name: 'Copy link to this view' }).click();
		await page.locator('.status', { hasText: 'http' }).waitFor();
		const link = (await page.locator('.status').innerText()).match(/https?:\/\/\S+/)![0];
		expect(link).toBe(`${baseURL()}${DASHBOARD}?off=tone%3Aalarm`);
		await context.close();
	});

	it('open the selected outlets in teaching mode even without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL() });
		const page = await context.newPage();
		await page.goto(`${DASHBOARD}?hide=1&outlets=defence24,archyde`);
		expect(await page.locator('#lexicon-numbers tbody th').allTextContents()).toEqual(['Outlet A', 'Outlet B']);
		await context.close();
	});
});

describe('article permalinks', () => {
	it('carry switched-off highlights and teaching mode', async () => {
		const { page, errors, context } = await openPage(browser, ARTICLE);
		expect(await page.locator('.mark.hit.assertive').count()).toBeGreaterThan(0);
		await page.locator('.legend button[data-key="assertive"]').click();
		await page.locator('.legend button[data-key="side:russia"]').click();
		await page.getByRole('button', { name: 'hide outlet (teaching mode)' }).click();
		await page.waitForURL((u) => u.searchParams.get('off') === 'assertive,side:russia' && u.searchParams.get('hide') === '1');
		const link = page.url();
		const contents = await page.locator('.content').count();
		expect(errors).toEqual([]);
		await context.close();

		const fresh = await openPage(browser, link);
		expect(await fresh.page.locator('.legend button[data-key="assertive"]').getAttribute('aria-pressed')).toBe('false');
		expect(await fresh.page.locator('.legend button[data-key="side:russia"]').getAttribute('aria-pressed')).toBe('false');
		expect(await fresh.page.locator('.legend button[data-key="cautious"]').getAttribute('aria-pressed')).toBe('true');
		expect(await fresh.page.locator('.mark.hit.assertive').count()).toBe(0);
		expect(await fresh.page.locator('.mark.hit.cautious').count()).toBeGreaterThan(0);
		expect(await fresh.page.locator('.content').count()).toBe(contents);
		expect(await fresh.page.locator('.article-head .outlet').innerText()).toMatch(/^Outlet [A-E]$/);
		expect(fresh.errors).toEqual([]);
		await fresh.context.close();
	});
});

describe('hand-written permalinks', () => {
	// a raw comma is written %2C by the view, so these addresses are rewritten once the page has started
	it.each([`${DASHBOARD}?outlets=rbc-ukraine,archyde&hide=1`, `${DASHBOARD}?hide=1&outlets=archyde,rbc-ukraine`])(
		'%s opens without an error and the address bar is rewritten the view’s way',
		async (path) => {
			const { page, errors, context } = await openPage(browser, path);
			await waitForCharts(page, 5);
			expect(await page.locator('#lexicon-numbers tbody th').count()).toBe(2);
			await page.waitForURL((u) => u.search.startsWith('?hide=1&outlets=') && u.search.includes('%2C'));
			expect(errors).toEqual([]);
			await context.close();
		}
	);

	it('an article link with its switched-off highlights out of order opens without an error', async () => {
		const { page, errors, context } = await openPage(browser, `${ARTICLE}?off=side:russia,assertive&hide=1`);
		await page.waitForURL((u) => u.searchParams.get('off') === 'assertive,side:russia' && u.search.includes('%2C'));
		expect(await page.locator('.legend button[data-key="assertive"]').getAttribute('aria-pressed')).toBe('false');
		expect(errors).toEqual([]);
		await context.close();
	});
});
