import { describe, expect, it } from 'vitest';
import { measureThenDraw } from './layout-batch';

describe('measureThenDraw', () => {
	it('measures every queued chart before drawing any', async () => {
		const log: string[] = [];
		for (const name of ['a', 'b', 'c'])
			measureThenDraw({
				measure: () => (log.push(`measure ${name}`), { width: 1, height: 2 }),
				draw: (size) => log.push(`draw ${name} ${size.width}x${size.height}`)
			});
		expect(log).toEqual([]);
		await Promise.resolve();
		expect(log).toEqual(['measure a', 'measure b', 'measure c', 'draw a 1x2', 'draw b 1x2', 'draw c 1x2']);
	});
});
