import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.html', '.htm']);

export interface InputProblem {
	path: string;
	message: string;
}

/**
 * Expands the paths given on the command line into article files, in a stable order.
 * Folders are searched recursively; story files, dotfiles and other extensions are skipped.
 */
export function expandInputs(paths: string[]): { files: string[]; problems: InputProblem[] } {
	const files: string[] = [];
	const problems: InputProblem[] = [];
	for (const path of paths) {
		let stat;
		try {
			stat = statSync(path);
		} catch {
			problems.push({ path, message: 'no such file or folder; check the path' });
			continue;
		}
		if (stat.isDirectory()) {
			const found = walk(path);
			if (found.length === 0)
				problems.push({
					path,
					message: `the folder holds no articles (looked for ${[...ARTICLE_EXTENSIONS].join(', ')} files)`
				});
			files.push(...found);
		} else if (stat.isFile()) {
			files.push(path);
		} else {
			problems.push({ path, message: 'not a regular file or folder' });
		}
	}
	return { files, problems };
}

function walk(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		if (name.startsWith('.') || name === 'node_modules') continue;
		const path = join(dir, name);
		const stat = statSync(path, { throwIfNoEntry: false });
		if (!stat) continue;
		if (stat.isDirectory()) out.push(...walk(path));
		else if (stat.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) out.push(path);
	}
	return out;
}
