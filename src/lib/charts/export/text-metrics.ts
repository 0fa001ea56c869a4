/**
 * Text widths without a browser: an estimate from per-character widths of a typical sans-serif
 * (em units), good to a few percent for Latin text. The SVG export uses it for layout; viewers
 * draw the text with their own fonts, so every layout leaves slack rather than trusting it.
 */
const NARROW = new Set([...`il.,;:'!|ijtf()[]{} ` + '`"' + 'Iʼ’‘']);
const WIDE = new Set([...'mwMW@%']);

/** A text-width function: the PNG export passes one backed by canvas measureText. */
export type Measure = (text: string, size: number, bold?: boolean) => number;

export const estimateWidth: Measure = (text, size, bold = false) => {
	// widths of DejaVu Sans, the widest common fallback, so text laid out here fits in narrower fonts too
	let em = 0;
	for (const ch of text) {
		if (NARROW.has(ch)) em += 0.3;
		else if (WIDE.has(ch)) em += 0.95;
		else if (ch >= 'A' && ch <= 'Z') em += 0.72;
		else if (ch >= '0' && ch <= '9') em += 0.64;
		else if (ch === 'r' || ch === 's' || ch === '-') em += 0.45;
		else em += 0.61;
	}
	// 5% slack: prose with many spaces and punctuation runs a little wider than the table says
	return em * size * 1.05 * (bold ? 1.1 : 1);
};

/** Breaks text into lines no wider than `width`; a single word wider than that gets a line of its own. */
export function wrapText(text: string, width: number, size: number, measure: Measure = estimateWidth, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate, size, bold) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}
