import { DEFAULT_MAX_BYTES } from '../../corpus/decode-article-bytes';

/**
 * The limits of an import, in one place: the server enforces them, the import page and the CLI
 * state them. A page that serves an article is a few hundred kilobytes; anything near these limits
 * is a page dump or the wrong file.
 */
export const IMPORT_LIMITS = {
	/** one uploaded file or one pasted text (decodeArticleBytes enforces it) */
	maxFileBytes: DEFAULT_MAX_BYTES,
	/** files in one upload, URLs in one CLI run are not limited */
	maxFiles: 20,
	/** the whole fetch of a URL, redirects and body included */
	fetchTimeoutMs: 10_000,
	/** the HTML of a fetched page, after decompression */
	maxFetchBytes: 5 * 1024 * 1024,
	maxRedirects: 5,
	/** what a URL must answer with to be read as a web page */
	htmlTypes: ['text/html', 'application/xhtml+xml'] as readonly string[]
} as const;

/** Upload extensions the import accepts, as the file picker's `accept` list. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

export function formatSize(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
	if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KB`;
	return `${bytes} bytes`;
}

/** The environment switch that lets URL imports reach private, loopback and link-local addresses. */
export const ALLOW_PRIVATE_FETCH_ENV = 'FRAMING_ALLOW_PRIVATE_FETCH';

export function allowPrivateFetch(env: Record<string, string | undefined> = process.env): boolean {
	const value = env[ALLOW_PRIVATE_FETCH_ENV]?.trim().toLowerCase();
	return value === '1' || value === 'true' || value === 'yes';
}
