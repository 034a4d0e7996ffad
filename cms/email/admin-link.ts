/**
 * An absolute link into the admin for a mail: on CMS_SERVER_URL (Payload's serverURL), else on
 * localhost at CMS_PORT. Never on the Host header of the request, which whoever asks for a reset
 * chooses. (In production CMS_SERVER_URL is required with mail, cms/email/settings.ts.)
 */
import type { Payload } from 'payload';

export function adminLink(payload: Payload, path: string): string {
  const base = payload.config.serverURL || `http://localhost:${process.env.CMS_PORT || '3000'}`;
  return `${base.replace(/\/$/, '')}${payload.config.routes.admin}${path}`;
}

/** The admin's page that sets a new password with the token of a reset or an invitation. */
export function resetPasswordLink(payload: Payload, token: string): string {
  return adminLink(payload, `${payload.config.admin.routes.reset}/${token}`);
}
