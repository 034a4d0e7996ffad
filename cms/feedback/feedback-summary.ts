/** What editors see per document: how many readers found it useful, and their latest comments. */
import type { Payload, PayloadRequest } from 'payload';
import { FEEDBACK_SLUG } from './feedback-endpoint.ts';

export const COMMENTS_SHOWN = 20;

export interface FeedbackSummary {
  path: string;
  yes: number;
  no: number;
  comments: { useful: 'ja' | 'nee'; comment: string; date: string }[];
  /** More comments than shown: the list view of Reacties van lezers has them all. */
  moreComments: number;
}

/** Reads as `req`'s user (overrideAccess false): staff only, as the collection allows. */
export async function feedbackSummary(payload: Payload, path: string, req: Partial<PayloadRequest>): Promise<FeedbackSummary> {
  const on = { path: { equals: path } };
  const count = async (useful: 'ja' | 'nee') =>
    (await payload.count({ collection: FEEDBACK_SLUG, where: { ...on, useful: { equals: useful } }, overrideAccess: false, req })).totalDocs;
  const [yes, no, found] = await Promise.all([
    count('ja'),
    count('nee'),
    payload.find({ collection: FEEDBACK_SLUG, where: { ...on, comment: { exists: true } }, sort: '-createdAt', limit: COMMENTS_SHOWN, depth: 0, overrideAccess: false, req }),
  ]);
  const comments = found.docs.filter((d) => d.comment).map((d) => ({ useful: d.useful, comment: d.comment!, date: d.createdAt }));
  return { path, yes, no, comments, moreComments: Math.max(0, found.totalDocs - comments.length) };
}

export const summaryLine = ({ yes, no }: Pick<FeedbackSummary, 'yes' | 'no'>) => `Nuttig: ${yes} ja · ${no} nee`;
