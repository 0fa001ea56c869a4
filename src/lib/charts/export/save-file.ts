/** Browser only: offers a file to the reader as a download under `filename`. */
export function saveFile(content: Blob | string, filename: string, type = 'application/octet-stream') {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	// revoke later: some browsers read the URL after the click handler returns
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
