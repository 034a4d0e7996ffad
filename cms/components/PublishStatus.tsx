'use client';
/**
 * The sidebar of a document's edit view: where it stands on the site (in the queue, being built,
 * live since when with a link to it, or why not), updated while the view is open.
 */
import { useDocumentInfo } from '@payloadcms/ui';
import type { DocumentStatus } from '../publish/document-status.ts';
import { usePolledJson } from './use-polled-json.ts';

export function PublishStatus() {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo();
  const status = usePolledJson<DocumentStatus>(id && collectionSlug ? `/publish-status/${collectionSlug}/${id}` : null, lastUpdateTime);
  const text = !id ? 'Nog niet gepubliceerd' : (status?.text ?? 'Status wordt opgehaald…');
  return (
    <section className="field-type publish-status" aria-labelledby="publish-status-label" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h3 id="publish-status-label" className="field-label" style={{ font: 'inherit', fontWeight: 600, margin: '0 0 calc(var(--base) / 4)' }}>
        Op de site
      </h3>
      <p role="status" aria-live="polite" data-state={status?.state ?? 'loading'} style={{ margin: 0 }}>
        {text}
        {status?.link ? (
          <>
            {' — '}
            <a href={status.link.href} target="_blank" rel="noopener">
              {status.link.label}
            </a>
          </>
        ) : null}
      </p>
    </section>
  );
}
