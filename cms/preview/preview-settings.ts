/**
 * Where previews live and how they are reached: the preview tree in the CMS's data folder
 * (PREVIEW_DIR to move it), the preview server's address (PREVIEW_URL), the key both sides sign
 * links with (derived from PAYLOAD_SECRET) and the published content/ the tree starts from.
 * Built from the config's environment and kept in the config, where hooks find them.
 */
import path from 'node:path';
import type { Payload } from 'payload';
import { LOCAL_PREVIEW_URL, previewSecret } from '../../contract/preview-link.ts';
import { dataDir, repoRoot, type Env } from '../paths.ts';
import { publishSettings } from '../publish/settings.ts';
import { payloadSecret } from '../secret.ts';

export interface PreviewSettings {
  dir: string;
  serverUrl: string;
  key: string;
  liveContentDir: string;
}

export function previewSettings(env: Env = process.env): PreviewSettings {
  return {
    dir: env.PREVIEW_DIR ? path.resolve(repoRoot, env.PREVIEW_DIR) : path.join(dataDir(env), 'preview'),
    serverUrl: (env.PREVIEW_URL?.trim() || LOCAL_PREVIEW_URL).replace(/\/+$/, ''),
    key: previewSecret(payloadSecret(env)),
    liveContentDir: publishSettings(env).contentDir,
  };
}

/** The settings the running CMS was configured with (config.custom.preview). */
export function previewSettingsOf(payload: Payload): PreviewSettings {
  const settings = (payload.config.custom as { preview?: PreviewSettings } | undefined)?.preview;
  if (!settings) throw new Error('the CMS config has no custom.preview: build it with buildCmsConfig()');
  return settings;
}
