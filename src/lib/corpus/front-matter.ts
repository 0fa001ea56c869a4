import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { Problem } from './problem';
import { lineAt, lineLookup } from './text-position';

/** Where the YAML between the `---` fences lies in the file, and where the body begins. */
export type FrontMatterBlock =
	| { kind: 'none' }
	| { kind: 'unclosed'; openLine: number }
	| { kind: 'block'; yamlStart: number; yamlEnd: number; bodyStart: number };

const OPEN = /---[ \t]*(?:\r?\n|$)/y;
const MAX_YAML_ERRORS = 5;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;

/**
 * Finds a front-matter block that opens with a `---` line at `from` (after any byte-order mark)
 * and closes at the next line that is exactly `---` or `...`.
 */
export function findFrontMatter(text: string, from: number): FrontMatterBlock {
	OPEN.lastIndex = from;
	const open = OPEN.exec(text);
	if (!open) return { kind: 'none' };
	const yamlStart = from + open[0].length;
	let lineStart = yamlStart;
	while (lineStart < text.length) {
		const newline = text.indexOf('\n', lineStart);
		const lineEnd = newline < 0 ? text.length : newline;
		if (CLOSE.test(text.slice(lineStart, lineEnd)))
			return { kind: 'block', yamlStart, yamlEnd: lineStart, bodyStart: newline < 0 ? text.length : newline + 1 };
		if (newline < 0) break;
		lineStart = newline + 1;
	}
	return { kind: 'unclosed', openLine: lineAt(text, from) };
}

export interface ParsedFrontMatter {
	/** the YAML as plain data; null when the block could not be read */
	data: Record<string, unknown> | null;
	document: Document | null;
	problems: Problem[];
	/** 1-based file line of a top-level key, for problems about its value */
	lineOfKey(key: string): number | undefined;
	/** the file offsets of a top-level string value when it is written verbatim (no escapes, no folding) */
	verbatimValue(key: string): { start: number; end: number } | null;
}

/** Reads the YAML of a front-matter block; every line number it reports is a line of the whole file. */
export function readFrontMatter(file: string, text: string, block: { yamlStart: number; yamlEnd: number }): ParsedFrontMatter {
	const source = text.slice(block.yamlStart, block.yamlEnd);
	const lookup = lineLookup(text);
	const fileLine = (offset: number) => lookup(block.yamlStart + offset);
	const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
	// the first few errors are what a person can act on; the rest usually follow from them
	const problems: Problem[] = document.errors.slice(0, MAX_YAML_ERRORS).map((error) => ({
		file,
		line: fileLine(error.pos[0]),
		message: `the front matter is not valid YAML: ${firstLine(error.message)}`,
		fix: 'write one `key: value` per line; put values that contain ": " or start with a quote inside double quotes',
		severity: 'error' as const
	}));

	const pairOf = (key: string) =>
		isMap(document.contents)
			? document.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key)
			: undefined;
	const lineOfKey = (key: string) => {
		const range = (pairOf(key)?.key as { range?: [number, number, number] } | undefined)?.range;
		return range ? fileLine(range[0]) : undefined;
	};
	const verbatimValue = (key: string) => {
		const value = pairOf(key)?.value;
		if (!isScalar(value) || typeof value.value !== 'string' || !value.range || value.value === '') return null;
		const [from, to] = value.range;
		const at = source.slice(from, to).indexOf(value.value);
		if (at < 0) return null;
		const start = block.yamlStart + from + at;
		return { start, end: start + value.value.length };
	};

	if (problems.length > 0) return { data: null, document: null, problems, lineOfKey, verbatimValue };
	if (document.contents === null) return { data: {}, document, problems, lineOfKey, verbatimValue };
	if (!isMap(document.contents))
		return {
			data: null,
			document: null,
			problems: [
				{
					file,
					line: fileLine(document.contents.range?.[0] ?? 0),
					message: 'the front matter is not a list of `key: value` fields',
					fix: 'write the metadata as `outlet: ...`, `headline: ...`, one field per line, between the two --- lines',
					severity: 'error'
				}
			],
			lineOfKey,
			verbatimValue
		};
	try {
		return { data: document.toJS() as Record<string, unknown>, document, problems, lineOfKey, verbatimValue };
	} catch (error) {
		// yaml refuses alias bombs ("billion laughs") here
		problems.push({
			file,
			line: fileLine(0),
			message: `the front matter cannot be expanded: ${(error as Error).message}`,
			fix: 'write the values out instead of using & anchors and * aliases',
			severity: 'error'
		});
		return { data: null, document: null, problems, lineOfKey, verbatimValue };
	}
}

function firstLine(message: string): string {
	const line = message.split('\n')[0].trim();
	return line.endsWith('.') || line.endsWith(':') ? line.slice(0, -1) : line;
}
