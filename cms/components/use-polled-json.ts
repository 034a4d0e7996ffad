'use client';
import { useConfig } from '@payloadcms/ui';
import { useEffect, useRef, useState } from 'react';

/** How often an open view asks again. */
export const POLL_MS = 2000;

const paused = new Set<string>();
/**
 * Stops polling the route until a view that polls it mounts anew: for a view about to go whose
 * document may be gone before it unmounts (DiscardUntouchedDraft.tsx).
 */
export function pausePolling(route: string): void {
  paused.add(route);
}

/**
 * GETs `${api}${route}` now, whenever `refresh` changes, and every POLL_MS while the component is
 * mounted; null until the first answer. A failed request keeps the last answer (the next one may
 * succeed); the admin's own cookie authenticates it.
 */
export function usePolledJson<T>(route: string | null, refresh?: unknown): T | null {
  const { config } = useConfig();
  const [value, setValue] = useState<T | null>(null);
  const url = route ? `${config.serverURL}${config.routes.api}${route}` : null;
  const fresh = useRef(true);
  useEffect(() => {
    if (!url || !route) return;
    if (fresh.current) paused.delete(route);
    fresh.current = false;
    let stopped = false;
    const load = async () => {
      if (paused.has(route)) return;
      try {
        const res = await fetch(url, { credentials: 'include', cache: 'no-store' });
        if (res.ok && !stopped) setValue((await res.json()) as T);
      } catch {
        // offline for a moment, or the server restarts: the next poll tries again
      }
    };
    void load();
    const timer = setInterval(load, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [url, route, refresh]);
  return value;
}
