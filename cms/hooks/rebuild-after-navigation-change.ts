import type { GlobalAfterChangeHook } from 'payload';
import { REBUILD_TASK } from '../publish/rebuild-task.ts';

/** Changed menus change every page: rebuild the site, unless the importer wrote them (context skipRebuild). */
export const rebuildAfterNavigationChange: GlobalAfterChangeHook = async ({ doc, req, context }) => {
  if (!context.skipRebuild) await req.payload.jobs.queue({ task: REBUILD_TASK, input: { reason: 'gewijzigd: navigatie' }, req });
  return doc;
};
