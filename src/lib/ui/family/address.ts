/**
 * The link's key must not stay in the address bar (nor in the history, the tab switcher or a
 * screenshot of the browser): the family view takes the fragment once and removes it at once.
 */
import { fragmentOf } from './view';

/**
 * The fragment of the current address, removed from the address bar (history.replaceState,
 * keeping the router's own history state); undefined when the address has none.
 */
export function takeFragmentFromAddress(): string | undefined {
	const fragment = fragmentOf(location.hash);
	if (location.hash !== '' || location.href.endsWith('#')) history.replaceState(history.state, '', location.pathname + location.search);
	return fragment;
}
