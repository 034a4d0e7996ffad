/**
 * Whether the network is out of reach. Browsers say navigator.onLine is true on a connection that
 * reaches nothing (and Chromium 150 says so for a page a service worker served while offline), so
 * a fetch that failed outright counts too: Chromium says "Failed to fetch", Firefox "NetworkError
 * when attempting to fetch resource.", Safari "Load failed". A missing file is a response, not this.
 */
export function looksOffline(error?: unknown): boolean {
  if (!navigator.onLine) return true;
  const message = error instanceof Error ? error.message : String(error ?? '');
  return /failed to fetch|networkerror|load failed/i.test(message);
}
