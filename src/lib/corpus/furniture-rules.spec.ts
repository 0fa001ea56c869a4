import { describe, expect, it } from 'vitest';
import { FURNITURE_RULES, isDateLike, isNameLike, MAX_FURNITURE_LINE } from './furniture-rules';

describe('isNameLike', () => {
	it.each([
		['Palakshi', true],
		['Karolina Kisiel', true],
		['J. R. Smith and Ann Lee', true],
		['Ursula von der Leyen', true],
		['Mary-Ann O’Neil', true],
		['the end of the year', false],
		['Monday, the ministers agreed', false],
		['NATO: a shift?', false],
		['One Two Three Four Five Six Seven Eight Nine', false]
	])('%j -> %s', (text, expected) => expect(isNameLike(text)).toBe(expected));
});

describe('isDateLike', () => {
	it.each([
		['2025-12-02 06:59 GMT', true],
		['2 December 2025, 10:15', true],
		['Tuesday, December 2, 2025 at 6:59 pm', true],
		['Dec. 2, 2025', true],
		['02.12.2025', true],
		['2025-12-02T06:59:00Z', true],
		['30,000', false],
		['12', false],
		['December', false],
		['the ministry said on Tuesday', false]
	])('%j -> %s', (text, expected) => expect(isDateLike(text)).toBe(expected));
});

describe('FURNITURE_RULES', () => {
	it('never look at lines longer than the furniture limit', () => {
		for (const rule of FURNITURE_RULES) expect(rule.maxLength, rule.reason).toBeLessThanOrEqual(MAX_FURNITURE_LINE);
	});

	it('have distinct reasons', () => {
		const reasons = FURNITURE_RULES.map((r) => r.reason);
		expect(new Set(reasons).size).toBe(reasons.length);
	});

	it('run in bounded time on furniture-shaped lines at the length limit', () => {
		const lines = [
			'(' + 'Getty '.repeat(66),
			'Photo: ' + '('.repeat(390),
			'By ' + 'Aa '.repeat(39),
			'en '.repeat(20),
			'1:'.repeat(60),
			'Share '.repeat(26)
		];
		const started = performance.now();
		for (let i = 0; i < 200; i++) for (const line of lines) for (const rule of FURNITURE_RULES) if (line.length <= rule.maxLength) rule.test(line);
		expect(performance.now() - started).toBeLessThan(3000);
	});
});
