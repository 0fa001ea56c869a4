import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlBlocksToText, type TextNodeLike } from './html-text';

const textOf = (html: string) => {
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	return htmlBlocksToText(document.body as unknown as TextNodeLike);
};

describe('htmlBlocksToText', () => {
	it.each([
		['paragraphs become blank-line separated', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
		['inline whitespace collapses', '<p>  One\n   <b>bold</b>\tword  </p>', 'One bold word'],
		['a <br> is a line break inside a paragraph', '<p>Line one<br>Line two</p>', 'Line one\nLine two'],
		['list items are lines of their own', '<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
		['scripts, styles and captions are not text', '<p>Keep</p><script>bad()</script><style>p{}</style><figure><figcaption>Photo: AP</figcaption></figure>', 'Keep'],
		['preformatted text keeps its lines', '<pre>a  b\n  c</pre>', 'a  b\n  c'],
		['table cells are spaced', '<table><tr><td>a</td><td>b</td></tr></table>', 'a b'],
		['entities are decoded', '<p>NATO&#8217;s &amp; Russia&nbsp;now</p>', 'NATO’s & Russia\u00a0now']
	])('%s', (_name, html, expected) => expect(textOf(html)).toBe(expected));
});
