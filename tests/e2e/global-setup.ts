import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeLargeStory } from './large-story';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
		corpusDir: string;
	}
}

const root = resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
		});
	});
}

async function waitFor(url: string, server: ChildProcess, ms: number) {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		if (server.exitCode !== null) throw new Error(`the app server exited with code ${server.exitCode}`);
		try {
			const res = await fetch(url);
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`the app server did not answer ${url} within ${ms} ms`);
}

/** Serves the built app (npm run build) on a free port, over a scratch copy of the corpus. */
export default async function setup(project: TestProject) {
	if (!existsSync(join(root, 'build/index.js'))) throw new Error('no build/ folder: run `npm run build` before the end-to-end tests');
	const corpusDir = mkdtempSync(join(tmpdir(), 'framing-e2e-corpus-'));
	cpSync(join(root, 'corpus'), corpusDir, { recursive: true });
	writeLargeStory(corpusDir, 'large-200', 200);

	const port = await freePort();
	const baseURL = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, ['build/index.js'], {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: baseURL, FRAMING_CORPUS_DIR: corpusDir, FRAMING_ALLOW_PRIVATE_FETCH: '1' },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	await waitFor(baseURL + '/', server, 60_000);
	project.provide('baseURL', baseURL);
	project.provide('corpusDir', corpusDir);

	return async () => {
		server.kill();
		rmSync(corpusDir, { recursive: true, force: true });
	};
}
