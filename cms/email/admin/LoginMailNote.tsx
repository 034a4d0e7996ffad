/**
 * Below the login form: without mail, "Wachtwoord vergeten?" would promise a mail that never
 * comes, so the link is hidden (Payload's login form always renders it) and a note says what to do.
 */
import type { ServerProps } from 'payload';
import { mailAvailable, NO_PASSWORD_RESET } from '../mail-available.ts';

export function LoginMailNote({ payload }: ServerProps) {
  if (mailAvailable(payload)) return null;
  const forgot = `${payload.config.routes.admin}${payload.config.admin.routes.forgot}`;
  return (
    <>
      <style>{`.login__form a[href="${forgot}"] { display: none; }`}</style>
      <p className="login-mail-note" style={{ marginTop: 'var(--base)' }}>
        {NO_PASSWORD_RESET}
      </p>
    </>
  );
}
