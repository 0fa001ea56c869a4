import { describe, expect, it } from 'vitest';
import { niceTicks, tickLabel } from './ticks';

describe('niceTicks', () => {
	it.each([
		[0, 10, {}, [0, 2, 4, 6, 8, 10]],
		[-1, 1, {}, [-1, -0.5, 0, 0.5, 1]],
		[0, 1, {}, [0, 0.2, 0.4, 0.6, 0.8, 1]],
		[0, 3, { integer: true }, [0, 1, 2, 3]],
		[0, 37, {}, [0, 10, 20, 30, 40]],
		[0, 0, {}, [0, 0.2, 0.4, 0.6, 0.8, 1]]
	])('%d..%d %j -> %j', (min, max, options, ticks) => expect(niceTicks(min, max, options)).toEqual(ticks));
	it('covers the range for awkward bounds', () => {
		const ticks = niceTicks(0, 47.3);
		expect(ticks[0]).toBeLessThanOrEqual(0);
		expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(47.3);
	});
});

describe('tickLabel', () => {
	it.each([
		[0, '0'],
		[0.5, '0.5'],
		[-0.5, '−0.5'],
		[0.30000000000000004, '0.3'],
		[12, '12']
	])('%d -> %s', (v, text) => expect(tickLabel(v)).toBe(text));
});
