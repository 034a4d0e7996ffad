/**
 * The sidebar of each article and page: "Nuttig: 12 ja · 3 nee" and readers' latest comments.
 * Comments are readers' text: rendered as React text, so nothing in them runs in the admin.
 */
import type { UIFieldServerProps } from 'payload';
import { documentPath, COLLECTIONS, type Collection } from '../../../contract/vocabulary.ts';
import { isStaff } from '../../access/roles.ts';
import { feedbackSummary, summaryLine, type FeedbackSummary as Summary } from '../feedback-summary.ts';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });

export async function FeedbackSummary({ payload, data, collectionSlug, req }: UIFieldServerProps) {
  const slug = typeof data?.slug === 'string' ? data.slug : '';
  if (!slug || !(COLLECTIONS as readonly string[]).includes(collectionSlug) || !isStaff(req.user)) return null;
  const summary = await feedbackSummary(payload, documentPath(collectionSlug as Collection, slug), req);
  return <FeedbackSummaryView summary={summary} listUrl={`${payload.config.routes.admin}/collections/feedback`} />;
}

export function FeedbackSummaryView({ summary, listUrl }: { summary: Summary; listUrl: string }) {
  const filtered = `${listUrl}?${new URLSearchParams({ 'where[path][equals]': summary.path })}`;
  return (
    <section className="field-type feedback-summary" aria-labelledby="feedback-summary-label" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h3 id="feedback-summary-label" className="field-label" style={{ font: 'inherit', fontWeight: 600, margin: '0 0 calc(var(--base) / 4)' }}>
        Was dit nuttig? <small style={{ fontWeight: 400 }}>(lezers)</small>
      </h3>
      <p style={{ margin: 0 }}>{summaryLine(summary)}</p>
      {summary.comments.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0, margin: 'calc(var(--base) / 2) 0 0' }}>
          {summary.comments.map((c, i) => (
            <li key={i} style={{ borderTop: '1px solid var(--theme-elevation-150)', padding: '6px 0' }}>
              <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{c.comment}</span>
              <br />
              <small style={{ color: 'var(--theme-elevation-600)' }}>
                {c.useful === 'ja' ? 'Ja' : 'Nee'}, {dateFormat.format(new Date(c.date))}
              </small>
            </li>
          ))}
        </ul>
      )}
      {summary.yes + summary.no > 0 && (
        <p style={{ margin: '6px 0 0' }}>
          <a href={filtered}>{summary.moreComments > 0 ? `Alle reacties (nog ${summary.moreComments} toelichtingen)` : 'Alle reacties op deze pagina'}</a>
        </p>
      )}
    </section>
  );
}
