/** What the create-first-user screen says in place of a role choice (hooks/first-user-admin.ts). */
export function FirstUserNote() {
  return (
    <div className="field-type first-user-note" role="note" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: 0 }}>
        <strong>Dit eerste account wordt de Beheerder.</strong> Daarmee beheert u de inhoud en ook de
        gebruikers en hun rollen. Redacteuren voegt u daarna toe onder Beheer → Gebruikers.
      </p>
    </div>
  );
}
