import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Problem } from '../../corpus/problem';
import { blockedAddressReason } from './address-policy';
import { allowPrivateFetch, ALLOW_PRIVATE_FETCH_ENV, formatSize, IMPORT_LIMITS } from './limits';

export interface FetchOptions {
	timeoutMs?: number;
	maxBytes?: number;
	maxRedirects?: number;
	/** default: the FRAMING_ALLOW_PRIVATE_FETCH setting */
	allowPrivate?: boolean;
	/** why an address is refused, or null; default: `blockedAddressReason` unless private fetches are allowed */
	addressPolicy?: (address: string) => string | null;
	/** host name resolution; default: the system resolver (tests give their own) */
	resolve?: (hostname: string) => Promise<LookupAddress[]>;
}

export type FetchedPage =
	| { ok: true; url: string; finalUrl: string; html: string; contentType: string; problems: Problem[] }
	| { ok: false; url: string; problem: Problem };

const USER_AGENT = 'framing-dashboard/0.1 (article import)';

/** A refusal the caller can show as it is. */
class FetchRefusal extends Error {
	constructor(
		message: string,
		readonly fix: string
	) {
		super(message);
	}
}

/**
 * Fetches the web page at `url` for import. Only http(s); every address the request connects to,
 * on the first request and on each redirect, is checked AFTER name resolution (so a public name
 * pointing at 127.0.0.1 is refused, and the check is the one the socket really uses). The whole
 * fetch has one deadline, the body a size limit counted after decompression, and only HTML
 * content types are read. Never throws: a refusal comes back as a problem naming the URL and the fix.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
	const timeoutMs = options.timeoutMs ?? IMPORT_LIMITS.fetchTimeoutMs;
	const maxBytes = options.maxBytes ?? IMPORT_LIMITS.maxFetchBytes;
	const maxRedirects = options.maxRedirects ?? IMPORT_LIMITS.maxRedirects;
	const allowPrivate = options.allowPrivate ?? allowPrivateFetch();
	const policy = options.addressPolicy ?? (allowPrivate ? () => null : blockedAddressReason);
	const resolve = options.resolve ?? systemResolve;
	const fail = (message: string, fix: string): FetchedPage => ({
		ok: false,
		url,
		problem: { file: url, field: 'url', message, fix, severity: 'error' }
	});

	const first = parseWebUrl(url);
	if (typeof first === 'string') return fail(first, 'give the full address of the article, starting with https://');

	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		let current = first;
		for (let hop = 0; ; hop++) {
			const response = await request(current, { policy, resolve, signal: controller.signal });
			const status = response.statusCode ?? 0;
			const location = response.headers.location;
			if (status >= 300 && status < 400 && location) {
				response.destroy();
				if (hop >= maxRedirects)
					throw new FetchRefusal(`the address redirected more than ${maxRedirects} times`, 'give the final address of the article (open it in a browser and copy the address bar)');
				const next = parseWebUrl(location, current);
				if (typeof next === 'string') throw new FetchRefusal(`the page redirected to an address that is not followed: ${next}`, 'open the address in a browser, save the page as .html and upload it');
				current = next;
				continue;
			}
			if (status < 200 || status >= 300) {
				response.destroy();
				throw new FetchRefusal(
					`the address answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}, not the page`,
					status === 401 || status === 403
						? 'the site refuses automatic downloads or needs a login: open the page in a browser, save it as .html and upload it'
						: 'check the address in a browser; if the page opens there, save it as .html and upload it'
				);
			}
			const contentType = (response.headers['content-type'] ?? '').toString();
			const mediaType = contentType.split(';')[0].trim().toLowerCase();
			if (!IMPORT_LIMITS.htmlTypes.includes(mediaType)) {
				response.destroy();
				throw new FetchRefusal(
					`the address answered with ${mediaType || 'no content type'}, not a web page (text/html)`,
					'give the address of the article\'s web page; for a PDF or other document, copy its text into a .txt file and upload that'
				);
			}
			const declared = Number(response.headers['content-length']);
			if (Number.isFinite(declared) && declared > maxBytes && !response.headers['content-encoding']) {
				response.destroy();
				throw tooLarge(maxBytes);
			}
			const bytes = await readBody(response, maxBytes);
			const decoded = decodeHtml(bytes, contentType);
			const problems: Problem[] = decoded.warning
				? [{ file: url, field: 'url', message: decoded.warning, fix: 'check the preview for garbled characters; if there are any, save the page from a browser and upload it', severity: 'warning' }]
				: [];
			return { ok: true, url, finalUrl: current.href, html: decoded.text, contentType: mediaType, problems };
		}
	} catch (error) {
		if (error instanceof FetchRefusal) return fail(error.message, error.fix);
		if (controller.signal.aborted)
			return fail(
				`the page did not finish loading within ${timeoutMs / 1000} seconds`,
				'try again later, or open the page in a browser, save it as .html and upload it'
			);
		return fail(networkMessage(error), 'check the address in a browser; if the page opens there, save it as .html and upload it');
	} finally {
		clearTimeout(timer);
	}
}

/** The URL as an http(s) URL object, or why it cannot be fetched. */
export function parseWebUrl(text: string, base?: URL): URL | string {
	let url: URL;
	try {
		url = new URL(text.trim(), base);
	} catch {
		return `"${text.length > 80 ? text.slice(0, 77) + '...' : text}" is not a web address`;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return `only http:// and https:// addresses are fetched, not ${url.protocol}`;
	if (url.username || url.password) return 'addresses with a user name or password are not fetched';
	if (!url.hostname) return 'the address has no host name';
	return url;
}

function systemResolve(hostname: string): Promise<LookupAddress[]> {
	return new Promise((ok, fail) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? fail(error) : ok(addresses))));
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

