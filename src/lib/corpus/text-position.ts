/** 1-based line number of a string index; used only when reporting problems. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	const end = Math.min(offset, text.length);
	for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

/** Line lookups for many offsets in one text: one pass to index, then a binary search each. */
export function lineLookup(text: string): (offset: number) => number {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};
}

/** The byte-order mark is kept in the text as read, so every offset counts it; parsers step over it. */
export const BOM = '\uFEFF';

export function skipBom(text: string): number {
	return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** Whitespace as String.prototype.trim sees it (the same set as /\s/). */
export function isSpace(code: number): boolean {
	return (
		code === 32 ||
		(code >= 9 && code <= 13) ||
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/** Narrows [start, end) so it neither begins nor ends with whitespace; empty ranges collapse to start. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
	while (start < end && isSpace(text.charCodeAt(start))) start++;
	while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
	return { start, end };
}
