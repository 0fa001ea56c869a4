import { describe, expect, it } from 'vitest';
import { isQuestion } from './question';

describe('isQuestion', () => {
	it.each([
		'Proactive NATO: a real shift or rhetoric?',
		'Navigating Unspoken Strategies: Could NATO Strike Russia First?',
		'Could NATO strike Russia first',
		'Will the Fed cut rates again',
		'Is this the end of the alliance',
		'Why is NATO changing course',
		'What does the new posture mean for Europe',
		"What's next for the alliance",
		'Analysis: Should Europe prepare for war',
		'Can Europe defend itself',
		'¿Qué pasa?'
	])('question: %s', (text) => {
		expect(isQuestion(text)).toBe(true);
	});

	it.each([
		'Why NATO is changing course',
		'How to read the new doctrine',
		'What we know about the drone incursions',
		'Will Smith wins Oscar',
		'May 5 talks fail',
		'Do or die for the coalition',
		'NATO weighs more proactive stance',
		'Who speaks for Europe, and why it matters',
		''
	])('statement: %s', (text) => {
		expect(isQuestion(text)).toBe(false);
	});

	it('stays fast on pathological input', () => {
		const t0 = performance.now();
		isQuestion(' '.repeat(50_000) + ':');
		isQuestion("'".repeat(100_000));
		isQuestion('Could ' + '-'.repeat(50_000));
		expect(performance.now() - t0).toBeLessThan(2000);
	});
});
