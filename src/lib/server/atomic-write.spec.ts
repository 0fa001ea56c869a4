import { mkdtemp, readdir, readFile, rm, stat, writeFile, chmod, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempPathFor, writeFileAtomic } from './atomic-write';

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
	it('creates a new file with the data and leaves no temp file', async () => {
		const path = join(dir, 'a.md');
		await writeFileAtomic(path, '---\noutlet: X\n---\nBody ’\n');
		expect(await readFile(path, 'utf8')).toBe('---\noutlet: X\n---\nBody ’\n');
		expect(await readdir(dir)).toEqual(['a.md']);
	});

	it('replaces an existing file, keeping its permissions', async () => {
		const path = join(dir, 'a.md');
		await writeFile(path, 'old');
		await chmod(path, 0o600);
		await writeFileAtomic(path, new TextEncoder().encode('new'));
		expect(await readFile(path, 'utf8')).toBe('new');
		expect((await stat(path)).mode & 0o777).toBe(0o600);
		expect(await readdir(dir)).toEqual(['a.md']);
	});

	it('fails without touching the target and cleans its temp file when the rename fails', async () => {
		// a non-empty folder in the way makes rename fail after the temp file is written
		const path = join(dir, 'taken');
		await mkdir(path);
		await writeFile(join(path, 'inside'), 'x');
		await expect(writeFileAtomic(path, 'data')).rejects.toThrow();
		expect((await readdir(dir)).sort()).toEqual(['taken']);
		expect(await readdir(path)).toEqual(['inside']);
	});

	it('fails cleanly when the folder does not exist', async () => {
		await expect(writeFileAtomic(join(dir, 'missing', 'a.md'), 'x')).rejects.toThrow(/ENOENT/);
		expect(await readdir(dir)).toEqual([]);
	});

	it('names temp files as dotfiles in the same folder', () => {
		const temp = tempPathFor(join(dir, 'a.md'));
		expect(temp.startsWith(join(dir, '.a.md.'))).toBe(true);
		expect(temp.endsWith('.tmp')).toBe(true);
		expect(tempPathFor(join(dir, 'a.md'))).not.toBe(temp);
	});

	it('survives concurrent writers: the result is one complete version', async () => {
		const path = join(dir, 'a.md');
		const versions = Array.from({ length: 20 }, (_, i) => `version ${i} `.repeat(5000));
		await Promise.all(versions.map((v) => writeFileAtomic(path, v)));
		expect(versions).toContain(await readFile(path, 'utf8'));
		expect(await readdir(dir)).toEqual(['a.md']);
	});
});
