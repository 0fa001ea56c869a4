/**
 * Plain text from an HTML fragment: one line per block, a blank line between blocks, inline
 * whitespace collapsed as a browser would. Only text nodes are read; nothing is executed.
 */

/** Elements whose content is never article text. */
export const NON_TEXT_TAGS = [
	'script',
	'style',
	'noscript',
	'template',
	'iframe',
	'object',
	'embed',
	'svg',
	'canvas',
	'button',
	'form',
	'input',
	'select',
	'textarea',
	'figcaption'
];

const BLOCK_TAGS = new Set([
	'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figure', 'footer',
	'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
	'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'body', 'html'
]);
const CELL_TAGS = new Set(['td', 'th']);
const SKIP = new Set(NON_TEXT_TAGS);

/** The minimal DOM surface used here, so linkedom's and the browser's nodes both fit. */
export interface TextNodeLike {
	nodeType: number;
	nodeName: string;
	nodeValue: string | null;
	childNodes: ArrayLike<TextNodeLike>;
}

/** Walked with an explicit stack: pages nested thousands of levels deep must not overflow the call stack. */
export function htmlBlocksToText(root: TextNodeLike): string {
	const blocks: string[] = [];
	let current = '';
	let preDepth = 0;
	const flush = () => {
		const line = preDepth > 0 ? current.replace(/\s+$/, '') : current.replace(/[ \t\r\n\f]+/g, ' ').trim();
		if (line !== '') blocks.push(line);
		current = '';
	};
	// an entry is a node to enter, or the tag of an element to leave
	const stack: (TextNodeLike | string)[] = [root];
	while (stack.length > 0) {
		const item = stack.pop()!;
		if (typeof item === 'string') {
			if (CELL_TAGS.has(item)) current += ' ';
			if (BLOCK_TAGS.has(item)) flush();
			if (item === 'pre') preDepth--;
			continue;
		}
		if (item.nodeType === 3) {
			current += (item.nodeValue ?? '').replace(/\u0000/g, '');
			continue;
		}
		if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
		const tag = item.nodeName.toLowerCase();
		if (SKIP.has(tag)) continue;
		if (tag === 'br') {
			current += preDepth > 0 ? '\n' : '\u0000';
			continue;
		}
		if (BLOCK_TAGS.has(tag)) flush();
		if (tag === 'pre') preDepth++;
		stack.push(tag);
		const children = item.childNodes;
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
	}
	flush();
	// a <br> inside a paragraph is a line break, not a paragraph break
	return blocks
		.map((block) =>
			block
				.split('\u0000')
				.map((part) => part.trim())
				.filter((part) => part !== '')
				.join('\n')
		)
		.filter((block) => block !== '')
		.join('\n\n');
}

/** Depth and element count of a tree, without recursion. */
export function treeShape(root: TextNodeLike): { depth: number; elements: number } {
	let depth = 0;
	let elements = 0;
	const stack: [TextNodeLike, number][] = [[root, 0]];
	while (stack.length > 0) {
		const [node, level] = stack.pop()!;
		if (node.nodeType !== 1 && node.nodeType !== 9) continue;
		elements++;
		if (level > depth) depth = level;
		const children = node.childNodes;
		for (let i = 0; i < children.length; i++) stack.push([children[i], level + 1]);
	}
	return { depth, elements };
}
