import type { Problem } from './problem';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Share of control bytes (other than tab, line breaks, form feed) above which a file is called binary. */
const CONTROL_SHARE = 0.1;
const SAMPLE_BYTES = 64 * 1024;

export type DecodedArticle = { text: string; problems: Problem[] } | { text: null; problems: Problem[] };

/**
 * Turns the bytes of an article file into its text, or says plainly why it cannot.
 *
 * A UTF-8 byte-order mark is KEPT in `text` (as `\uFEFF`), exactly as Node's
 * `readFileSync(path, 'utf8')` keeps it, so that every offset the analysis reports is an
 * index into the text as read; the parsers skip it when they look for front matter or a headline.
 */
export function decodeArticleBytes(
	file: string,
	bytes: Uint8Array,
	limits: { maxBytes?: number } = {}
): DecodedArticle {
	const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
	const refuse = (message: string, fix: string, line?: number): DecodedArticle => ({
		text: null,
		problems: [{ file, message, fix, severity: 'error', ...(line !== undefined ? { line } : {}) }]
	});

	if (bytes.length === 0) return refuse('the file is empty', 'paste the article text into it, or delete the file');
	if (bytes.length > maxBytes) return { text: null, problems: [sizeLimitProblem(file, bytes.length, maxBytes)] };
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return refuse('the file is encoded as UTF-16', 'save it again as UTF-8 (most editors offer "UTF-8" in Save As)');

	const nul = bytes.indexOf(0);
	if (nul >= 0)
		return refuse(
			`the file looks binary, not text (it holds a NUL byte at byte ${nul})`,
			'give a .md, .txt or .html file with the article text; documents such as .docx or .pdf must be saved as plain text first'
		);
	if (controlShare(bytes) > CONTROL_SHARE)
		return refuse(
			'the file looks binary, not text (too many control characters)',
			'give a .md, .txt or .html file with the article text'
		);

	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		const at = firstInvalidUtf8(bytes);
		return refuse(
			`the file is not valid UTF-8 (the first bad byte is at byte ${at}, on line ${lineOfByte(bytes, at)})`,
			'save the file again as UTF-8; it is probably in an older encoding such as Windows-1252 or Latin-1',
			lineOfByte(bytes, at)
		);
	}
	if (text.trim() === '')
		return refuse('the file holds only whitespace', 'paste the article text into it, or delete the file');
	return { text, problems: [] };
}

/** Also used by readers that check the size before loading a file at all. */
export function sizeLimitProblem(file: string, size: number, maxBytes: number): Problem {
	return {
		file,
		message: `the file is ${formatSize(size)}, larger than the limit of ${formatSize(maxBytes)} for one article`,
		fix: 'keep only the article text (no embedded images or page dumps), or split it into several articles',
		severity: 'error'
	};
}

function controlShare(bytes: Uint8Array): number {
	const n = Math.min(bytes.length, SAMPLE_BYTES);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if ((b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) || b === 127) control++;
	}
	return control / n;
}

function lineOfByte(bytes: Uint8Array, at: number): number {
	let line = 1;
	for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
	return line;
}

/** For a lead byte: how many continuation bytes follow, and the allowed range of the first one. */
function leadByte(b: number): [number, number, number] | null {
	if (b >= 0xc2 && b <= 0xdf) return [1, 0x80, 0xbf];
	if (b === 0xe0) return [2, 0xa0, 0xbf];
	if (b === 0xed) return [2, 0x80, 0x9f]; // no UTF-16 surrogates
	if (b >= 0xe1 && b <= 0xef) return [2, 0x80, 0xbf];
	if (b === 0xf0) return [3, 0x90, 0xbf];
	if (b >= 0xf1 && b <= 0xf3) return [3, 0x80, 0xbf];
	if (b === 0xf4) return [3, 0x80, 0x8f]; // nothing past U+10FFFF
	return null;
}

/** Index of the first byte that breaks UTF-8 (overlongs, surrogates and values past U+10FFFF included). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	const n = bytes.length;
	while (i < n) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		const lead = leadByte(b);
		if (!lead) return i;
		const [need, min, max] = lead;
		for (let k = 1; k <= need; k++) {
			if (i + k >= n) return i;
			const c = bytes[i + k];
			const lo = k === 1 ? min : 0x80;
			const hi = k === 1 ? max : 0xbf;
			if (c < lo || c > hi) return i;
		}
		i += need + 1;
	}
	return -1;
}

function formatSize(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB (${bytes} bytes)`;
	if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB (${bytes} bytes)`;
	return `${bytes} bytes`;
}
