import { describe, expect, it } from 'vitest';
import { dropImport, findImport, PENDING_TTL_MS, stashImport } from './pending-imports';
import { preparePaste, type PreparedArticle } from './prepare-article';

const article = preparePaste('Headline\n\nThe minister said so.').article as PreparedArticle;

describe('pending imports', () => {
	it('finds an import by token for its own story only', () => {
		const token = stashImport('story-a', [article]);
		expect(token).toMatch(/^[0-9a-f]{32}$/);
		expect(findImport(token, 'story-a')?.articles).toEqual([article]);
		expect(findImport(token, 'story-b')).toBeNull();
		expect(findImport('0'.repeat(32), 'story-a')).toBeNull();
		dropImport(token);
		expect(findImport(token, 'story-a')).toBeNull();
	});

	it('forgets imports after the time limit', () => {
		const now = Date.now();
		const token = stashImport('story-a', [article], now);
		expect(findImport(token, 'story-a', now + PENDING_TTL_MS - 1)).not.toBeNull();
		expect(findImport(token, 'story-a', now + PENDING_TTL_MS + 1)).toBeNull();
	});

	it('keeps at most 50, dropping the oldest', () => {
		const tokens = Array.from({ length: 55 }, () => stashImport('s', [article]));
		expect(tokens.slice(0, 5).map((t) => findImport(t, 's'))).toEqual([null, null, null, null, null]);
		expect(findImport(tokens[54], 's')).not.toBeNull();
	});
});
