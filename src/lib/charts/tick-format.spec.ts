import { describe, expect, it } from 'vitest';
import { Ticks } from 'chart.js';
import { numericTick } from './tick-format';

// Chart.js's own formatter, in an English browser: the oracle
const chartJs = { chart: { options: { locale: 'en-US' } }, options: { ticks: {} } };
function chartJsTick(value: number, ticks: { value: number }[]): string {
	return Ticks.formatters.numeric.call(chartJs as never, value, ticks.findIndex((t) => t.value === value), ticks as never) as string;
}

const scale = (from: number, to: number, step: number) => {
	const ticks: { value: number }[] = [];
	// the same floating-point sums Chart.js's tick generation produces
	for (let k = 0; from + k * step <= to + step / 1e6; k++) ticks.push({ value: Math.round((from + k * step) * 1e12) / 1e12 });
	return ticks;
};

describe('numericTick', () => {
	it.each([
		['valence, -1 to 1 by 0.2', scale(-1, 1, 0.2)],
		['position, 0 to 1 by 0.1', scale(0, 1, 0.1)],
		['rates, 0 to 45 by 5', scale(0, 45, 5)],
		['counts, 0 to 25 by 5', scale(0, 25, 5)],
		['statements, 0 to 3 by 1', scale(0, 3, 1)],
		['large counts, 0 to 12,000 by 2,000', scale(0, 12000, 2000)],
		['small steps, 0 to 0.05 by 0.01', scale(0, 0.05, 0.01)],
		['half steps, 0 to 3 by 0.5', scale(0, 3, 0.5)],
		['two ticks', [{ value: 0 }, { value: 1.5 }]],
		['one tick', [{ value: 7 }]],
		['raw floating-point sums', [0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5].map((value) => ({ value }))]
	])('writes every tick as Chart.js would: %s', (_, ticks) => {
		for (const [i, t] of ticks.entries()) expect(numericTick(t.value, i, ticks)).toBe(chartJsTick(t.value, ticks));
	});

	it.each([
		[1.005, 2, '1.01'],
		[-0.25, 1, '-0.3'],
		[9.96, 1, '10.0'],
		[-0.04, 1, '-0.0'],
		[2500000, 0, '2,500,000']
	])('rounds %d to %d decimals as Intl does', (value, decimals, expected) => {
		const ticks = decimals ? [{ value: 0 }, { value: 10 ** -decimals }] : [{ value: 0 }, { value: 1e6 }];
		expect(numericTick(value, 0, ticks)).toBe(expected);
		expect(chartJsTick(value, ticks)).toBe(expected);
	});
});
