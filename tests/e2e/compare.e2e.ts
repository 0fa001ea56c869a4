import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { baseURL, launchBrowser, openPage, type Browser, type Page } from './browser';
import { inkPerCanvas, waitForCharts } from './canvas';

const STORY = 'nato-proactive-2025';
const COMPARE = `/stories/${STORY}/compare`;
const OUTLETS = ['Archyde', 'Defence24', 'Expressive Info', 'Illustrated Daily News', 'RBC-Ukraine'];

type Row = Record<string, string>;
const parseCsv = (text: string) => Papa.parse<Row>(text, { header: true, skipEmptyLines: true });

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function fetchText(path: string): Promise<{ text: string; disposition: string | null }> {
	const res = await fetch(baseURL() + path);
	expect(res.status, path).toBe(200);
	return { text: await res.text(), disposition: res.headers.get('content-disposition') };
}

/** The aligned group whose sentences quote "studying everything". */
const studyingGroup = (page: Page) => page.locator('details.group', { hasText: 'studying everything' }).first();

/** Outlet labels of a group's sentences, in page order. */
const memberOutlets = (page: Page, group: ReturnType<typeof studyingGroup>) => group.locator('.member .who strong').allInnerTexts();

describe('compare page of the bundled story', () => {
	it('draws the similarity chart, shows the "studying everything" group and a check-this item, and is axe clean', async () => {
		const { page, errors, context } = await openPage(browser, COMPARE);
		expect(await page.locator('h1').innerText()).toBe('Same story, different words');
		expect(await waitForCharts(page, 1)).toBe(1);
		for (const share of await inkPerCanvas(page)) expect(share).toBeGreaterThan(0.02);
		// the numbers behind the matrix: one row per outlet
		await page.locator('#similarity').getByRole('button', { name: 'Show the numbers' }).click();
		expect(await page.locator('#similarity-numbers tbody th').allInnerTexts()).toEqual(OUTLETS);

		const group = studyingGroup(page);
		await group.locator('summary').click();
		const outlets = await memberOutlets(page, group);
		expect(outlets).toEqual(expect.arrayContaining(['Archyde', 'Expressive Info', 'Illustrated Daily News']));
		expect(outlets).not.toContain('RBC-Ukraine');
		expect(await group.locator('.member .text', { hasText: 'studying everything' }).count()).toBe(outlets.length);
		// the opened group is in the address, so the address is a permalink
		const id = (await group.getAttribute('id'))!.replace('group-', '');
		await page.waitForURL((u) => u.searchParams.get('group') === id);
		// each sentence links to its place in the article view
		const href = await group.locator('.member a').first().getAttribute('href');
		expect(href).toMatch(new RegExp(`^/stories/${STORY}/articles/[\\w-]+#s\\d+$`));

		const check = page.locator('article.check', { hasText: 'Cavallaro' }).filter({ hasText: 'Dragone' }).first();
		await expect.poll(() => check.count()).toBe(1);
		expect(await check.locator('mark').count()).toBeGreaterThanOrEqual(2);
		expect(await check.locator('.reason').innerText()).toMatch(/^Why these were paired: /);
		expect(await page.locator('.caution').innerText()).toContain('does not say which one is right');

		expect(await seriousViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('follows the link from the dashboard and links each article view back', async () => {
		const { page, errors, context } = await openPage(browser, '/');
		await page.getByRole('link', { name: /compare the wording/ }).click();
		await page.waitForURL((u) => u.pathname === COMPARE);
		await waitForCharts(page, 1);

		const article = await openPage(browser, `/stories/${STORY}/articles/archyde`);
		const section = article.page.locator('#reported-elsewhere');
		expect(await section.locator('h2').innerText()).toBe('Reported elsewhere');
		const link = section.locator('a[href*="/compare?group="]').first();
		const href = (await link.getAttribute('href'))!;
		await link.click();
		await article.page.waitForURL((u) => u.pathname === COMPARE);
		const id = new URL(href, baseURL()).searchParams.get('group');
		expect(await article.page.locator(`#group-${id}`).getAttribute('open')).not.toBeNull();
		expect(await seriousViolations(article.page)).toEqual([]);
		expect(article.errors).toEqual([]);
		await article.context.close();
		expect(errors).toEqual([]);
		await context.close();
	});

	it('hides outlet names in teaching mode, and a permalink reopens the group in teaching mode', async () => {
		const { page, errors, context } = await openPage(browser, COMPARE);
		await waitForCharts(page, 1);
		await page.getByRole('button', { name: 'Hide outlet names (teaching mode)' }).click();
		const group = studyingGroup(page);
		await group.locator('summary').click();
		await page.waitForURL((u) => u.searchParams.get('hide') === '1' && u.searchParams.has('group'));
		const link = page.url();
		for (const label of await memberOutlets(page, group)) expect(label).toMatch(/^Outlet [A-E]$/);
		const labels = await page.locator('.who strong, #similarity-numbers th, .omissions strong, .pair strong').allInnerTexts();
		for (const name of OUTLETS) expect(labels).not.toContain(name);
		expect(errors).toEqual([]);
		await context.close();

		const fresh = await openPage(browser, link);
		await waitForCharts(fresh.page, 1);
		const id = new URL(link).searchParams.get('group');
		const opened = fresh.page.locator(`#group-${id}`);
		expect(await opened.getAttribute('open')).not.toBeNull();
		expect(await opened.isVisible()).toBe(true);
		const box = await opened.boundingBox();
		expect(box!.y).toBeLessThan(768);
		expect(box!.y + 20).toBeGreaterThan(0);
		expect(await fresh.page.getByRole('button', { name: 'Reveal outlet names' }).getAttribute('aria-pressed')).toBe('true');
		for (const label of await memberOutlets(fresh.page, opened)) expect(label).toMatch(/^Outlet [A-E]$/);
		expect(fresh.errors).toEqual([]);
		await fresh.context.close();
	});

	it('offers downloads that parse: compare.json, groups.csv, divergences.csv, similarity.csv and the chart images', async () => {
		const json = await fetchText(`/stories/${STORY}/compare.json`);
		expect(json.disposition).toMatch(/attachment; filename="nato-proactive-2025_compare_\d{4}-\d{2}-\d{2}\.json"/);
		const file = JSON.parse(json.text);
		expect(file.story.slug).toBe(STORY);
		expect(file.lexiconVersion).toBeTruthy();
		expect(file.actorsVersion).toBeTruthy();
		expect(file.alignment.articles).toHaveLength(5);
		expect(file.alignment.similarity).toHaveLength(5);
		expect(file.ids).toHaveLength(5);

		const groups = parseCsv((await fetchText(`/stories/${STORY}/groups.csv`)).text);
		expect(groups.errors).toEqual([]);
		expect(groups.data.length).toBe(file.alignment.groups.reduce((n: number, g: { members: unknown[] }) => n + g.members.length, 0));
		expect(groups.data.some((r) => r.sentence.includes('studying everything'))).toBe(true);

		const divergences = parseCsv((await fetchText(`/stories/${STORY}/divergences.csv`)).text);
		expect(divergences.errors).toEqual([]);
		expect(divergences.data.some((r) => r.value.includes('Cavallaro'))).toBe(true);

		const similarity = parseCsv((await fetchText(`/stories/${STORY}/similarity.csv`)).text);
		expect(similarity.errors).toEqual([]);
		expect(similarity.data).toHaveLength(10);
		for (const r of similarity.data) expect(Number(r.similarity)).toBeGreaterThanOrEqual(0);

		const hidden = (await fetchText(`/stories/${STORY}/groups.csv?hide=1`)).text;
		for (const name of OUTLETS) expect(hidden).not.toContain(`,${name},`);

		const { page, errors, context } = await openPage(browser, COMPARE);
		await waitForCharts(page, 1);
		const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('#similarity').getByRole('button', { name: /^SVG image/ }).click()]);
		expect(svg.suggestedFilename()).toMatch(/^nato-proactive-2025_similarity_\d{4}-\d{2}-\d{2}\.svg$/);
		const chunks: Buffer[] = [];
		for await (const c of await svg.createReadStream()) chunks.push(c as Buffer);
		const text = Buffer.concat(chunks).toString('utf8');
		for (const name of OUTLETS) expect(text).toContain(name);
		const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#similarity').getByRole('button', { name: /^PNG image/ }).click()]);
		expect(png.suggestedFilename()).toMatch(/\.png$/);
		// the page's download links point at the same files
		expect(await page.locator('a[href$="/groups.csv"]').count()).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('fits a 390-pixel phone without sideways scrolling', async () => {
		const { page, errors, context } = await openPage(browser, COMPARE, { width: 390, height: 844 });
		await waitForCharts(page, 1);
		await studyingGroup(page).locator('summary').click();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('compare page of a story with 200 articles', () => {
	it('loads, draws each article’s closest match and pages the long lists', { timeout: 180_000 }, async () => {
		// the first request analyses and compares 200 articles; the page itself is timed once that is cached
		const warm = await fetch(`${baseURL()}/stories/large-200/compare.json`, { signal: AbortSignal.timeout(150_000) });
		expect(warm.status).toBe(200);
		const started = Date.now();
		const { page, errors, context } = await openPage(browser, '/stories/large-200/compare');
		expect(await waitForCharts(page, 1, 60_000)).toBe(1);
		console.log(`200-article compare page: chart drawn ${Date.now() - started} ms after navigation started`);
		expect(await page.locator('#similarity-title').innerText()).toContain('closest match');
		expect(await page.locator('#similarity .scrollbox').count()).toBe(1);
		for (const share of await inkPerCanvas(page)) expect(share).toBeGreaterThan(0.005);
		expect(await page.locator('details.group').count()).toBe(20);
		expect(await page.locator('article.check').count()).toBeLessThanOrEqual(10);
		const first = await page.locator('details.group').first().getAttribute('id');
		await page.locator('nav[aria-label="Pages of groups"]').getByRole('link', { name: /^Next/ }).click();
		await page.waitForURL((u) => u.searchParams.get('groups-page') === '2');
		await page.locator('nav[aria-label="Pages of groups"]', { hasText: 'groups 21–40 of' }).waitFor();
		expect(await page.locator('details.group').count()).toBe(20);
		expect(await page.locator('details.group').first().getAttribute('id')).not.toBe(first);
		expect(errors).toEqual([]);
		await context.close();
	});
});
