/**
 * What the dashboard lists (EditorDashboard.tsx), read through the Local API as the logged-in
 * user: the most recently edited drafts of every article collection and pages, and the
 * publications Payload has scheduled (its schedulePublish jobs that have not run yet).
 */
import type { Payload, TypedUser } from 'payload';
import { COLLECTION_INFO, COLLECTIONS, type Collection } from '../../contract/vocabulary.ts';
import { withoutUntouchedDrafts } from '../hooks/untouched-drafts.ts';

export interface DashboardItem {
  collection: Collection;
  /** "Praktijkvoorbeeld" */
  kind: string;
  id: number | string;
  title: string;
  /** When: last edited (drafts) or planned (publications), as an ISO date. */
  at: string;
}

export interface PlannedPublication extends DashboardItem {
  action: 'publiceren' | 'offline halen';
}

export const UNTITLED = '(nog zonder titel)';
const SCHEDULE_TASK = 'schedulePublish';

/** The latest drafts (documents whose newest version is not published), newest first; never a "Nieuw aanmaken" left untouched. */
export async function recentDrafts(payload: Payload, user: TypedUser, limit = 5): Promise<DashboardItem[]> {
  const perCollection = await Promise.all(
    COLLECTIONS.map(async (collection) => {
      const untouched = await withoutUntouchedDrafts(payload, collection);
      const { docs } = await payload.find({
        collection,
        draft: true,
        where: { and: [{ _status: { equals: 'draft' } }, ...(untouched ? [untouched] : [])] },
        sort: '-updatedAt',
        limit,
        depth: 0,
        select: { title: true, updatedAt: true },
        overrideAccess: false,
        user,
      });
      return docs.map((doc) => item(collection, doc.id, doc.title, doc.updatedAt));
    }),
  );
  return perCollection.flat().sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}

/** Publications and unpublications still to come, soonest first. */
export async function plannedPublications(payload: Payload, user: TypedUser, limit = 10): Promise<PlannedPublication[]> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: SCHEDULE_TASK }, completedAt: { exists: false }, hasError: { not_equals: true } },
    sort: 'waitUntil',
    limit,
    depth: 0,
    overrideAccess: true,
  });
  const planned = await Promise.all(
    docs.map(async (job) => {
      const input = job.input as { type?: string; doc?: { relationTo: string; value: number | string } } | undefined;
      const target = input?.doc;
      if (!target || !job.waitUntil || !(COLLECTIONS as readonly string[]).includes(target.relationTo)) return null;
      const collection = target.relationTo as Collection;
      const found = await payload.find({ collection, where: { id: { equals: target.value } }, draft: true, depth: 0, limit: 1, select: { title: true }, overrideAccess: false, user });
      const doc = found.docs[0];
      if (!doc) return null;
      const action = input?.type === 'unpublish' ? 'offline halen' : 'publiceren';
      return { ...item(collection, doc.id, doc.title, job.waitUntil), action } satisfies PlannedPublication;
    }),
  );
  return planned.filter((p) => p !== null);
}

function item(collection: Collection, id: number | string, title: string | null | undefined, at: string): DashboardItem {
  return { collection, kind: COLLECTION_INFO[collection].label, id, title: title?.trim() || UNTITLED, at };
}
