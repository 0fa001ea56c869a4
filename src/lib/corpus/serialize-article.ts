import { stringify } from 'yaml';
import type { ArticleMeta } from '../analysis/types';
import { META_KEYS } from './article-meta';

/**
 * Writes an article as Markdown with YAML front matter, fields in a fixed order and absent (null or
 * blank) fields left out. `parseArticle` reads the result back to the same meta, and to a body equal
 * to `body` without its surrounding whitespace. Values are never folded over several lines, so a
 * headline without special characters stays verbatim and keeps its offsets in the file.
 */
export function serializeArticle(meta: ArticleMeta, body: string): string {
	const fields: Record<string, string> = {};
	for (const key of META_KEYS) {
		const value = meta[key];
		if (value !== null && value.trim() !== '') fields[key] = value;
	}
	const yaml = Object.keys(fields).length > 0 ? stringify(fields, { lineWidth: 0, minContentWidth: 0 }) : '';
	const text = body.trim();
	return `---\n${yaml}---\n${text === '' ? '' : `\n${text}\n`}`;
}
