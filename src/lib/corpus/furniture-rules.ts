/**
 * General rules for page furniture: lines a web page puts around an article that are not the
 * article's words. Each rule looks at ONE trimmed line, and only at short lines, so that a long
 * paragraph of prose is never thrown away and no rule can run long on a huge line.
 */

/** No furniture line is longer than this; longer lines are prose. */
export const MAX_FURNITURE_LINE = 400;

export interface FurnitureRule {
	reason: string;
	/** longest line the rule looks at */
	maxLength: number;
	test(line: string): boolean;
}

const LANGUAGE_CODES = new Set(
	('en ru ua uk de fr es it pl pt nl ro cs cz sk hu bg sr hr sl el gr tr ar zh cn ja jp ko fi sv se no nb da dk ' +
		'et lv lt be by ka ge hy az kk kz he fa hi id ms vi th').split(' ')
);

/** `ua en ru`, `EN | DE | FR`: only language codes, at least two. */
function isLanguageSwitcher(line: string): boolean {
	if (!/^[a-z]{2}[\s|/·•]/i.test(line)) return false;
	const parts = line.split(/\s*[|/·•]\s*|\s+/);
	return parts.length >= 2 && parts.length <= 12 && parts.every((p) => LANGUAGE_CODES.has(p.toLowerCase()));
}

/** `Home » world » Headline`, `Home > News > Europe`, `News › Politics › Story`. */
function isBreadcrumb(line: string): boolean {
	if (/^(?:Home|Homepage|Main page|Start)\s*(?:[»›>/|]|&gt;)/i.test(line)) return true;
	let separators = 0;
	for (let i = 0; i < line.length; i++) {
		const c = line.charCodeAt(i);
		if (c === 0xbb || c === 0x203a) separators++; // » ›
	}
	return separators >= 2;
}

const CAPTION_MARKER = /\b(?:Photos?|Photograph|Image|Picture|Foto|Illustration|Video|Credit|Caption)\s*(?:by\b|:)/;
const AGENCY =
	/\((?:[^()]*\b(?:Getty Images|AFP|Reuters|AP Photo|AP|EPA|EPA-EFE|Shutterstock|Alamy|PA Images|PA|Anadolu|dpa|Bloomberg|Sipa|Xinhua|TASS|UNIAN|Ukrinform)\b[^()]*)\)$/;
const AGENCY_TAIL = /(?:Getty Images|Shutterstock|AFP via Getty Images|Reuters\/[\w .-]+)$/;

