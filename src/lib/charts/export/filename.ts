/** Local calendar date as YYYY-MM-DD: the "date of export" in captions and file names. */
export function isoDate(date: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Reduces a name part to lower-case letters, digits and hyphens, so it is safe in every file system. */
function part(text: string): string {
	return (
		text
			.normalize('NFKD')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'export'
	);
}

/**
 * A file name that says what the file holds: story, what (chart or table) and date,
 * e.g. `nato-proactive-2025_voices_2026-11-21.png`. It never carries an outlet name,
 * so teaching-mode exports do not leak one.
 */
export function exportFilename(slug: string, what: string, date: string, ext: string): string {
	return `${part(slug)}_${part(what)}_${date}.${part(ext)}`;
}

/** The Content-Disposition header value for a download with that name. */
export function attachment(filename: string): string {
	return `attachment; filename="${filename.replace(/["\\\r\n]/g, '_')}"`;
}
