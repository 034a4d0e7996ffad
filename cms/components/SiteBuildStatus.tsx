'use client';
/**
 * The Sitebouw screen: the last site build in Dutch (Amsterdam time, a reason a person
 * understands) and the builds before it, updated while the screen is open.
 */
import type { SiteBuildSummary } from '../publish/site-build-summary.ts';
import { usePolledJson } from './use-polled-json.ts';

export function SiteBuildStatus() {
  const summary = usePolledJson<SiteBuildSummary>('/site-build-status');
  if (!summary) return <p role="status">Status wordt opgehaald…</p>;
  return (
    <section className="site-build-status" aria-label="Sitebouw" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <div role="status" aria-live="polite">
        <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.5rem 1.5rem', margin: 0 }}>
          {summary.rows.map((row) => (
            <div key={row.label} style={{ display: 'contents' }}>
              <dt style={{ fontWeight: 600 }}>{row.label}</dt>
              <dd style={{ margin: 0 }}>{row.value}</dd>
            </div>
          ))}
        </dl>
      </div>
      {summary.history.length > 0 ? (
        <table style={{ marginTop: 'calc(var(--base) * 1.5)', width: '100%', borderCollapse: 'collapse' }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: '0.5rem' }}>Eerdere bouwen</caption>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left' }}>Begonnen op</th>
              <th scope="col" style={{ textAlign: 'left' }}>Uitkomst</th>
              <th scope="col" style={{ textAlign: 'left' }}>Aanleiding</th>
            </tr>
          </thead>
          <tbody>
            {summary.history.map((build, i) => (
              <tr key={i}>
                <td>{build.startedAt}</td>
                <td>{build.message ? `${build.state}: ${build.message}` : build.state}</td>
                <td>{build.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
