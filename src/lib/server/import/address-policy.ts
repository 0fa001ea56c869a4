import { isIPv4, isIPv6 } from 'node:net';

/**
 * Which IP addresses a URL import may connect to. A server that fetches user-given URLs must not
 * become a way into its own network (cloud metadata at 169.254.169.254, an admin page on
 * localhost, a router at 192.168.0.1), so every address that is not plainly public is refused:
 * private, loopback, link-local, unspecified, multicast, shared (CGNAT), documentation, benchmark
 * and reserved ranges. IPv6 forms that carry an IPv4 address (mapped ::ffff:a.b.c.d, compatible
 * ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by the IPv4 address inside.
 */

type Range = [prefix: number[], bits: number, reason: string];

const V4: Range[] = [
	[[0, 0, 0, 0], 8, 'an unspecified ("this network") address'],
	[[10, 0, 0, 0], 8, 'a private address'],
	[[100, 64, 0, 0], 10, 'a shared (carrier-grade NAT) address'],
	[[127, 0, 0, 0], 8, 'a loopback address'],
	[[169, 254, 0, 0], 16, 'a link-local address'],
	[[172, 16, 0, 0], 12, 'a private address'],
	[[192, 0, 0, 0], 24, 'a reserved protocol address'],
	[[192, 0, 2, 0], 24, 'a documentation address'],
	[[192, 88, 99, 0], 24, 'a reserved relay address'],
	[[192, 168, 0, 0], 16, 'a private address'],
	[[198, 18, 0, 0], 15, 'a benchmarking address'],
	[[198, 51, 100, 0], 24, 'a documentation address'],
	[[203, 0, 113, 0], 24, 'a documentation address'],
	[[224, 0, 0, 0], 4, 'a multicast address'],
	[[240, 0, 0, 0], 4, 'a reserved address']
];

// IPv6 prefixes as 16-bit groups
const V6: Range[] = [
	[[0, 0, 0, 0, 0, 0, 0, 0], 128, 'the unspecified address'],
	[[0, 0, 0, 0, 0, 0, 0, 1], 128, 'a loopback address'],
	[[0x100, 0, 0, 0], 64, 'a discard-only address'],
	[[0x2001, 0], 32, 'a Teredo tunnel address'],
	[[0x2001, 0x2], 48, 'a benchmarking address'],
	[[0x2001, 0xdb8], 32, 'a documentation address'],
	[[0xfc00], 7, 'a private (unique local) address'],
	[[0xfe80], 10, 'a link-local address'],
	[[0xfec0], 10, 'a site-local address'],
	[[0xff00], 8, 'a multicast address']
];

/** Why a connection to `address` is refused, or null when it is a public address. Not an IP: refused. */
export function blockedAddressReason(address: string): string | null {
	const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
	if (isIPv4(ip)) return v4Reason(ip.split('.').map(Number));
	if (isIPv6(ip)) {
		const groups = parseV6(ip);
		if (!groups) return 'not an IP address';
		const embedded = embeddedV4(groups);
		if (embedded) {
			const reason = v4Reason(embedded);
			return reason ? `${reason} (${embedded.join('.')} inside an IPv6 address)` : null;
		}
		for (const [prefix, bits, reason] of V6) if (matches(groups, 16, prefix, bits)) return reason;
		return null;
	}
	return 'not an IP address';
}

function v4Reason(octets: number[]): string | null {
	if (octets.every((o) => o === 255)) return 'the broadcast address';
	for (const [prefix, bits, reason] of V4) if (matches(octets, 8, prefix, bits)) return reason;
	return null;
}

/** Compares the first `bits` bits of `value` (units of `width` bits) with `prefix`. */
function matches(value: number[], width: number, prefix: number[], bits: number): boolean {
	for (let i = 0; bits > 0; i++, bits -= width) {
		const p = prefix[i] ?? 0;
		const v = value[i] ?? 0;
		if (bits >= width) {
			if (v !== p) return false;
		} else {
			const mask = ((1 << bits) - 1) << (width - bits);
			if ((v & mask) !== (p & mask)) return false;
		}
	}
	return true;
}

/** Eight 16-bit groups, from any valid textual form (`::`, a trailing dotted quad). */
function parseV6(ip: string): number[] | null {
	let text = ip.toLowerCase();
	const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
	if (quad) {
		const [a, b, c, d] = quad.slice(1).map(Number);
		text = text.slice(0, quad.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
	}
	const halves = text.split('::');
	if (halves.length > 2) return null;
	const head = halves[0] ? halves[0].split(':') : [];
	const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
	const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
	if (fill < 0) return null;
	const groups = [...head, ...Array<string>(fill).fill('0'), ...tail].map((g) => parseInt(g, 16));
	return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

function embeddedV4(g: number[]): number[] | null {
	const low = () => [g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff];
	const zero = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
	if (zero(0, 5) && g[5] === 0xffff) return low(); // ::ffff:a.b.c.d (mapped)
	if (zero(0, 6) && (g[6] !== 0 || g[7] > 1)) return low(); // ::a.b.c.d (compatible, deprecated)
	if (g[0] === 0x64 && g[1] === 0xff9b && zero(2, 6)) return low(); // NAT64
	if (g[0] === 0x2002) return [g[1] >> 8, g[1] & 0xff, g[2] >> 8, g[2] & 0xff]; // 6to4
	return null;
}
