import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, firstInvalidUtf8 } from './decode-article-bytes';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticleBytes', () => {
	it('decodes UTF-8 text and keeps a byte-order mark so offsets match the text as read', () => {
		const result = decodeArticleBytes('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('NATO’s posture')]));
		expect(result.text).toBe('\uFEFFNATO’s posture');
		expect(result.problems).toEqual([]);
	});

	it.each([
		['empty', new Uint8Array(), /is empty/],
		['whitespace only', utf8(' \n\t\u00a0\n'), /only whitespace/],
		['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary.*NUL byte at byte 4/],
		['control characters', new Uint8Array([...utf8('ab'), 1, 2, 3, 4, 5, 6, 7, 8, ...utf8('cdefgh')]), /binary.*control/],
		['UTF-16', new Uint8Array([0xff, 0xfe, 0x41, 0x00]), /UTF-16/]
	])('refuses %s', (_name, bytes, message) => {
		const result = decodeArticleBytes('a.txt', bytes);
		expect(result.text).toBeNull();
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({ file: 'a.txt', severity: 'error', message: expect.stringMatching(message) });
		expect(result.problems[0].fix.length).toBeGreaterThan(10);
	});

	it('refuses a file over the size limit and gives both sizes', () => {
		const result = decodeArticleBytes('big.md', utf8('x'.repeat(3000)), { maxBytes: 2048 });
		expect(result.text).toBeNull();
		expect(result.problems[0].message).toContain('2.9 KB (3000 bytes)');
		expect(result.problems[0].message).toContain('2.0 KB (2048 bytes)');
	});

	it('accepts a file exactly at the limit', () => {
		expect(decodeArticleBytes('ok.md', utf8('x'.repeat(2048)), { maxBytes: 2048 }).text).toHaveLength(2048);
	});

	it('says at which byte and line invalid UTF-8 starts (a Windows-1252 curly quote)', () => {
		const bytes = new Uint8Array([...utf8('Line one\nNATO'), 0x92, ...utf8('s posture')]);
		const result = decodeArticleBytes('cp1252.txt', bytes);
		expect(result.text).toBeNull();
		expect(result.problems[0]).toMatchObject({ line: 2 });
		expect(result.problems[0].message).toContain('byte 13, on line 2');
		expect(result.problems[0].fix).toMatch(/UTF-8/);
	});
});

describe('firstInvalidUtf8', () => {
	it.each([
		['valid multi-byte text', utf8('é ’ 😀 ü'), -1],
		['lone continuation byte', new Uint8Array([0x41, 0x80]), 1],
		['overlong encoding', new Uint8Array([0x41, 0xc0, 0xaf]), 1],
		['UTF-16 surrogate', new Uint8Array([0xed, 0xa0, 0x80]), 0],
		['beyond U+10FFFF', new Uint8Array([0xf4, 0x90, 0x80, 0x80]), 0],
		['truncated sequence', new Uint8Array([0x41, 0x42, 0xe2, 0x80]), 2]
	])('%s', (_name, bytes, index) => {
		expect(firstInvalidUtf8(bytes)).toBe(index);
		// the native fatal decoder must agree on validity
		const valid = (() => {
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(bytes);
				return true;
			} catch {
				return false;
			}
		})();
		expect(valid).toBe(index === -1);
	});
});
