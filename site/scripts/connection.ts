/** Telling a visitor that they are offline, rather than that search broke. */

/** Offline, a large index is there only in the parts that earlier searches fetched. */
export const OFFLINE = 'U bent offline. Zonder verbinding vindt zoeken alleen wat u eerder online hebt gezocht.';

/** A fetch that never reached the server, as Chromium, Firefox and Safari word it. */
const NETWORK_FAILURE = /Failed to fetch|NetworkError|Load failed/;

/**
 * Whether a failure comes from the connection. navigator.onLine alone is not enough: it stays true
 * on a network without internet, and Chromium reports true in a page opened from the service
 * worker while offline. Pagefind's worker passes on only the message of its failed fetch.
 */
export function isOffline(error: unknown, onLine = navigator.onLine): boolean {
  return !onLine || NETWORK_FAILURE.test(String(error));
}
