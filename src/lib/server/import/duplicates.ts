/**
 * Duplicate detection for imports: is this text (or this address) already in the story?
 *
 * Texts are compared as sets of word 5-grams ("shingles"), hashed to 32-bit numbers, by
 * - Jaccard similarity |A ∩ B| / |A ∪ B|: 1 for the same words in the same order;
 * - containment |A ∩ B| / min(|A|, |B|): catches a copy with furniture left in, a paragraph
 *   missing, or cut short (a paywall teaser of an article already imported).
 * A text is a NEAR DUPLICATE when Jaccard >= 0.8, or containment >= 0.9 with at least 20 shingles
 * on the shorter side (so two short notes sharing a sentence are not flagged).
 * Measured on the 84 PolNeAR dev articles (scratch/import/dups.ts): distinct articles score at most
 * Jaccard 0.06 and containment 0.17 (3,486 pairs); the same article with four furniture lines added
 * or its last paragraph dropped scores containment 1.0 (Jaccard 0.63-0.99); cut to its first 40%,
 * containment 0.95-1.0; with every 20th word changed, Jaccard 0.53-0.63 and containment 0.70-0.78,
 * which is NOT flagged: an edited version is a different text for the analysis.
 * The same address (ignoring http/https, www., a trailing slash, #fragments and tracking parameters)
 * is also a duplicate, whatever the text.
 */

export const SHINGLE_WORDS = 5;
export const NEAR_DUPLICATE_JACCARD = 0.8;
export const NEAR_DUPLICATE_CONTAINMENT = 0.9;
export const MIN_CONTAINMENT_SHINGLES = 20;

export interface Fingerprint {
	shingles: Set<number>;
	words: number;
}

export interface ExistingArticle {
	/** the article's id (file name without extension) */
	id: string;
	file: string;
	headline: string | null;
	url: string | null;
	body: string;
}

export interface DuplicateMatch {
	id: string;
	file: string;
	headline: string | null;
	kind: 'same-text' | 'near-duplicate' | 'same-url';
	/** Jaccard similarity of the two texts, 0-1 */
	similarity: number;
	containment: number;
}

/**
 * Word 5-grams hashed while scanning: letters and digits form words (lower-cased), everything else
 * separates them; no substring is built per word or per shingle.
 */
export function fingerprint(text: string): Fingerprint {
	const hashes: number[] = [];
	let h = FNV_OFFSET;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		let c = text.charCodeAt(i);
		let word: boolean;
		if (c < 128) {
			word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
			if (c >= 65 && c <= 90) c += 32;
		} else {
			const ch = text[i];
			word = LETTER_OR_DIGIT.test(ch);
			if (word) c = ch.toLowerCase().charCodeAt(0);
		}
		if (word) {
			h = Math.imul(h ^ c, FNV_PRIME);
			inWord = true;
		} else if (inWord) {
			hashes.push(h >>> 0);
			h = FNV_OFFSET;
			inWord = false;
		}
	}
	if (inWord) hashes.push(h >>> 0);
	const shingles = new Set<number>();
	const n = hashes.length;
	if (n > 0 && n < SHINGLE_WORDS) shingles.add(combine(hashes, 0, n));
	for (let i = 0; i + SHINGLE_WORDS <= n; i++) shingles.add(combine(hashes, i, SHINGLE_WORDS));
	return { shingles, words: n };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function combine(hashes: number[], from: number, count: number): number {
	let h = 0x9747b28c;
	for (let k = 0; k < count; k++) h = Math.imul(h ^ hashes[from + k], 0x5bd1e995) ^ (h >>> 15);
	return h >>> 0;
}

export function similarity(a: Fingerprint, b: Fingerprint): { jaccard: number; containment: number; smaller: number } {
	const [small, large] = a.shingles.size <= b.shingles.size ? [a.shingles, b.shingles] : [b.shingles, a.shingles];
	if (small.size === 0) return { jaccard: 0, containment: 0, smaller: 0 };
	let shared = 0;
	for (const s of small) if (large.has(s)) shared++;
	return { jaccard: shared / (small.size + large.size - shared), containment: shared / small.size, smaller: small.size };
}

/** The address as compared: https, lower-case host, no fragment, no tracking parameters, no trailing slash. */
export function comparableUrl(url: string | null): string | null {
	if (!url) return null;
	try {
		const u = new URL(url);
		if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
		u.protocol = 'https:';
		u.hash = '';
		for (const key of [...u.searchParams.keys()])
			if (/^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)$/i.test(key)) u.searchParams.delete(key);
		u.hostname = u.hostname.replace(/^www\./, '');
		return u.href.replace(/\/(?=$|\?)/, '');
	} catch {
		return null;
	}
}

const cache = new WeakMap<object, Fingerprint>();

/** Fingerprints of existing articles are kept as long as the object they were made for (a cached story). */
function fingerprintOf(article: ExistingArticle): Fingerprint {
	let fp = cache.get(article);
	if (!fp) {
		fp = fingerprint(article.body);
		cache.set(article, fp);
	}
	return fp;
}

/** The existing article the candidate most resembles, if it is a duplicate by the rules above. */
export function findDuplicate(candidate: { body: string; url: string | null }, existing: readonly ExistingArticle[]): DuplicateMatch | null {
	const url = comparableUrl(candidate.url);
	const fp = fingerprint(candidate.body);
	let best: DuplicateMatch | null = null;
	for (const article of existing) {
		const { jaccard, containment, smaller } = similarity(fp, fingerprintOf(article));
		const sameUrl = url !== null && url === comparableUrl(article.url);
		const sameText = jaccard === 1 && fp.words === fingerprintOf(article).words;
		const near = jaccard >= NEAR_DUPLICATE_JACCARD || (containment >= NEAR_DUPLICATE_CONTAINMENT && smaller >= MIN_CONTAINMENT_SHINGLES);
		if (!sameText && !near && !sameUrl) continue;
		const kind = sameText ? 'same-text' : near ? 'near-duplicate' : 'same-url';
		const match: DuplicateMatch = { id: article.id, file: article.file, headline: article.headline, kind, similarity: jaccard, containment };
		if (!best || rank(match) > rank(best)) best = match;
	}
	return best;
}

function rank(match: DuplicateMatch): number {
	return (match.kind === 'same-text' ? 3 : match.kind === 'near-duplicate' ? 2 : 1) + Math.max(match.similarity, match.containment) / 2;
}
