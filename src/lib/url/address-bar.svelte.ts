import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';

/**
 * Keeps the address bar in step with a view, so copying it gives a permalink. Call during component
 * initialisation. The first write waits for the router to have started: replaceState throws while the
 * page is still hydrating ("Cannot read properties of undefined (reading '$set')"), which happens when
 * a link's query is written in another order than the view writes it.
 */
export function syncAddressBar(address: (current: URL) => URL) {
	let started = $state(false);
	afterNavigate(() => {
		started = true;
	});
	$effect(() => {
		const url = address(new URL(page.url));
		if (started && url.href !== page.url.href) replaceState(url, {});
	});
}
