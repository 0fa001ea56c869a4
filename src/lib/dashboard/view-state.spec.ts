import { describe, expect, it } from 'vitest';
import { DashboardView } from './view-state.svelte';

const view = (q: string) => new DashboardView(new URLSearchParams(q));

describe('DashboardView', () => {
	it.each([
		['', ''],
		['hide=1', 'hide=1'],
		['hide=0&chart=voices', 'chart=voices'],
		['chart=nonsense', ''],
		['outlets=a,b&hide=1', 'hide=1&outlets=a%2Cb']
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
});
