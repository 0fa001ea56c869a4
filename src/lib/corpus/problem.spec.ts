import { describe, expect, it } from 'vitest';
import { formatProblem, isError, shortKey } from './problem';

describe('problems', () => {
	it('formats file, line, field, message and fix on one line', () => {
		expect(
			formatProblem({ file: 'a.md', line: 4, field: 'url', message: 'the `url` is not a web address', fix: 'add https://' })
		).toBe('a.md:4 (url): the `url` is not a web address — add https://');
		expect(formatProblem({ file: 'b.txt', message: 'empty', fix: 'fill it' })).toBe('b.txt: empty — fill it');
	});

	it('counts a problem without severity as an error', () => {
		expect(isError({ file: 'a', message: 'm', fix: 'f' })).toBe(true);
		expect(isError({ file: 'a', message: 'm', fix: 'f', severity: 'warning' })).toBe(false);
	});

	it('shortens keys for display', () => {
		expect(shortKey('autor')).toBe('autor');
		expect(shortKey('{\n  ? a\n}')).toBe('{ ? a }');
		expect(shortKey('k'.repeat(50))).toBe('k'.repeat(37) + '...');
	});
});
