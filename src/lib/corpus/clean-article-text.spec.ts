import { describe, expect, it } from 'vitest';
import { cleanArticleText } from './clean-article-text';

const BODY = 'NATO may move toward more proactive measures in response to Russian cyberattacks.';

/** Each furniture line, placed between two lines of prose, must go with the stated reason. */
const FURNITURE: [line: string, reason: string][] = [
	['ua en ru', 'language switcher'],
	['EN | DE | FR', 'language switcher'],
	['Home » world » Navigating Unspoken Strategies: Could NATO Strike Russia First?', 'breadcrumb'],
	['Home > News > Europe', 'breadcrumb'],
	['News › Politics › NATO', 'breadcrumb'],
	[
		'NATO explores proposal to assess potential preventive steps regarding Russia Photo: NATO Military Committee Chair Admiral Giuseppe Cavo Dragone (Getty Images)',
		'photo caption'
	],
	['Soldiers on patrol near the border. Photo: AP', 'photo caption'],
	['Admiral Dragone in Brussels (Photo by John Thys/AFP via Getty Images)', 'photo caption'],
	['By :\u00a0Palakshi', 'byline'],
	['by', 'byline'],
	['By Jane Roe and John Doe', 'byline'],
	['Author: Karolina Kisiel', 'byline'],
	['Author: Oleh Velhan', 'byline'],
	['Written by Mary-Ann O’Neil', 'byline'],
	['Update: 2025-12-02 06:59 GMT', 'date line'],
	['Published: 2 December 2025, 10:15', 'date line'],
	['Last updated on Tuesday, December 2, 2025 at 6:59 pm', 'date line'],
	['02.12.2025 12:30', 'date line'],
	['Tags:\u00a0\u00a0\u00a0', 'tags'],
	['Tags: NATO, Russia, hybrid war', 'tags'],
	['Similar News', 'related-articles heading'],
	['You may also like', 'related-articles heading'],
	['Related articles:', 'related-articles heading'],
	['Leave a Comment', 'comment form'],
	['Leave a Reply', 'comment form'],
	['This site uses Akismet to reduce spam. Learn how your comment data is processed.', 'spam-filter notice'],
	['Adblock Detected', 'ad-blocker notice'],
	['Please support us by disabling your AdBlocker extension from your browsers for our website.', 'ad-blocker notice'],
	['Share', 'share buttons'],
	['Facebook Twitter WhatsApp Telegram', 'share buttons'],
	['Share on Facebook | Email | Print', 'share buttons'],
	['READ MORE: NATO chief warns of hybrid attacks', 'read-more teaser'],
	['Read also: Poland closes border crossing', 'read-more teaser'],
	['Read more', 'read-more teaser'],
	['We use cookies to improve your experience on our website.', 'cookie notice'],
	['Accept all cookies', 'cookie notice'],
	['By continuing to use this site, you agree to our use of cookies.', 'cookie notice'],
	['Advertisement', 'advertisement'],
	['Sign up for our daily newsletter', 'newsletter or social prompt'],
	['Follow us on Telegram', 'newsletter or social prompt'],
	['© 2025 Example News. All rights reserved.', 'copyright line']
];

/** Lines that resemble furniture but are the article's own words: they must stay. */
const ARTICLE_TEXT: string[] = [
	'By the end of the year, NATO expects to finish its review of the posture.',
	'By contrast, Moscow insisted it had no plans to attack Europe.',
	'By Monday the ministers had agreed on a statement.',
	'Byzantine procedures slow the Alliance down.',
	'The Author of the report, a former admiral, said the shift was overdue.',
	'Author and historian Anne Applebaum said the risk was real.',
	'Could NATO strike Russia first?',
	'Is a pre-emptive strike ever defensive?',
	'Update: the ministry said on Tuesday that talks would continue.',
	'Published reports suggest the plan is under review.',
	'Tagged vessels were tracked across the Baltic Sea.',
	'Related-party deals are not the issue here.',
	'Read more about the hybrid threat in the alliance report, officials said.',
	'Share prices in defence firms rose after the interview.',
	'Photographs of the drone debris were published by the Polish army.',
	'The photo: a warship shadowing two Russian vessels.',
	'Copyright law was not at issue in the Finnish case.',
	'The EU cookie consent rules were cited by the court.',
	'Romania recently hosted major drills focused on defending Europe with a reduced US troop presence.',
	'Rome, Italy – December 2, 2025 – A senior NATO military official has revealed the alliance is considering a shift.',
	'30,000',
	'NATO Considers Proactive Cyber Defense, Preemptive Strikes Against Russia, Sparking Internal Debate',
	'* The threshold for invoking Article 5 is high – a demonstrable armed attack.',
	'The U.S. cyber doctrine emphasises elements ofdefending forward andpersistent engagement.',
	'Comments made by the admiral were criticised in Rome.',
	'More stories emerged of drones over airports in Denmark.'
];

