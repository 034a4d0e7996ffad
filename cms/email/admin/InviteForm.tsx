'use client';
/** The invitation form above the list of users: address, name and role; POST /api/users/invite. */
import { useRouter } from 'next/navigation.js';
import { useState, type FormEvent } from 'react';

interface Props {
  roles: { value: string; label: string }[];
}

export function InviteForm({ roles }: Props) {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; message?: string; failed?: boolean }>({ busy: false });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form));
    setState({ busy: true });
    const res = await fetch('/api/users/invite', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
    }).catch(() => undefined);
    const body: { message?: string; errors?: { message: string }[] } = (await res?.json().catch(() => ({}))) ?? {};
    if (res?.ok) {
      form.reset();
      setState({ busy: false, message: body.message });
      router.refresh();
    } else {
      setState({ busy: false, failed: true, message: body.errors?.[0]?.message ?? 'De uitnodiging is niet verstuurd: het CMS antwoordt niet.' });
    }
  }

  const field = { display: 'grid', gap: '0.25rem' } as const;
  return (
    <form onSubmit={submit} aria-label="Iemand uitnodigen" style={{ marginBottom: 'calc(var(--base) * 1.5)', display: 'grid', gap: 'var(--base)', maxWidth: '48rem' }}>
      <h2 style={{ margin: 0, fontSize: '1.1rem' }}>Iemand uitnodigen</h2>
      <p style={{ margin: 0 }}>De nieuwe gebruiker krijgt een e-mail met een link om zelf een wachtwoord te kiezen.</p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))', gap: 'var(--base)', alignItems: 'end' }}>
        <label style={field}>
          E-mailadres
          <input name="email" type="email" required autoComplete="off" />
        </label>
        <label style={field}>
          Naam
          <input name="name" type="text" autoComplete="off" />
        </label>
        <label style={field}>
          Rol
          <select name="role" defaultValue={roles.find((r) => r.value === 'editor')?.value ?? roles[0]?.value}>
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-medium" disabled={state.busy} style={{ margin: 0 }}>
          {state.busy ? 'Bezig met versturen…' : 'Uitnodiging versturen'}
        </button>
      </div>
      {state.message ? (
        <p role={state.failed ? 'alert' : 'status'} style={{ margin: 0, color: state.failed ? 'var(--theme-error-500)' : undefined }}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
