import { describe, expect, it } from 'vitest';
import { splitIgnored, staleMarkWarning } from './ignored-hits';

const text = 'In May the alliance may strike; it may not.';
//            0123456789012345678901234567890123456789012
const hit = (start: number, end: number) => ({ start, end, term: 'may [modal]', text: text.slice(start, end) });
const hits = [hit(3, 6), hit(20, 23), hit(35, 38)];

describe('splitIgnored', () => {
	it.each([
		['no marks', [], [3, 20, 35], [], []],
		['a mark on the month', [{ start: 3, end: 6, text: 'May' }], [20, 35], [3], []],
		['two marks', [{ start: 3, end: 6, text: 'May' }, { start: 35, end: 38, text: 'may' }], [20], [3, 35], []],
		['a mark whose text changed is stale', [{ start: 3, end: 6, text: 'Mai' }], [3, 20, 35], [], [3]],
		['a mark past the end of the text is stale', [{ start: 90, end: 93, text: 'may' }], [3, 20, 35], [], [90]],
		['a mark where nothing matched does nothing', [{ start: 0, end: 2, text: 'In' }], [3, 20, 35], [], []],
		['a mark must cover the whole hit', [{ start: 3, end: 5, text: 'Ma' }], [3, 20, 35], [], []]
	])('%s', (_name, marks, kept, ignored, stale) => {
		const out = splitIgnored(hits, marks, text);
		expect(out.kept.map((h) => h.start)).toEqual(kept);
		expect(out.ignored.map((h) => h.start)).toEqual(ignored);
		expect(out.stale.map((m) => m.start)).toEqual(stale);
	});

	it('carries the note, trimmed, or null', () => {
		const out = splitIgnored(hits, [{ start: 3, end: 6, text: 'May', note: ' the month ' }, { start: 20, end: 23, text: 'may', note: '  ' }], text);
		expect(out.ignored.map((h) => h.note)).toEqual(['the month', null]);
		expect(out.ignored[0]).toMatchObject({ term: 'may [modal]', text: 'May' });
	});

	it('returns the very hits array when there is nothing to remove', () => {
		expect(splitIgnored(hits, undefined, text).kept).toBe(hits);
	});

	it('stays linear with many hits and marks', () => {
		const long = 'may '.repeat(50_000);
		const many = Array.from({ length: 50_000 }, (_, i) => ({ start: i * 4, end: i * 4 + 3, text: 'may' }));
		const t = performance.now();
		const out = splitIgnored(many, many, long);
		expect(out.kept).toHaveLength(0);
		// a scan of marks per hit would take minutes here; the margin is for a busy test machine
		expect(performance.now() - t).toBeLessThan(3000);
	});

	it('words the stale warning for a reader', () => {
		expect(staleMarkWarning({ start: 3, end: 6, text: 'May' })).toMatch(/“May”, characters 3–6\) no longer matches/);
	});
});
