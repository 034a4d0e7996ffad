/**
 * Above the list of users, for admins: the invitation form when the CMS can send mail, else the
 * note that says why not and how to turn mail on.
 */
import type { ServerProps } from 'payload';
import { isAdmin, ROLE_LABELS, ROLES } from '../../access/roles.ts';
import { MAIL_NOT_CONFIGURED, mailAvailable } from '../mail-available.ts';
import { InviteForm } from './InviteForm.tsx';

export function InviteUsers({ payload, user }: ServerProps) {
  if (!isAdmin(user)) return null;
  if (!mailAvailable(payload)) {
    return (
      <p role="note" className="invite-users__note" style={{ marginBottom: 'var(--base)', maxWidth: '48rem' }}>
        {MAIL_NOT_CONFIGURED}
      </p>
    );
  }
  return <InviteForm roles={ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }))} />;
}
