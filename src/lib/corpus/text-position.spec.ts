import { describe, expect, it } from 'vitest';
import { isSpace, lineAt, lineLookup, skipBom, trimRange } from './text-position';

describe('text positions', () => {
	it('counts lines from 1', () => {
		expect(lineAt('a\nb\nc', 0)).toBe(1);
		expect(lineAt('a\nb\nc', 2)).toBe(2);
		expect(lineAt('a\nb\nc', 4)).toBe(3);
		expect(lineAt('a\nb', 99)).toBe(2);
	});

	it('looks lines up the same way as lineAt', () => {
		const text = 'a\n\nbc\nd\n';
		const lookup = lineLookup(text);
		for (let offset = 0; offset <= text.length + 2; offset++) expect(lookup(offset), String(offset)).toBe(lineAt(text, offset));
	});

	it('steps over a byte-order mark only', () => {
		expect(skipBom('\uFEFFx')).toBe(1);
		expect(skipBom('x')).toBe(0);
	});

	it('treats exactly what String.prototype.trim treats as whitespace', () => {
		const disagreements: string[] = [];
		for (let code = 0; code < 0x10000; code++)
			if (isSpace(code) !== (String.fromCharCode(code).trim() === '')) disagreements.push(`U+${code.toString(16)}`);
		expect(disagreements).toEqual([]);
	});

	it('trims a range without moving outside it', () => {
		const text = 'ab  \u00a0 body text \n\n cd';
		expect(trimRange(text, 2, 19)).toEqual({ start: 6, end: 15 });
		expect(text.slice(6, 15)).toBe('body text');
		expect(trimRange('   ', 0, 3)).toEqual({ start: 3, end: 3 });
	});
});
