/**
 * Below the collections in the navigation (admin.components.afterNavLinks): the editor's own
 * account (editors have no users list), the editor's guide and the public site.
 */
import { NavGroup } from '@payloadcms/ui';
import type { Payload } from 'payload';
import { publicSiteUrl } from '../publish/site-url.ts';

export function EditorNavLinks({ payload }: { payload: Payload }) {
  const admin = payload.config.routes.admin;
  return (
    <NavGroup label="Redactie">
      <a className="nav__link" id="nav-account" href={`${admin}/account`}>
        <span className="nav__link-label">Mijn account</span>
      </a>
      <a className="nav__link" id="nav-handleiding" href={`${admin}/handleiding`}>
        <span className="nav__link-label">Handleiding</span>
      </a>
      <a className="nav__link" id="nav-site" href={publicSiteUrl()} target="_blank" rel="noopener">
        <span className="nav__link-label">Naar de site ↗</span>
      </a>
    </NavGroup>
  );
}
