/**
 * The API limits on every collection (cms/security/api-limits.ts), added as a plugin so that
 * collections keep their own hooks; and Payload's own depth bound for everyone, admins and the
 * Local API included, which clamps rather than refuses.
 */
import type { CollectionConfig, Plugin } from 'payload';
import { refuseExpensiveReads, refuseLargeAnswers } from './api-limits.ts';

/** Payload clamps any depth above this, for admins too (its default is 10). */
export const HARD_MAX_DEPTH = 3;

export const boundedApi: Plugin = (config) => ({
  ...config,
  maxDepth: HARD_MAX_DEPTH,
  collections: config.collections?.map(withReadLimits),
});

function withReadLimits(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {};
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeOperation: [refuseExpensiveReads, ...(hooks.beforeOperation ?? [])],
      afterOperation: [...(hooks.afterOperation ?? []), refuseLargeAnswers],
    },
  };
}
