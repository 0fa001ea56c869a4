import { describe, expect, it } from 'vitest';
import { OUTSIDE_ARTICLE, removedFromPage } from './removed-lines';

describe('removedFromPage', () => {
	it('lists the page lines missing from the article, with the furniture reason when a rule knows it', () => {
		const html = '<body><nav>Home » World » Europe</nav><h1>Title</h1><p>The minister said the talks would go on.</p><p>Share on Facebook | Email</p><footer>Contact us</footer><script>var x = "never text";</script></body>';
		expect(removedFromPage(html, 'Title\n\nThe minister said the talks would go on.')).toEqual([
			{ text: 'Home » World » Europe', reason: 'breadcrumb' },
			{ text: 'Share on Facebook | Email', reason: 'share buttons' },
			{ text: 'Contact us', reason: OUTSIDE_ARTICLE }
		]);
	});

	it('does not list text the extractor kept under another block structure', () => {
		const html = '<body><div>The minister said the talks would go on, officials added on Monday.<span> And more.</span></div></body>';
		expect(removedFromPage(html, 'The minister said the talks would go on, officials added on Monday.\n\nAnd more.')).toEqual([]);
	});

	it('stays fast on a page of many thousands of link lines', () => {
		const html = `<body><article><p>Body text of the article that is kept.</p></article><ul>${'<li><a href="/x">A link title that is long enough</a></li>'.repeat(30_000)}</ul></body>`;
		const started = performance.now();
		const removed = removedFromPage(html, 'Body text of the article that is kept.');
		expect(removed).toHaveLength(30_000);
		expect(performance.now() - started).toBeLessThan(5000);
	});
});
