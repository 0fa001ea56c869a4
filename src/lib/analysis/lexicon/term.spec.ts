import { describe, expect, it } from 'vitest';
import { parseTerm } from './term';

describe('parseTerm', () => {
	it.each([
		['retaliate', false, [['retaliate', null]]],
		['  fire the first shot ', false, [['fire', null], ['the', null], ['first', null], ['shot', null]]],
		['may [modal]', false, [['may', 'modal']]],
		['may[modal]', false, [['may', 'modal']]],
		['strike [Verb] back', false, [['strike', 'verb'], ['back', null]]],
		['calm [adjective]', false, [['calm', 'adj']]],
		['avoid * escalation', false, [['avoid', null], ['*', null], ['escalation', null]]],
		['!hunger strike', true, [['hunger', null], ['strike', null]]],
		['! strike a deal', true, [['strike', null], ['a', null], ['deal', null]]],
		['pre-emptive', false, [['pre-emptive', null]]]
	])('reads %j', (entry, exception, words) => {
		const parsed = parseTerm(entry);
		expect(parsed.problems).toEqual([]);
		expect(parsed.entry).toBe(entry);
		expect(parsed.exception).toBe(exception);
		expect(parsed.words.map((w) => [w.text, w.sense])).toEqual(words);
	});

	it.each([
		['may [month]', 'unknown sense [month]'],
		['[modal] may', 'a sense must follow a word'],
		['', 'no words'],
		['!', 'no words'],
		['* *', 'at least one word besides *'],
		['* escalation', '* can only stand between words'],
		['avoid *', '* can only stand between words']
	])('explains what is wrong with %j and keeps no words', (entry, problem) => {
		const parsed = parseTerm(entry);
		expect(parsed.words).toEqual([]);
		expect(parsed.problems.join(' ')).toContain(problem);
	});
});
