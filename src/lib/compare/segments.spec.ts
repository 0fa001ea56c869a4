import { describe, expect, it } from 'vitest';
import { markedSegments } from './segments';
import { alignment } from './fixtures';

describe('markedSegments', () => {
	it('marks file-offset spans relative to the sentence start', () => {
		const member = alignment().groups[0].members[1];
		const segs = markedSegments(member.text, member.start, member.differences);
		expect(segs).toEqual([
			{ text: 'Officials are', marked: true },
			{ text: ' studying everything, ', marked: false },
			{ text: 'Russia warned', marked: true },
			{ text: '.', marked: false }
		]);
		expect(segs.map((s) => s.text).join('')).toBe(member.text);
	});

	it('returns the sentence unmarked when nothing differs', () => {
		expect(markedSegments('Same words.', 40, [])).toEqual([{ text: 'Same words.', marked: false }]);
		expect(markedSegments('', 0, [])).toEqual([{ text: '', marked: false }]);
	});

	it('clips spans to the sentence and merges overlapping or touching ones', () => {
		// sentence "abcdefghij" at offset 100
		const segs = markedSegments('abcdefghij', 100, [
			{ start: 95, end: 102 },
			{ start: 104, end: 106 },
			{ start: 105, end: 107 },
			{ start: 107, end: 108 },
			{ start: 109, end: 130 },
			{ start: 200, end: 210 },
			{ start: 103, end: 103 }
		]);
		expect(segs).toEqual([
			{ text: 'ab', marked: true },
			{ text: 'cd', marked: false },
			{ text: 'efgh', marked: true },
			{ text: 'i', marked: false },
			{ text: 'j', marked: true }
		]);
	});
});
