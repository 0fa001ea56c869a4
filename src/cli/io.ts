export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Where the CLI writes and reads; tests pass their own to capture output. */
export interface Io {
	out(text: string): void;
	err(text: string): void;
	readStdin(): Promise<string>;
	/** whether stderr is a terminal, for progress output */
	interactive: boolean;
}

export function processIo(): Io {
	return {
		out: (text) => void process.stdout.write(text),
		err: (text) => void process.stderr.write(text),
		readStdin: async () => {
			const chunks: Buffer[] = [];
			for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
			return Buffer.concat(chunks).toString('utf8');
		},
		interactive: Boolean(process.stderr.isTTY)
	};
}

/** Bad usage: exit 2 with the usage text. */
export class UsageError extends Error {}
