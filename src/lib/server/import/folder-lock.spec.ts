import { describe, expect, it } from 'vitest';
import { withFolderLock } from './folder-lock';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('withFolderLock', () => {
	it('runs tasks on one key one after another, in order, even when one fails', async () => {
		const log: string[] = [];
		const task = (name: string, ms: number, fail = false) =>
			withFolderLock('/a', async () => {
				log.push(`start ${name}`);
				await pause(ms);
				log.push(`end ${name}`);
				if (fail) throw new Error(name);
				return name;
			});
		const results = await Promise.allSettled([task('1', 20), task('2', 5, true), task('3', 1)]);
		expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
		expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
	});

	it('lets different keys run at the same time', async () => {
		const log: string[] = [];
		await Promise.all(
			['/a', '/b'].map((key) =>
				withFolderLock(key, async () => {
					log.push(`start ${key}`);
					await pause(10);
					log.push(`end ${key}`);
				})
			)
		);
		expect(log.slice(0, 2)).toEqual(['start /a', 'start /b']);
	});
});
