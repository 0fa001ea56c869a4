import { describe, expect, it } from 'vitest';
import { requestBodyLimit } from './server-context';

describe('requestBodyLimit', () => {
	it.each([
		[undefined, 512 * 1024],
		['512K', 512 * 1024],
		['50M', 50 * 1024 * 1024],
		['1G', 1024 ** 3],
		['1000', 1000],
		['Infinity', Infinity],
		['nonsense', 512 * 1024]
	])('BODY_SIZE_LIMIT=%j is %d bytes, as adapter-node reads it', (value, bytes) => {
		expect(requestBodyLimit({ BODY_SIZE_LIMIT: value })).toBe(bytes);
	});
});
