import { describe, expect, it } from 'vitest';
import { placeWeekday } from './divergences';

describe('placeWeekday', () => {
	it.each([
		['sunday', '2025-12-02', 'most likely Sunday 30 November 2025, counted back from the publication date (Tuesday 2 December 2025)'],
		['tuesday', '2025-12-02', 'the day of publication, Tuesday 2 December 2025'],
		['wednesday', '2025-12-02', 'most likely Wednesday 26 November 2025, counted back from the publication date (Tuesday 2 December 2025)'],
		['sunday', null, null],
		['sunday', 'December 2025', null],
		['someday', '2025-12-02', null]
	])('%s published %s', (weekday, published, expected) => expect(placeWeekday(weekday, published)).toBe(expected));
});
