import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, type Browser } from './browser';
import { seriousViolations } from './axe';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const ARTICLE = '/stories/nato-proactive-2025/articles/expressive-info';

describe('article view', () => {
	it('renders the body as text, exactly as in the file', async () => {
		const { page, errors, context } = await openPage(browser, ARTICLE);
		const file = readFileSync(join(inject('corpusDir'), 'nato-proactive-2025/expressive-info.md'), 'utf8');
		const body = file.slice(file.indexOf('\n---\n') + 5).trim();
		const shown = await page.locator('.article-text').evaluate((el) => [...el.querySelectorAll('p')].map((p) => p.textContent).join('\n'));
		expect(shown).toBe(body);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('highlights statements and lexicon hits, and explains a click', async () => {
		const { page, context } = await openPage(browser, ARTICLE);
		expect(await page.locator('.mark.hit').count()).toBeGreaterThan(3);
		expect(await page.locator('.mark.speaker').count()).toBeGreaterThan(3);
		expect(await page.locator('.content').count()).toBeGreaterThan(3);
		await page.locator('.mark.hit').first().click();
		expect(await page.locator('.explain').innerText()).toMatch(/matched the lexicon entry/);
		await page.locator('.mark.speaker').first().click();
		expect(await page.locator('.explain').innerText()).toMatch(/Statement by/);
		await context.close();
	});

	it('switches categories and sides off and on from the legend', async () => {
		const { page, context } = await openPage(browser, ARTICLE);
		const assertive = await page.locator('.mark.hit.assertive').count();
		expect(assertive).toBeGreaterThan(0);
		const toggle = page.locator('.legend button[data-key="assertive"]');
		await toggle.click();
		expect(await toggle.getAttribute('aria-pressed')).toBe('false');
		expect(await page.locator('.mark.hit.assertive').count()).toBe(0);
		await toggle.click();
		expect(await page.locator('.mark.hit.assertive').count()).toBe(assertive);

		const russia = page.locator('.legend button[data-key="side:russia"]');
		const before = await page.locator('.content').count();
		await russia.click();
		expect(await page.locator('.content').count()).toBeLessThan(before);
		await context.close();
	});

	it('links a framing-strip cell to its sentence', async () => {
		const { page, context } = await openPage(browser, '/');
		const cell = page.locator('.strips li', { hasText: 'Expressive Info' }).locator('a').nth(3);
		await cell.click();
		await page.waitForURL(/expressive-info#s3$/);
		expect(await page.locator('#s3').count()).toBe(1);
		await context.close();
	});

	it('has no serious or critical accessibility violations', async () => {
		const { page, context } = await openPage(browser, ARTICLE);
		expect(await seriousViolations(page)).toEqual([]);
		await context.close();
	});
});
