'use client';
/** The dashboard's summary of the last site build (the rows of the Sitebouw screen), kept current. */
import type { SiteBuildSummary } from '../publish/site-build-summary.ts';
import { usePolledJson } from './use-polled-json.ts';

export function LastSiteBuild() {
  const summary = usePolledJson<SiteBuildSummary>('/site-build-status');
  if (!summary) return <p role="status">Status wordt opgehaald…</p>;
  return (
    <dl role="status" aria-live="polite" data-state={summary.state ?? 'geen'} style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: 0 }}>
      {summary.rows.map((row) => (
        <div key={row.label} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 600 }}>{row.label}</dt>
          <dd style={{ margin: 0 }}>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
