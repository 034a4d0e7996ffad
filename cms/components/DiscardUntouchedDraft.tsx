'use client';
/**
 * In the edit view of an autosave collection: when the editor leaves a document they have not
 * changed in this visit, asks the server to remove it if it is untouched (hooks/untouched-drafts.ts
 * decides). A click on a link within the admin waits for that answer before it navigates, so the
 * list it opens no longer shows the empty draft; other ways out (back button, closing the tab)
 * send the same request on the way.
 */
import { useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui';
import { useRouter } from 'next/navigation.js';
import { useEffect, useRef } from 'react';
import { pausePolling } from './use-polled-json.ts';

export function DiscardUntouchedDraft() {
  const { id, collectionSlug, hasPublishedDoc, initialData } = useDocumentInfo();
  // Only a document that opened empty can be untouched; any other leaves without a request.
  const openedEmpty = !hasPublishedDoc && !initialData?.title;
  const modified = useFormModified();
  const { config } = useConfig();
  const router = useRouter();
  const changed = useRef(false);
  if (modified) changed.current = true;

  useEffect(() => {
    if (!id || !collectionSlug || !openedEmpty) return;
    const docPath = window.location.pathname;
    // Its own sub-views (versions, API) are still this document.
    const leaves = (pathname: string) => pathname !== docPath && !pathname.startsWith(`${docPath}/`);
    const url = `${config.serverURL}${config.routes.api}/untouched-drafts/${collectionSlug}/${id}`;
    const discard = () => {
      // The sidebar's status (PublishStatus.tsx), on screen until the next view renders, would
      // otherwise ask after a document that is gone by then.
      pausePolling(`/publish-status/${collectionSlug}/${id}`);
      return fetch(url, { method: 'POST', credentials: 'include', keepalive: true }).catch(() => undefined);
    };

    const onClick = (event: MouseEvent) => {
      if (changed.current || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank') return;
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin || !leaves(to.pathname)) return;
      event.preventDefault();
      event.stopPropagation();
      void discard().then(() => router.push(to.pathname + to.search + to.hash));
    };
    const onPageHide = () => {
      if (!changed.current) void discard();
    };
    document.addEventListener('click', onClick, true);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('pagehide', onPageHide);
      // Left by other means (back button, a redirect): React may also remount in development,
      // so only a changed address counts as leaving.
      setTimeout(() => {
        if (!changed.current && leaves(window.location.pathname)) void discard().then(() => router.refresh());
      }, 50);
    };
  }, [id, collectionSlug, openedEmpty, config.serverURL, config.routes.api, router]);

  return null;
}
