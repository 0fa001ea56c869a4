import { lstat, readdir, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../atomic-write';
import { withFolderLock } from './folder-lock';
import { articleNameProblem, pathInside, takenNames } from './safe-names';

export type SaveResult =
	| { ok: true; file: string; replaced: boolean }
	| { ok: false; reason: 'exists' | 'invalid-name' | 'no-story' | 'failed'; file: string; message: string; fix: string };

/** Temp files of writeFileAtomic (`.<name>.<pid>.<hex>.tmp`) older than this were left by a process that died. */
export const STALE_TEMP_MS = 10 * 60 * 1000;
const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/**
 * Writes `<id>.md` into the story folder atomically (temp file, fsync, rename), so a reader or a
 * crash sees the old state or the new file, never half of it. An id already used by ANY file of
 * the folder (`id.md`, `id.txt`, `ID.html` ...) is refused with reason "exists", unless
 * `overwrite` is given and the existing file is that very `<id>.md`.
 */
export function saveArticle(storyDir: string, id: string, text: string, options: { overwrite?: boolean } = {}): Promise<SaveResult> {
	const file = `${id}.md`;
	const nameProblem = articleNameProblem(id);
	if (nameProblem)
		return Promise.resolve({ ok: false, reason: 'invalid-name', file, message: nameProblem, fix: 'use lower-case letters, digits and hyphens, e.g. defence24-2' });
	return withFolderLock(resolve(storyDir), async (): Promise<SaveResult> => {
		let names: string[];
		try {
			if (!(await stat(storyDir)).isDirectory()) throw new Error('not a folder');
			names = await readdir(storyDir);
		} catch {
			return { ok: false, reason: 'no-story', file, message: 'the story folder does not exist any more', fix: 'create the story again, or choose another story' };
		}
		const clash = names.find((name) => !name.startsWith('.') && takenNames([name]).has(id));
		let replaced = false;
		if (clash) {
			const same = clash === file && (await lstat(join(storyDir, clash))).isFile();
			if (!same)
				return { ok: false, reason: 'exists', file, message: `the story already has a file named ${clash}`, fix: 'choose another file name' };
			if (!options.overwrite)
				return { ok: false, reason: 'exists', file, message: `the story already has an article ${file}`, fix: 'choose another file name, or confirm that the existing article should be replaced' };
			replaced = true;
		}
		try {
			await writeFileAtomic(pathInside(storyDir, file), text);
		} catch (error) {
			return { ok: false, reason: 'failed', file, message: `the file could not be written: ${(error as Error).message}`, fix: 'check that the corpus folder is writable and the disk is not full' };
		}
		await removeStaleTemps(storyDir, names);
		return { ok: true, file, replaced };
	});
}

/** Removes temp files a killed save left behind (readers skip them anyway; this keeps the folder tidy). */
export async function removeStaleTemps(dir: string, names?: string[], now = Date.now()): Promise<string[]> {
	const removed: string[] = [];
	for (const name of names ?? (await readdir(dir).catch(() => []))) {
		if (!TEMP_FILE.test(name)) continue;
		const path = join(dir, name);
		const info = await lstat(path).catch(() => null);
		if (!info?.isFile() || now - info.mtimeMs < STALE_TEMP_MS) continue;
		await unlink(path).then(() => removed.push(name), () => {});
	}
	return removed;
}
