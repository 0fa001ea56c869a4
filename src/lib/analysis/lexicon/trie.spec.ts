import { describe, expect, it } from 'vitest';
import { createNode, insertPath } from './trie';

describe('insertPath', () => {
	it('shares prefixes and branches on every key of a step', () => {
		const root = createNode<string>();
		insertPath(root, [{ keys: ['fire', 'fired'], sense: null }, { keys: ['first'], sense: null }], 'a');
		insertPath(root, [{ keys: ['fire'], sense: 'verb' }], 'b');
		expect([...root.next.keys()]).toEqual(['fire', 'fired']);
		expect(root.next.get('fire')!.next.get('first')!.ends).toEqual([{ value: 'a', senses: [null, null] }]);
		expect(root.next.get('fired')!.next.get('first')!.ends).toEqual([{ value: 'a', senses: [null, null] }]);
		expect(root.next.get('fire')!.ends).toEqual([{ value: 'b', senses: ['verb'] }]);
	});

	it('keeps the wildcard on its own edge and ends in insertion order without duplicates', () => {
		const root = createNode<string>();
		const path = [{ keys: ['avoid'], sense: null }, { keys: null, sense: null }, { keys: ['escalation'], sense: null }];
		insertPath(root, path, 'x');
		insertPath(root, path, 'x');
		insertPath(root, path, 'y');
		const end = root.next.get('avoid')!.wild!.next.get('escalation')!;
		expect(end.ends!.map((e) => e.value)).toEqual(['x', 'y']);
	});
});