/** `... Photo: NATO Military Committee Chair ... (Getty Images)`, `Soldiers at the border. Photo: AP`. */
function isCaption(line: string): boolean {
	if (CAPTION_MARKER.test(line) && (line.length <= 250 || AGENCY.test(line))) return true;
	return line.length <= 250 && (AGENCY.test(line) || AGENCY_TAIL.test(line)) && !/[.!?]["'”’]?$/.test(line);
}

const NAME_CONNECTORS = new Set(['and', '&', 'de', 'del', 'der', 'van', 'von', 'da', 'di', 'al', 'el', 'bin', 'ibn', 'la', 'le']);

/** `Palakshi`, `Karolina Kisiel`, `J. R. Smith and Ann Lee`: capitalised words only, no sentence punctuation. */
export function isNameLike(text: string): boolean {
	const words = text.replace(/\s*,\s*/g, ' ').trim().split(/\s+/);
	if (words.length === 0 || words.length > 8 || text.length > 80) return false;
	if (/[!?;:"“”()]/.test(text)) return false;
	return words.every((w) => NAME_CONNECTORS.has(w.toLowerCase()) || /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

const BYLINE = /^(?:by|written by|posted by|reported by|words by|story by)(?![\p{L}\p{N}])\s*[:\-–—]?\s*(.*)$/iu;
const AUTHOR_LABEL = /^(?:authors?|writer|reporter|journalist|correspondent|editor|edited by|text)\s*[:\-–—]\s*(.+)$/i;

function isByline(line: string): boolean {
	const by = BYLINE.exec(line);
	if (by) return by[1] === '' || isNameLike(by[1]);
	const label = AUTHOR_LABEL.exec(line);
	return label !== null && isNameLike(label[1]);
}

const MONTHS =
	'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const DATE_WORD = new RegExp(
	`^(?:${MONTHS}|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|` +
		'am|pm|a\\.m|p\\.m|gmt|utc|bst|cet|cest|eet|eest|msk|est|edt|cst|pst|pdt|ist|kyiv|time|at|of|\\||-|–|—|/)\\.?$',
	'i'
);
const MONTH_OR_DAY = new RegExp(`^(?:${MONTHS}|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)\\.?$`, 'i');
const DATE_MARK = /^(?:(?:19|20)\d{2}|\d{1,4}[-/.:]\d{1,4}(?:[-/.:]\d{1,4})*(?:am|pm|h)?|\d{4}-\d{2}-\d{2}T[\d:.]+Z?)$/i;
const DATE_NUMBER = /^(?:\d{1,4}(?:[-/.:]\d{1,4})*(?:st|nd|rd|th|am|pm|h)?|\d{4}-\d{2}-\d{2}T[\d:.]+Z?|[+-]\d{1,2}(?::?\d{2})?|(?:gmt|utc)[+-]\d{1,2})$/i;

/** Only dates, times, month and weekday names, time zones; at least one number. */
export function isDateLike(text: string): boolean {
	if (!/\d/.test(text)) return false;
	const tokens = text.split(/[\s,()]+/).filter((t) => t !== '');
	if (tokens.length === 0 || tokens.length > 12 || !/\d/.test(text)) return false;
	if (!tokens.every((t) => DATE_NUMBER.test(t) || DATE_WORD.test(t))) return false;
	// a bare number ("12", "30,000") is not a date: ask for a month, a year, or a written date or time
	return tokens.some((t) => DATE_MARK.test(t) || (DATE_WORD.test(t) && MONTH_OR_DAY.test(t)));
}

const DATE_LABEL = /^(?:last\s+)?(?:updated?|published|posted|modified|created|date|first published)(?:\s+on)?\s*[:\-–—]?\s*(.+)$/i;

/** `Update: 2025-12-02 06:59 GMT`, `Published 2 December 2025, 10:15`, or a lone date. */
function isDateLine(line: string): boolean {
	if (!/\d/.test(line)) return false;
	const label = DATE_LABEL.exec(line);
	return isDateLike(label ? label[1] : line);
}

const SHARE_WORDS = new Set(
	('share shares sharing tweet facebook twitter x whatsapp telegram linkedin email e-mail mail print reddit pinterest ' +
		'messenger viber flipboard pocket bluesky threads mastodon vk copy link url save this on via article story post')
		.split(' ')
);
const SHARE_STRONG = /\b(?:share|tweet|facebook|twitter|whatsapp|telegram|linkedin|e-?mail|print|reddit|pinterest|messenger|viber)\b/i;

/** `Share`, `Facebook Twitter WhatsApp`, `Share on Facebook | Email | Print`. */
function isShareButtons(line: string): boolean {
	if (!SHARE_STRONG.test(line)) return false;
	const tokens = line.toLowerCase().split(/[\s|·•,/:]+/).filter((t) => t !== '');
	return tokens.length > 0 && tokens.length <= 14 && tokens.every((t) => SHARE_WORDS.has(t));
}

/** Headings under which a page lists other articles; the titles after them go too (see the cleaner). */
export const RELATED_HEADING =
	/^(?:(?:similar|related|more|recommended|popular|trending|other)\s+(?:news|articles?|stories|posts|reads|videos|content|coverage)(?:\s+(?:for you|on this topic|from .{1,40}))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|(?:read|see) also|also read|more from .{1,40}|most (?:read|popular|viewed|shared)|(?:don'?t|do not) miss|recommended(?: for you)?|related|what to read next|editor'?s picks)\s*:?$/i;

export const FURNITURE_RULES: FurnitureRule[] = [
	{ reason: 'language switcher', maxLength: 60, test: isLanguageSwitcher },
	{ reason: 'breadcrumb', maxLength: MAX_FURNITURE_LINE, test: isBreadcrumb },
	{ reason: 'photo caption', maxLength: MAX_FURNITURE_LINE, test: isCaption },
	{ reason: 'byline', maxLength: 120, test: isByline },
	{ reason: 'date line', maxLength: 120, test: isDateLine },
	{ reason: 'tags', maxLength: MAX_FURNITURE_LINE, test: (l) => /^(?:tags?|topics?|categor(?:y|ies)|filed under|keywords)\s*:/i.test(l) },
	{ reason: 'related-articles heading', maxLength: 80, test: (l) => RELATED_HEADING.test(l) },
	{
		reason: 'comment form',
		maxLength: 200,
		test: (l) =>
			/^(?:leave a (?:comment|reply)|post a comment|add (?:a )?comment|(?:\d+\s+)?comments?|join the (?:discussion|conversation)|cancel reply|your email address will not be published.*)$/i.test(l)
	},
	{ reason: 'spam-filter notice', maxLength: 200, test: (l) => /^This site uses Akismet to reduce spam\b/i.test(l) },
	{
		reason: 'ad-blocker notice',
		maxLength: 250,
		test: (l) =>
			/^ad[\s-]?block(?:er)?\s+detected\b/i.test(l) ||
			/\b(?:disabl\w*|turn\w* off|whitelist\w*|pause\w*)\s+(?:your\s+)?ad[\s-]?block/i.test(l)
	},
	{
		reason: 'cookie notice',
		maxLength: MAX_FURNITURE_LINE,
		test: (l) =>
			/\b(?:we|this (?:web)?site|our (?:web)?site)\s+uses?\s+cookies\b/i.test(l) ||
			/^(?:accept|allow|reject|manage)(?: all)? cookies\b/i.test(l) ||
			/^cookie (?:settings|preferences|policy|consent)$/i.test(l) ||
			/\bby (?:continuing|using)\b.{0,40}\b(?:site|website)\b.{0,20}\byou (?:agree|accept|consent)/i.test(l)
	},
	{ reason: 'share buttons', maxLength: 160, test: isShareButtons },
	{
		reason: 'read-more teaser',
		maxLength: 300,
		test: (l) =>
			/^(?:READ MORE|Read more|READ ALSO|Read also|ALSO READ|Also read|SEE ALSO|See also|RELATED|Related|MORE|WATCH|Watch|LISTEN|Listen|RECOMMENDED)(?:\s*[:|»>]|\s+[–—-]\s)/.test(l) ||
			/^(?:read more|continue reading|read the full (?:story|article)|click here to read more|show more)\.?$/i.test(l)
	},
	{
		reason: 'advertisement',
		maxLength: 60,
		test: (l) => /^(?:advertisement|advertising|sponsored(?: content)?|ad|scroll to continue(?: with content)?)$/i.test(l)
	},
	{
		reason: 'newsletter or social prompt',
		maxLength: 200,
		test: (l) =>
			/^(?:subscribe|sign up)\b.{0,60}\b(?:newsletter|updates|channel|our)\b/i.test(l) ||
			/^follow us on\b/i.test(l) ||
			/^(?:join|subscribe to) (?:us|our channel) on\b/i.test(l)
	},
	{
		reason: 'copyright line',
		maxLength: 150,
		test: (l) => /^(?:©|\(c\)\s)/i.test(l) || /^copyright\s*(?:©|\(c\)|\d{4})/i.test(l) || /all rights reserved\.?$/i.test(l)
	}
];