describe('cleanArticleText', () => {
	it.each(FURNITURE)('removes furniture %j', (line, reason) => {
		const raw = `${BODY}\n\n${line}\n\n${BODY}`;
		const result = cleanArticleText(raw, { headline: null });
		expect(result.removed).toEqual([{ text: line.trim(), reason }]);
		expect(result.text).toBe(`${BODY}\n\n${BODY}`);
	});

	it.each(ARTICLE_TEXT)('keeps article text %j', (line) => {
		const raw = `${BODY}\n\n${line}\n\n${BODY}`;
		const result = cleanArticleText(raw, { headline: null });
		expect(result.removed).toEqual([]);
		expect(result.text).toBe(raw);
	});

	it('removes every repeat of a given headline, at the top and further down, loosely compared', () => {
		const headline = 'NATO Weighs More ‘Proactive’ Stance Toward Russia';
		const raw = `${headline}\n\n${BODY}\n\nNATO weighs more 'proactive'  stance toward Russia.\n${BODY}`;
		const result = cleanArticleText(raw, { headline });
		expect(result.text).toBe(`${BODY}\n\n${BODY}`);
		expect(result.removed.map((r) => r.reason)).toEqual(['repeated headline', 'repeated headline']);
	});

	it('without a headline hint keeps the first line and drops only its later repeats', () => {
		const raw = `Could NATO Strike Russia First?\n\n${BODY}\n\nCould NATO Strike Russia First?\n\n${BODY}`;
		const result = cleanArticleText(raw);
		expect(result.text).toBe(`Could NATO Strike Russia First?\n\n${BODY}\n\n${BODY}`);
	});

	it('with headline null takes no line for a headline (an article whose first line is body text)', () => {
		const first = 'NATO could be forced to fire the first shot against Russia, a top admiral has warned.';
		const raw = `${first}\n${BODY}\n${first}`;
		expect(cleanArticleText(raw, { headline: null }).text).toBe(raw);
	});

	it('removes a line that is only the author hint or the outlet hint', () => {
		const raw = `Karolina Kisiel\nDefence24\n${BODY}`;
		const result = cleanArticleText(raw, { headline: null, author: 'Karolina Kisiel', outlet: 'Defence24' });
		expect(result.text).toBe(BODY);
		expect(result.removed.map((r) => r.reason)).toEqual(['byline', 'outlet name']);
	});

	it('drops the titles listed under a related-articles heading, and stops at prose', () => {
		const raw = [
			BODY,
			'',
			'Read also',
			'Poland closes border crossing with Belarus',
			'What the Baltic Sentry mission has achieved',
			'',
			'Still, concerns persist among allies, especially after a Finnish court closed the case.'
		].join('\n');
		const result = cleanArticleText(raw, { headline: null });
		expect(result.removed.map((r) => r.reason)).toEqual([
			'related-articles heading',
			'related-article list',
			'related-article list'
		]);
		expect(result.text).toBe(
			`${BODY}\n\nStill, concerns persist among allies, especially after a Finnish court closed the case.`
		);
	});

	it('normalises only line endings, trailing whitespace and runs of blank lines', () => {
		const raw = '\n\nFirst  line ofdefending,\t \r\n\u00a0Second line\u00a0\r\n\r\n\r\n\r\nThird line\rFourth\n\n';
		expect(cleanArticleText(raw, { headline: null }).text).toBe(
			'First  line ofdefending,\n\u00a0Second line\n\nThird line\nFourth'
		);
	});

	it('cleans the real furniture of a scraped page end to end', () => {
		const raw = [
			'ua en ru',
			'',
			'NATO explores proposal to assess potential preventive steps regarding Russia',
			'',
			'NATO explores proposal to assess potential preventive steps regarding Russia Photo: NATO Military Committee Chair Admiral Giuseppe Cavo Dragone (Getty Images)',
			'Author: Oleh Velhan',
			'',
			BODY,
			'',
			'Tags: \u00a0 \u00a0',
			'',
			'Similar News'
		].join('\n');
		const result = cleanArticleText(raw, {
			headline: 'NATO explores proposal to assess potential preventive steps regarding Russia',
			author: 'Oleh Velhan'
		});
		expect(result.text).toBe(BODY);
		expect(result.removed).toHaveLength(6);
	});

	it('finishes quickly on adversarial input', () => {
		const lines = [
			"'".repeat(100_000),
			'"'.repeat(50_000),
			'x'.repeat(50_000),
			('By ' + 'Aa '.repeat(20_000)).trim(),
			'» '.repeat(20_000),
			'(' + 'Getty '.repeat(10_000),
			'1:'.repeat(25_000)
		];
		const started = performance.now();
		const result = cleanArticleText(lines.join('\n'), { headline: 'x'.repeat(50_000) });
		expect(performance.now() - started).toBeLessThan(3000);
		expect(result.removed.map((r) => r.reason)).toEqual(['repeated headline']);
	});
});
