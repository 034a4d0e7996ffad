/**
 * The top of the dashboard (admin.components.beforeDashboard): the latest drafts, the planned
 * publications, the last site build, and the way to the site and to the editor's guide.
 * Payload's collection cards follow below it.
 */
import type { Payload, TypedUser } from 'payload';
import type { ReactNode } from 'react';
import { dutchDateTime } from '../publish/dutch-time.ts';
import { publicSiteUrl } from '../publish/site-url.ts';
import { plannedPublications, recentDrafts, type DashboardItem } from './dashboard-data.ts';
import { LastSiteBuild } from './LastSiteBuild.tsx';

const card = { border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)', padding: 'var(--base)', background: 'var(--theme-elevation-0)' };

function Card({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} style={card}>
      <h2 id={id} style={{ fontSize: '1.1rem', margin: '0 0 calc(var(--base) / 2)' }}>{title}</h2>
      {children}
    </section>
  );
}

function Items<T extends DashboardItem>({ items, admin, empty, detail }: { items: T[]; admin: string; empty: string; detail: (item: T) => string }) {
  if (items.length === 0) return <p style={{ margin: 0 }}>{empty}</p>;
  return (
    <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
      {items.map((item) => (
        <li key={`${item.collection}/${item.id}`} style={{ marginBottom: '0.35rem' }}>
          <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
          <br />
          <small>{item.kind} · {detail(item)}</small>
        </li>
      ))}
    </ul>
  );
}

export async function EditorDashboard({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null;
  const admin = payload.config.routes.admin;
  const [drafts, planned] = await Promise.all([recentDrafts(payload, user), plannedPublications(payload, user)]);
  const site = publicSiteUrl();
  return (
    <div className="editor-dashboard" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <p style={{ margin: '0 0 var(--base)' }}>
        Welkom{user.name ? `, ${String(user.name)}` : ''}. <a href={site} target="_blank" rel="noopener">Bekijk de site</a> ·{' '}
        <a href={`${admin}/handleiding`}>Lees de handleiding</a>
      </p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: 'var(--base)' }}>
        <Card id="dashboard-drafts" title="Recente concepten">
          <Items items={drafts} admin={admin} empty="Er zijn geen concepten." detail={(d) => `bewerkt ${dutchDateTime(d.at)}`} />
        </Card>
        <Card id="dashboard-planned" title="Geplande publicaties">
          <Items items={planned} admin={admin} empty="Er staat niets gepland." detail={(p) => `${p.action} op ${dutchDateTime(p.at)}`} />
        </Card>
        <Card id="dashboard-build" title="Laatste sitebouw">
          <LastSiteBuild />
          <p style={{ margin: 'calc(var(--base) / 2) 0 0' }}>
            <a href={`${admin}/globals/site-status`}>Alle sitebouwen</a>
          </p>
        </Card>
      </div>
    </div>
  );
}
