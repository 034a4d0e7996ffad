/**
 * After a publication the admin's toast says when the page will be live, instead of Payload's
 * "Succesvol aangepast.". Payload takes the toast from the update response, whose message it
 * translates with req.t after the hooks ran; this hook changes that one message for this request
 * only, so saving a user or a theme keeps its own.
 */
import type { CollectionAfterChangeHook } from 'payload';

export const PUBLISHED_MESSAGE = 'Gepubliceerd. De pagina staat over enkele ogenblikken op de site; onder „Op de site" ziet u wanneer.';

export const publishedMessage: CollectionAfterChangeHook = ({ doc, req, context }) => {
  if (doc._status !== 'published' || context.skipRebuild) return doc;
  const translate = req.t;
  const wrapped: typeof req.t = (key, options) => (key === 'general:updatedSuccessfully' ? PUBLISHED_MESSAGE : translate(key, options));
  req.t = wrapped;
  return doc;
};
