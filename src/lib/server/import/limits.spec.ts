import { describe, expect, it } from 'vitest';
import { allowPrivateFetch, formatSize, IMPORT_LIMITS } from './limits';

describe('import limits', () => {
	it('are the ones the page and the CLI state', () => {
		expect(IMPORT_LIMITS).toMatchObject({ maxFileBytes: 2 * 1024 * 1024, maxFiles: 20, fetchTimeoutMs: 10_000, maxFetchBytes: 5 * 1024 * 1024 });
		expect(IMPORT_LIMITS.htmlTypes).toEqual(['text/html', 'application/xhtml+xml']);
	});

	it.each([
		[undefined, false],
		['', false],
		['0', false],
		['no', false],
		['1', true],
		[' TRUE ', true],
		['yes', true]
	])('FRAMING_ALLOW_PRIVATE_FETCH=%j allows private fetches: %s', (value, allowed) => {
		expect(allowPrivateFetch({ FRAMING_ALLOW_PRIVATE_FETCH: value })).toBe(allowed);
	});

	it.each([
		[512, '512 bytes'],
		[1024, '1 KB'],
		[1536, '1.5 KB'],
		[2 * 1024 * 1024, '2 MB'],
		[2.5 * 1024 * 1024, '2.5 MB']
	])('formats %d bytes as %s', (bytes, text) => expect(formatSize(bytes)).toBe(text));
});
