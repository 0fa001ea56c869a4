import { describe, expect, it } from 'vitest';
import { findFrontMatter, readFrontMatter } from './front-matter';

describe('findFrontMatter', () => {
	it.each([
		['no fence', 'Body only\n', 0, { kind: 'none' }],
		['fence not on the first line', '\n---\na: 1\n---\n', 0, { kind: 'none' }],
		['a rule that is not a fence', '----\nx\n', 0, { kind: 'none' }],
		['closed with ---', '---\na: 1\n---\nBody', 0, { kind: 'block', yamlStart: 4, yamlEnd: 9, bodyStart: 13 }],
		['closed with ...', '---\na: 1\n...\nBody', 0, { kind: 'block', yamlStart: 4, yamlEnd: 9, bodyStart: 13 }],
		['CRLF line endings', '---\r\na: 1\r\n---\r\nBody', 0, { kind: 'block', yamlStart: 5, yamlEnd: 11, bodyStart: 16 }],
		['after a byte-order mark', '\uFEFF---\na: 1\n---\n', 1, { kind: 'block', yamlStart: 5, yamlEnd: 10, bodyStart: 14 }],
		['empty block at the end of the file', '---\n---', 0, { kind: 'block', yamlStart: 4, yamlEnd: 4, bodyStart: 7 }],
		['never closed', '---\na: 1\nBody\n', 0, { kind: 'unclosed', openLine: 1 }]
	])('%s', (_name, text, from, expected) => {
		expect(findFrontMatter(text, from)).toEqual(expected);
	});
});

describe('readFrontMatter', () => {
	const read = (text: string) => {
		const block = findFrontMatter(text, 0);
		if (block.kind !== 'block') throw new Error('fixture has no block');
		return readFrontMatter('a.md', text, block);
	};

	it('reads fields and locates keys on file lines', () => {
		const front = read('---\noutlet: Defence24\nheadline: "A: b"\n---\nBody');
		expect(front.data).toEqual({ outlet: 'Defence24', headline: 'A: b' });
		expect(front.lineOfKey('headline')).toBe(3);
		expect(front.lineOfKey('missing')).toBeUndefined();
	});

	it('reports YAML errors with the line in the whole file', () => {
		const front = read('---\noutlet: X\nheadline: Could NATO: strike first?\n---\n');
		expect(front.data).toBeNull();
		expect(front.problems[0]).toMatchObject({ file: 'a.md', line: 3, severity: 'error' });
	});

	it('reports duplicate keys', () => {
		const front = read('---\noutlet: X\noutlet: Y\n---\n');
		expect(front.data).toBeNull();
		expect(front.problems[0].line).toBe(3);
	});

	it('refuses a front matter that is a list', () => {
		const front = read('---\n- outlet\n- headline\n---\n');
		expect(front.data).toBeNull();
		expect(front.problems[0].message).toMatch(/not a list of `key: value` fields/);
	});

	it('reads an empty block as no fields', () => {
		expect(read('---\n---\n').data).toEqual({});
	});

	it.each([
		['plain', 'headline: NATO weighs options\n', 'NATO weighs options'],
		['double-quoted', 'headline: "NATO: a shift?"\n', 'NATO: a shift?'],
		['single-quoted', "headline: 'NATO: a shift?'\n", 'NATO: a shift?'],
		['escaped (not verbatim)', 'headline: "NATO \\u2018weighs\\u2019"\n', null],
		['doubled quote (not verbatim)', "headline: 'NATO''s shift'\n", null],
		['folded over two lines (not verbatim)', 'headline: >-\n  NATO weighs\n  options\n', null]
	])('points at a %s headline value when it is verbatim', (_name, yaml, expected) => {
		const text = `---\n${yaml}---\nBody`;
		const at = read(text).verbatimValue('headline');
		expect(at ? text.slice(at.start, at.end) : null).toBe(expected);
	});
});
