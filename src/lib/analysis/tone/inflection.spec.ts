import { describe, expect, it } from 'vitest';
import { baseForms } from './inflection';

describe('baseForms', () => {
	it.each([
		['fears', 'fear'],
		['bombers', 'bomber'],
		['injuries', 'injury'],
		['killed', 'kill'],
		['freed', 'free'],
		['stopped', 'stop'],
		['dies', 'die'],
		['carried', 'carry'],
		['shelling', 'shell'],
		['raging', 'rage'],
		['shooting', 'shoot'],
		['crashes', 'crash']
	])('%s -> %s', (word, base) => {
		expect(baseForms(word)).toContain(base);
	});

	it.each(['war', 'kill', 'bus', 'crisis', 'status', 'press'])('leaves %s alone', (word) => {
		expect(baseForms(word)).toEqual([]);
	});
});
