import { describe, expect, it } from 'vitest';
import { blockedAddressReason } from './address-policy';

describe('blockedAddressReason', () => {
	it.each([
		['127.0.0.1', /loopback/],
		['127.255.0.9', /loopback/],
		['10.1.2.3', /private/],
		['172.16.0.1', /private/],
		['172.31.255.255', /private/],
		['192.168.1.1', /private/],
		['169.254.169.254', /link-local/],
		['0.0.0.0', /unspecified/],
		['100.64.0.1', /shared/],
		['224.0.0.1', /multicast/],
		['239.255.255.250', /multicast/],
		['255.255.255.255', /broadcast/],
		['240.0.0.1', /reserved/],
		['192.0.2.10', /documentation/],
		['::', /unspecified/],
		['::1', /loopback/],
		['[::1]', /loopback/],
		['fe80::1', /link-local/],
		['fe80::1%eth0', /link-local/],
		['febf::1', /link-local/],
		['fc00::1', /unique local/],
		['fd12:3456::1', /unique local/],
		['ff02::1', /multicast/],
		['::ffff:127.0.0.1', /loopback.*127\.0\.0\.1 inside/],
		['::ffff:7f00:1', /loopback/],
		['::ffff:a9fe:a9fe', /link-local.*169\.254\.169\.254/],
		['::ffff:10.0.0.1', /private/],
		['::ffff:0.0.0.0', /unspecified/],
		['::127.0.0.1', /loopback/],
		['64:ff9b::c0a8:101', /private.*192\.168\.1\.1/],
		['2002:7f00:1::', /loopback/],
		['2001:db8::1', /documentation/],
		['2001:0:4136:e378::1', /Teredo/],
		['localhost', /not an IP/],
		['example.com', /not an IP/],
		['1.2.3', /not an IP/]
	])('refuses %s', (address, reason) => {
		expect(blockedAddressReason(address)).toMatch(reason);
	});

	it.each([
		'93.184.216.34',
		'8.8.8.8',
		'1.1.1.1',
		'172.32.0.1',
		'172.15.255.255',
		'100.128.0.1',
		'169.255.0.1',
		'11.0.0.1',
		'2606:4700:4700::1111',
		'2a00:1450:4001:82a::200e',
		'::ffff:8.8.8.8',
		'64:ff9b::808:808',
		'2002:808:808::1',
		'fe00::1'
	])('allows the public address %s', (address) => {
		expect(blockedAddressReason(address)).toBeNull();
	});
});
