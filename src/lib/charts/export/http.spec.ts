import { describe, expect, it } from 'vitest';
import { downloadResponse } from './http';

describe('downloadResponse', () => {
	it('sends the body as an attachment with its type and name', async () => {
		const res = downloadResponse('a,b\n', 'text/csv', 's_report_2026-01-01.csv');
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(res.headers.get('content-disposition')).toBe('attachment; filename="s_report_2026-01-01.csv"');
		expect(await res.text()).toBe('a,b\n');
	});
});
