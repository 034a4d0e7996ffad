import path from 'node:path';
import type { Env } from '../paths.ts';
import { repoRoot } from '../paths.ts';

/** Where publishing writes: content/ and dist/ of this checkout, or a deploy hook to call. */
export interface PublishSettings {
  contentDir: string;
  distDir: string;
  deployHookUrl?: string;
}

export function publishSettings(env: Env = process.env): PublishSettings {
  const hook = env.DEPLOY_HOOK_URL?.trim();
  if (hook && !/^https?:\/\//.test(hook)) {
    throw new Error(`DEPLOY_HOOK_URL must be an http(s) URL, got "${hook}"`);
  }
  return {
    contentDir: path.resolve(repoRoot, env.CONTENT_DIR || 'content'),
    distDir: path.resolve(repoRoot, env.SITE_DIST_DIR || 'dist'),
    ...(hook ? { deployHookUrl: hook } : {}),
  };
}
