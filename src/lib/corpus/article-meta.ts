import { z } from 'zod';
import type { ArticleMeta } from '../analysis/types';
import { shortKey, type Problem } from './problem';

export const META_KEYS = ['outlet', 'headline', 'url', 'author', 'published', 'language', 'notes'] as const;
export type MetaKey = (typeof META_KEYS)[number];

export function emptyMeta(): ArticleMeta {
	return { outlet: null, headline: null, url: null, author: null, published: null, language: null, notes: null };
}

// Numbers and booleans are read as the text the author meant (`outlet: 24`); blank means absent.
const text = z
	.union([z.string(), z.number(), z.boolean(), z.null(), z.undefined()], {
		error: 'should be a single line of text, not a list or a nested block'
	})
	.transform((value) => (value === null || value === undefined ? null : String(value)))
	.transform((value) => (value !== null && value.trim() === '' ? null : value));

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export function isValidDate(value: string): boolean {
	const m = DATE.exec(value);
	if (!m) return false;
	const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00'] = m;
	const date = new Date(Date.UTC(+y, +mo - 1, +d));
	return (
		date.getUTCFullYear() === +y &&
		date.getUTCMonth() === +mo - 1 &&
		date.getUTCDate() === +d &&
		+h < 24 &&
		+mi < 60 &&
		+s < 60
	);
}

export function isWebUrl(value: string): boolean {
	if (/\s/.test(value)) return false;
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
	} catch {
		return false;
	}
}

const FIELD_SCHEMAS: Record<MetaKey, { schema: z.ZodType<string | null>; fix: string }> = {
	outlet: { schema: text, fix: 'write the outlet name as plain text, e.g. `outlet: Defence24`' },
	headline: { schema: text, fix: 'write the headline as one line of text in double quotes' },
	author: { schema: text, fix: 'write the author as plain text, e.g. `author: Karolina Kisiel`' },
	notes: { schema: text, fix: 'write notes as text; use `notes: |` followed by indented lines for several lines' },
	url: {
		schema: text.refine((v) => v === null || isWebUrl(v), 'is not a web address'),
		fix: 'give the full address starting with https:// (e.g. `url: https://example.com/story`), or delete the line'
	},
	published: {
		schema: text.refine((v) => v === null || isValidDate(v), 'is not a date in the form YYYY-MM-DD'),
		fix: 'write the date as YYYY-MM-DD (e.g. `published: 2025-12-02`), optionally with a time (2025-12-02T06:59Z), or delete the line'
	},
	language: {
		schema: text.refine((v) => v === null || /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(v), 'is not a language code'),
		fix: 'write a language code such as `language: en` (or en-GB), or delete the line'
	}
};

/**
 * Validates front-matter data field by field. A bad value is reported and dropped (set to null) so the
 * rest of the article can still be analysed; unknown keys are reported as warnings and ignored.
 */
export function readArticleMeta(
	file: string,
	data: Record<string, unknown>,
	lineOfKey: (key: string) => number | undefined = () => undefined
): { meta: ArticleMeta; problems: Problem[] } {
	const meta = emptyMeta();
	const problems: Problem[] = [];
	const at = (key: string) => {
		const line = lineOfKey(key);
		return line === undefined ? {} : { line };
	};
	for (const key of META_KEYS) {
		const { schema, fix } = FIELD_SCHEMAS[key];
		const result = schema.safeParse(data[key]);
		if (result.success) meta[key] = result.data;
		else {
			const value = data[key];
			const shown = typeof value === 'string' ? ` (${JSON.stringify(value)})` : '';
			const guess =
				key === 'url' &&
				typeof value === 'string' &&
				/^[\w-]+(?:\.[\w-]+)+(?:[/?#]|$)/.test(value.trim()) &&
				isWebUrl(`https://${value.trim()}`);
			problems.push({
				file,
				field: key,
				...at(key),
				message: `the \`${key}\` value${shown} ${result.error.issues[0]?.message ?? 'is not valid'}; it was ignored`,
				fix: guess ? `write the full address: \`url: https://${String(value).trim()}\`` : fix,
				severity: 'warning'
			});
		}
	}
	for (const key of Object.keys(data)) {
		if ((META_KEYS as readonly string[]).includes(key)) continue;
		problems.push({
			file,
			field: shortKey(key),
			...at(key),
			message: `unknown front-matter field \`${shortKey(key)}\`; it was ignored`,
			fix: `use only ${META_KEYS.map((k) => `\`${k}\``).join(', ')} (check the spelling), or move the information into \`notes\``,
			severity: 'warning'
		});
	}
	return { meta, problems };
}
