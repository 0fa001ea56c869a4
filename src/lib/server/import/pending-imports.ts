import { randomBytes } from 'node:crypto';
import type { PreparedArticle } from './prepare-article';

/**
 * Imports between preview and save, held in memory by an unguessable token. The preview form
 * then carries only the token and the user's corrections, never the article text, so Save is a
 * small request whatever the size of the upload. A restart forgets them (the page then says to
 * import again); nothing is on disk until Save.
 */
export interface PendingImport {
	token: string;
	slug: string;
	articles: PreparedArticle[];
	created: number;
	/** files already saved from this import, by article index, so a resubmitted form cannot save twice */
	saved: Map<number, string>;
}

export const PENDING_TTL_MS = 60 * 60 * 1000;
const MAX_PENDING = 50;
/** characters of article text held at most, over all pending imports (about 2 bytes each in memory) */
const MAX_PENDING_CHARS = 100_000_000;

const pending = new Map<string, PendingImport>();

export function stashImport(slug: string, articles: PreparedArticle[], now = Date.now()): string {
	prune(now);
	const token = randomBytes(16).toString('hex');
	pending.set(token, { token, slug, articles, created: now, saved: new Map() });
	// oldest first: Map keeps insertion order
	while (pending.size > MAX_PENDING || totalChars() > MAX_PENDING_CHARS) {
		const oldest = pending.keys().next().value;
		if (oldest === undefined || oldest === token) break;
		pending.delete(oldest);
	}
	return token;
}

export function findImport(token: string, slug: string, now = Date.now()): PendingImport | null {
	prune(now);
	const entry = pending.get(token);
	return entry && entry.slug === slug ? entry : null;
}

export function dropImport(token: string): void {
	pending.delete(token);
}

function prune(now: number): void {
	for (const [token, entry] of pending) if (now - entry.created > PENDING_TTL_MS) pending.delete(token);
}

function totalChars(): number {
	let total = 0;
	for (const entry of pending.values()) for (const a of entry.articles) total += a.body.length;
	return total;
}
