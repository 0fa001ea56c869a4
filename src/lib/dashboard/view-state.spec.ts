import { describe, expect, it } from 'vitest';
import { DashboardView, readViewQuery, viewSearch } from './view-state.svelte';

const view = (q: string) => new DashboardView(new URLSearchParams(q));

describe('DashboardView', () => {
	it.each([
		['', ''],
		['hide=1', 'hide=1'],
		['hide=0&chart=voices', 'chart=voices'],
		['chart=nonsense', ''],
		['outlets=a,b&hide=1', 'hide=1&outlets=a%2Cb'],
		['off=voices:russia,lexicon:assertive-quoted', 'off=lexicon%3Aassertive-quoted%2Cvoices%3Arussia'],
		['off=voices:russia,voices:russia,,<script>', 'off=voices%3Arussia'],
		['chart=tone&off=tone:alarm&outlets=x&hide=1', 'hide=1&outlets=x&chart=tone&off=tone%3Aalarm']
	])('reads %j and writes it back as %j', (q, out) => expect(view(q).search()).toBe(out));

	it('toggles outlets and returns to "all" when every outlet is selected again', () => {
		const v = view('');
		const all = ['a', 'b', 'c'];
		v.toggle('b', all);
		expect(v.selected).toEqual(['a', 'c']);
		expect(v.isShown('b')).toBe(false);
		v.toggle('b', all);
		expect(v.selected).toBeNull();
		expect(v.isShown('b')).toBe(true);
	});

	it('switches series off and on, keeping the list sorted', () => {
		const v = view('');
		v.toggleOff('voices:russia');
		v.toggleOff('lexicon:cautious-quoted');
		expect(v.off).toEqual(['lexicon:cautious-quoted', 'voices:russia']);
		expect(v.isOff('voices:russia')).toBe(true);
		v.toggleOff('voices:russia');
		expect(v.off).toEqual(['lexicon:cautious-quoted']);
	});

	it('round-trips through its own URL', () => {
		const v = view('');
		v.hideNames = true;
		v.toggle('b', ['a', 'b']);
		v.chart = 'first-voice';
		v.toggleOff('voice-kinds:mixed');
		expect(readViewQuery(new URLSearchParams(v.search()))).toEqual({ hideNames: true, selected: ['a'], chart: 'first-voice', off: ['voice-kinds:mixed'] });
	});
});

describe('viewSearch', () => {
	it('leaves out what is default', () => expect(viewSearch({ hideNames: false, selected: null, chart: null, off: [] })).toBe(''));
});
