import { describe, expect, it } from 'vitest';
import { attachment, exportFilename, isoDate } from './filename';

describe('exportFilename', () => {
	it.each([
		['nato-proactive-2025', 'voices', '2026-11-21', 'png', 'nato-proactive-2025_voices_2026-11-21.png'],
		['nato-proactive-2025', 'first-voice', '2026-11-21', 'svg', 'nato-proactive-2025_first-voice_2026-11-21.svg'],
		['s', 'Report (tidy)', '2026-01-02', 'csv', 's_report-tidy_2026-01-02.csv'],
		['s', '../../etc/passwd', '2026-01-02', 'json', 's_etc-passwd_2026-01-02.json'],
		['s', '', '2026-01-02', 'csv', 's_export_2026-01-02.csv']
	])('%s %s %s %s -> %s', (slug, what, date, ext, name) => expect(exportFilename(slug, what, date, ext)).toBe(name));
});

describe('isoDate', () => {
	it('gives the local calendar date', () => expect(isoDate(new Date(2026, 10, 21, 23, 59))).toBe('2026-11-21'));
	it('pads month and day', () => expect(isoDate(new Date(2026, 0, 2))).toBe('2026-01-02'));
});

describe('attachment', () => {
	it('quotes the name and strips what would break the header', () => {
		expect(attachment('a_b.csv')).toBe('attachment; filename="a_b.csv"');
		expect(attachment('a"b\r\n.csv')).toBe('attachment; filename="a_b__.csv"');
	});
});
