import { randomBytes } from 'node:crypto';
import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Temp files are dotfiles ending in .tmp, in the target's own folder (so the rename never crosses
 * a file system); the corpus reader skips them.
 */
export function tempPathFor(path: string): string {
	return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * write a temp file beside it, flush it to disk, then rename it over the target.
 * On any failure the temp file is removed and the error is rethrown; the target is untouched.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
	const temp = tempPathFor(path);
	const mode = await stat(path).then(
		(s) => s.mode & 0o777,
		() => null
	);
	let handle: Awaited<ReturnType<typeof open>> | null = null;
	try {
		handle = await open(temp, 'wx', 0o644);
		await handle.writeFile(data);
		await handle.sync();
		await handle.close();
		handle = null;
		if (mode !== null) await chmod(temp, mode);
		await rename(temp, path);
	} catch (error) {
		await handle?.close().catch(() => {});
		await unlink(temp).catch(() => {});
		throw error;
	}
	await syncDirectory(dirname(path));
}

/** Makes the rename itself durable; not every platform can open a folder, and that is not an error. */
async function syncDirectory(dir: string): Promise<void> {
	try {
		const handle = await open(dir, 'r');
		try {
			await handle.sync();
		} finally {
			await handle.close();
		}
	} catch {
		// best effort (Windows, some network file systems)
	}
}
