import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium; Playwright's own browser download does not work on our machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function baseURL(): string {
	return inject('baseURL');
}

export async function launchBrowser(): Promise<Browser> {
	// launch() gives every run a fresh temporary profile (user-data-dir)
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync']
	});
}

/** A page, hydrated, that records console errors and uncaught exceptions, so a test can assert there were none. */
export async function openPage(browser: Browser, path: string, viewport = { width: 1366, height: 768 }) {
	const context = await browser.newContext({ viewport, baseURL: baseURL(), acceptDownloads: true });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(path);
	// the page answers clicks once the app has hydrated (the root layout's mark); `load` does not wait for it
	await page.waitForFunction(() => performance.getEntriesByName('app-hydrated').length > 0, undefined, { timeout: 30_000 });
	return { page, errors, context };
}

export type { Browser, Page };
