import { describe, expect, it } from 'vitest';
import { median } from './median';

describe('median', () => {
	it.each([
		[[], 0],
		[[5], 5],
		[[3, 1, 2], 2],
		[[4, 1, 3, 2], 2.5],
		[[10, -10], 0]
	])('%j -> %d', (values, expected) => expect(median(values)).toBe(expected));

	it('leaves its input in order', () => {
		const values = [3, 1, 2];
		median(values);
		expect(values).toEqual([3, 1, 2]);
	});
});
