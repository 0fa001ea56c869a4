/**
 * Something wrong with a corpus file, written for the person who has to fix it:
 * which file, where (line and/or field), what is wrong, and what to do about it.
 */
export interface Problem {
	file: string;
	/** the front-matter or story field, as a path: `url`, `actors.sides[2].id` */
	field?: string;
	/** 1-based line in the file as read */
	line?: number;
	message: string;
	fix: string;
	/**
	 * 'error': the file could not be used (its article or story is null).
	 * 'warning': the file was used, but something in it was ignored or replaced.
	 * Absent means 'error', so problems built elsewhere without it stay on the safe side.
	 */
	severity?: 'error' | 'warning';
}

export function isError(problem: Problem): boolean {
	return problem.severity !== 'warning';
}

/** One line of plain English per problem: `file:line (field): message — fix`. */
export function formatProblem(problem: Problem): string {
	const where = problem.line !== undefined ? `${problem.file}:${problem.line}` : problem.file;
	const field = problem.field ? ` (${problem.field})` : '';
	return `${where}${field}: ${problem.message} — ${problem.fix}`;
}

/** Keys can be anything in YAML (even maps); show them briefly and on one line. */
export function shortKey(key: string): string {
	const line = key.replace(/\s+/g, ' ').trim();
	return line.length > 40 ? `${line.slice(0, 37)}...` : line;
}
