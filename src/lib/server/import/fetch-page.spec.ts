import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { blockedAddressReason } from './address-policy';
import { decodeHtml, fetchPage, parseWebUrl } from './fetch-page';

const PAGE = '<!doctype html><html><head><title>T</title></head><body><p>Hello</p></body></html>';
let server: Server;
let base: string;
let port: number;

beforeAll(async () => {
	server = createServer((req, res) => {
		const path = req.url ?? '/';
		const html = (body: string | Buffer, headers: Record<string, string> = {}) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
			res.end(body);
		};
		if (path === '/page') return html(PAGE);
		if (path === '/xhtml') return html(PAGE, { 'content-type': 'application/xhtml+xml' });
		if (path === '/pdf') {
			res.writeHead(200, { 'content-type': 'application/pdf' });
			return res.end('%PDF-1.4');
		}
		if (path === '/json') {
			res.writeHead(200, { 'content-type': 'application/json' });
			return res.end('{}');
		}
		if (path === '/big') return html('<p>' + 'x'.repeat(20_000) + '</p>');
		if (path === '/bomb') return html(gzipSync(Buffer.alloc(20_000_000, 0x61)), { 'content-encoding': 'gzip' });
		if (path === '/gzip') return html(gzipSync(Buffer.from(PAGE)), { 'content-encoding': 'gzip' });
		if (path === '/latin1') return html(Buffer.from('<p>Caf\xe9 na\xefve</p>', 'latin1'), { 'content-type': 'text/html; charset=windows-1252' });
		if (path === '/meta-charset') {
			res.writeHead(200, { 'content-type': 'text/html' });
			return res.end(Buffer.from('<meta charset="iso-8859-1"><p>Caf\xe9</p>', 'latin1'));
		}
		if (path === '/slow') {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.write('<p>start');
			return; // never ends
		}
		if (path === '/404') {
			res.writeHead(404, { 'content-type': 'text/html' });
			return res.end('nope');
		}
		const redirect = (to: string) => {
			res.writeHead(302, { location: to });
			res.end();
		};
		if (path === '/redirect') return redirect('/page');
		if (path === '/loop') return redirect('/loop');
		if (path === '/to-ftp') return redirect('ftp://example.com/x');
		if (path === '/to-other-loopback') return redirect(`http://127.0.0.2:${port}/page`);
		if (path === '/to-name') return redirect(`http://internal.test:${port}/page`);
		res.writeHead(500);
		res.end();
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	port = (server.address() as AddressInfo).port;
	base = `http://127.0.0.1:${port}`;
});
afterAll(() => {
	server.closeAllConnections();
	server.close();
});

const allowed = { allowPrivate: true };
/** lets only the test server's own address through, the real policy for every other */
const onlyTestServer = { addressPolicy: (a: string) => (a === '127.0.0.1' ? null : blockedAddressReason(a)) };

describe('fetchPage', () => {
	it('fetches an HTML page when private addresses are allowed', async () => {
		const page = await fetchPage(`${base}/page`, allowed);
		expect(page).toMatchObject({ ok: true, html: PAGE, contentType: 'text/html', finalUrl: `${base}/page`, problems: [] });
	});

	it('accepts application/xhtml+xml, follows redirects and reads gzip', async () => {
		expect(await fetchPage(`${base}/xhtml`, allowed)).toMatchObject({ ok: true, html: PAGE });
		expect(await fetchPage(`${base}/redirect`, allowed)).toMatchObject({ ok: true, html: PAGE, finalUrl: `${base}/page` });
		expect(await fetchPage(`${base}/gzip`, allowed)).toMatchObject({ ok: true, html: PAGE });
	});

	it('refuses a loopback address by default, naming the setting that allows it', async () => {
		vi.stubEnv('FRAMING_ALLOW_PRIVATE_FETCH', '');
		const page = await fetchPage(`${base}/page`);
		vi.unstubAllEnvs();
		expect(page.ok).toBe(false);
		if (page.ok) return;
		expect(page.problem.message).toMatch(/refused to fetch 127\.0\.0\.1:\d+: it is a loopback address/);
		expect(page.problem.fix).toMatch(/FRAMING_ALLOW_PRIVATE_FETCH=1/);
		expect(page.problem.file).toBe(`${base}/page`);
	});

	it('obeys FRAMING_ALLOW_PRIVATE_FETCH=1 from the environment', async () => {
		vi.stubEnv('FRAMING_ALLOW_PRIVATE_FETCH', '1');
		const page = await fetchPage(`${base}/page`);
		vi.unstubAllEnvs();
		expect(page.ok).toBe(true);
	});

	it.each(['http://[::1]/', 'http://[::ffff:127.0.0.1]/', 'http://[::ffff:a9fe:a9fe]/latest/meta-data', 'http://169.254.169.254/', 'http://0.0.0.0/', 'http://2130706433/', 'http://0x7f.1/', 'http://10.0.0.1/', 'http://[fe80::1]/'])(
		'refuses the literal address %s without connecting',
		async (url) => {
			const page = await fetchPage(url, { allowPrivate: false, timeoutMs: 2000 });
			expect(page.ok).toBe(false);
			if (!page.ok) expect(page.problem.message).toMatch(/^refused to fetch .*(loopback|link-local|unspecified|private)/);
		}
	);

	it('checks the RESOLVED address: a public-looking name that points inside is refused', async () => {
		const resolve = vi.fn(async () => [{ address: '127.0.0.1', family: 4 }]);
		const page = await fetchPage(`http://news.example.test:${port}/page`, { allowPrivate: false, resolve });
		expect(resolve).toHaveBeenCalledWith('news.example.test');
		expect(page.ok).toBe(false);
		if (!page.ok) expect(page.problem.message).toMatch(/it resolves to 127\.0\.0\.1, a loopback address/);
	});

	it('refuses a name when any of its addresses is private, including IPv4-mapped IPv6', async () => {
		const resolve = async () => [
			{ address: '93.184.216.34', family: 4 },
			{ address: '::ffff:10.1.2.3', family: 6 }
		];
		const page = await fetchPage(`http://mixed.example.test:${port}/page`, { allowPrivate: false, resolve });
		expect(page.ok).toBe(false);
		if (!page.ok) expect(page.problem.message).toMatch(/resolves to ::ffff:10\.1\.2\.3, a private address/);
	});

	it('connects to the address it checked (a name resolved by the given resolver)', async () => {
		const page = await fetchPage(`http://fixture.test:${port}/page`, { allowPrivate: true, resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
		expect(page).toMatchObject({ ok: true, html: PAGE });
	});

	it('checks every redirect: to another loopback address, and to a name resolving to a private address', async () => {
		const toLoopback = await fetchPage(`${base}/to-other-loopback`, onlyTestServer);
		expect(toLoopback.ok).toBe(false);
		if (!toLoopback.ok) expect(toLoopback.problem.message).toMatch(/127\.0\.0\.2.*loopback/);
		const resolve = async (name: string) => [{ address: name === 'internal.test' ? '10.0.0.7' : '127.0.0.1', family: 4 }];
		const toName = await fetchPage(`${base}/to-name`, { ...onlyTestServer, resolve });
		expect(toName.ok).toBe(false);
		if (!toName.ok) expect(toName.problem.message).toMatch(/internal\.test.*resolves to 10\.0\.0\.7, a private address/);
	});

	it.each([
		['/pdf', /answered with application\/pdf, not a web page/],
		['/json', /answered with application\/json/],
		['/404', /answered HTTP 404/],
		['/loop', /redirected more than 5 times/],
		['/to-ftp', /only http:\/\/ and https:\/\/ addresses are fetched, not ftp:/]
	])('refuses %s with a clear message', async (path, message) => {
		const page = await fetchPage(`${base}${path}`, allowed);
		expect(page.ok).toBe(false);
		if (!page.ok) {
			expect(page.problem.message).toMatch(message);
			expect(page.problem.fix.length).toBeGreaterThan(10);
		}
	});

	it('stops at the size limit, also for a compression bomb', async () => {
		const big = await fetchPage(`${base}/big`, { ...allowed, maxBytes: 10_000 });
		expect(big.ok).toBe(false);
		if (!big.ok) expect(big.problem.message).toMatch(/larger than 9\.8 KB/);
		const started = Date.now();
		const bomb = await fetchPage(`${base}/bomb`, allowed);
		expect(bomb.ok).toBe(false);
		if (!bomb.ok) expect(bomb.problem.message).toMatch(/larger than 5 MB/);
		expect(Date.now() - started).toBeLessThan(3000);
	});

	it('gives up at the deadline on a page that never finishes', async () => {
		const started = Date.now();
		const page = await fetchPage(`${base}/slow`, { ...allowed, timeoutMs: 300 });
		expect(page.ok).toBe(false);
		if (!page.ok) expect(page.problem.message).toMatch(/did not finish loading within 0\.3 seconds/);
		expect(Date.now() - started).toBeLessThan(2000);
	});

	it('decodes the declared character set', async () => {
		expect(await fetchPage(`${base}/latin1`, allowed)).toMatchObject({ ok: true, html: '<p>Café naïve</p>' });
		expect(await fetchPage(`${base}/meta-charset`, allowed)).toMatchObject({ ok: true, html: '<meta charset="iso-8859-1"><p>Café</p>' });
	});

	it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.com/', 'data:text/html,<p>x', 'not a url', 'https://user:pw@example.com/'])(
		'refuses %s before any request',
		async (url) => {
			const page = await fetchPage(url, allowed);
			expect(page.ok).toBe(false);
		}
	);
});

describe('parseWebUrl', () => {
	it('resolves relative redirects and keeps http(s) only', () => {
		expect((parseWebUrl('/b', new URL('https://example.com/a')) as URL).href).toBe('https://example.com/b');
		expect(parseWebUrl('mailto:x@example.com')).toMatch(/not mailto:/);
	});
});

describe('decodeHtml', () => {
	it('warns about invalid UTF-8 instead of failing', () => {
		const result = decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0x61]), 'text/html; charset=utf-8');
		expect(result.text).toBe('<p>\uFFFDa');
		expect(result.warning).toMatch(/not valid UTF-8/);
	});

	it('falls back to UTF-8 for an unknown charset, saying so', () => {
		expect(decodeHtml(new TextEncoder().encode('ok'), 'text/html; charset=klingon').warning).toMatch(/unknown character set "klingon"/);
	});
});