function request(
	url: URL,
	context: { policy: (address: string) => string | null; resolve: (hostname: string) => Promise<LookupAddress[]>; signal: AbortSignal }
): Promise<IncomingMessage> {
	const host = url.hostname.replace(/^\[|\]$/g, '');
	const refused = (address: string, reason: string) =>
		new FetchRefusal(
			`refused to fetch ${url.host}: ${host === address ? 'it is' : `it resolves to ${address},`} ${reason}, and the server does not fetch private, loopback or link-local addresses`,
			`give a public web address; to import from your own network, start the server with ${ALLOW_PRIVATE_FETCH_ENV}=1`
		);
	// a literal IP never goes through lookup, so it is checked here
	if (isIP(host)) {
		const reason = context.policy(host);
		if (reason) return Promise.reject(refused(host, reason));
	}
	// the socket connects to what this lookup returns, so the address checked is the address used
	const lookup = (hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
		context.resolve(hostname).then(
			(addresses) => {
				if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
				for (const a of addresses) {
					const reason = context.policy(a.address);
					if (reason) return callback(refused(a.address, reason) as NodeJS.ErrnoException, []);
				}
				if (options.all) callback(null, addresses);
				else callback(null, addresses[0].address, addresses[0].family);
			},
			(error: NodeJS.ErrnoException) => callback(error, [])
		);
	};
	const client = url.protocol === 'https:' ? https : http;
	return new Promise((ok, fail) => {
		const req = client.request(url, {
			method: 'GET',
			lookup: lookup as unknown as typeof dnsLookup,
			signal: context.signal,
			headers: {
				'user-agent': USER_AGENT,
				accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
				'accept-encoding': 'gzip, deflate, br',
				'accept-language': 'en'
			}
		});
		req.on('response', ok);
		req.on('error', (error) => fail(unwrap(error)));
		req.end();
	});
}

/** A refusal raised inside lookup comes back wrapped by the socket; keep it as it was raised. */
function unwrap(error: Error): Error {
	if (error instanceof FetchRefusal) return error;
	const cause = (error as { cause?: unknown }).cause;
	return cause instanceof FetchRefusal ? cause : error;
}

function tooLarge(maxBytes: number): FetchRefusal {
	return new FetchRefusal(
		`the page is larger than ${formatSize(maxBytes)}`,
		'open the page in a browser, copy the article text into a .txt file and upload that'
	);
}

/** Reads the body, decompressed, and stops as soon as it passes `maxBytes` (so a compression bomb costs nothing). */
function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
	const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
	let stream: Readable = response;
	if (encoding === 'gzip' || encoding === 'x-gzip') stream = response.pipe(createGunzip());
	else if (encoding === 'deflate') stream = response.pipe(createInflate());
	else if (encoding === 'br') stream = response.pipe(createBrotliDecompress());
	else if (encoding !== '' && encoding !== 'identity')
		return Promise.reject(new FetchRefusal(`the page is compressed as "${encoding}", which is not supported`, 'open the page in a browser, save it as .html and upload it'));
	return new Promise((ok, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let settled = false;
		const fail = (error: Error) => {
			if (!settled) reject(error);
			settled = true;
		};
		stream.on('data', (chunk: Buffer) => {
			if (settled) return;
			size += chunk.length;
			if (size > maxBytes) {
				fail(tooLarge(maxBytes));
				response.destroy();
				stream.destroy();
				return;
			}
			chunks.push(chunk);
		});
		stream.on('end', () => {
			if (!settled) ok(new Uint8Array(Buffer.concat(chunks)));
			settled = true;
		});
		stream.on('error', (error) => fail(error.message.includes('incorrect header') ? new FetchRefusal('the page\'s compressed data is broken', 'try again, or save the page from a browser and upload it') : error));
		response.on('error', fail);
		response.on('aborted', () => fail(new Error('the connection closed before the page was complete')));
	});
}

/** Text of the page in the charset it declares (header, then <meta>), UTF-8 when it declares none. */
export function decodeHtml(bytes: Uint8Array, contentType: string): { text: string; warning: string | null } {
	let label = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
	if (!label) {
		const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
		label = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? null;
	}
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
	let decoder: TextDecoder;
	let warning: string | null = null;
	try {
		decoder = new TextDecoder(label ?? 'utf-8');
	} catch {
		decoder = new TextDecoder('utf-8');
		warning = `the page declares the unknown character set "${label}", so it was read as UTF-8`;
	}
	if (decoder.encoding === 'utf-8' && !warning) {
		try {
			return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warning: null };
		} catch {
			warning = 'the page holds bytes that are not valid UTF-8; they were replaced by �';
		}
	}
	return { text: decoder.decode(bytes), warning };
}

function networkMessage(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	const message = error instanceof Error ? error.message : String(error);
	switch (code) {
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
			return `the host name could not be found (${code})`;
		case 'ECONNREFUSED':
			return 'the server refused the connection';
		case 'ECONNRESET':
			return 'the server closed the connection';
		case 'EHOSTUNREACH':
		case 'ENETUNREACH':
			return 'the server cannot be reached';
		default:
			if (code && /^(?:CERT_|ERR_TLS|UNABLE_TO|DEPTH_ZERO|SELF_SIGNED)/.test(code))
				return `the secure connection failed (${code})`;
			return `the page could not be fetched: ${message}`;
	}
}
