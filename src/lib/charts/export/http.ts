import { attachment } from './filename';

/** A file download: the browser saves it under `filename` instead of showing it. */
export function downloadResponse(body: string, type: string, filename: string): Response {
	return new Response(body, {
		headers: {
			'content-type': `${type}; charset=utf-8`,
			'content-disposition': attachment(filename),
			'cache-control': 'no-cache',
			'x-content-type-options': 'nosniff'
		}
	});
}
