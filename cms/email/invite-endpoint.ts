/**
 * POST /api/users/invite { email, name?, role }: an admin invites a new editor (or admin). The
 * account is created with a random password nobody knows, and the invitation mail carries a
 * password-reset token (valid a week) for the admin's page that sets the password. When the mail
 * cannot be sent, the account is removed again, so the invitation can simply be repeated.
 */
import { randomBytes } from 'node:crypto';
import type { Endpoint, PayloadRequest } from 'payload';
import { isAdmin, ROLES, type Role } from '../access/roles.ts';
import { invitationEmail, INVITATION_VALID_MS } from './invitation-email.ts';
import { MAIL_NOT_CONFIGURED, mailAvailable } from './mail-available.ts';

const EMAIL = /^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$/;

export const inviteEndpoint: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: async (req) => {
    if (!isAdmin(req.user)) return answer(403, 'Alleen een beheerder kan iemand uitnodigen.');
    if (!mailAvailable(req.payload)) return answer(503, MAIL_NOT_CONFIGURED);
    const input = await readInput(req);
    if (typeof input === 'string') return answer(400, input);

    const existing = await req.payload.count({ collection: 'users', where: { email: { equals: input.email } }, overrideAccess: true, req });
    if (existing.totalDocs > 0) {
      return answer(409, `Er is al een account voor ${input.email}. Is het wachtwoord kwijt? Dan vraagt die persoon een nieuw aan met "Wachtwoord vergeten?" op de inlogpagina.`);
    }
    const user = await req.payload.create({
      collection: 'users',
      data: { email: input.email, name: input.name, roles: [input.role], password: randomBytes(32).toString('base64url') },
      overrideAccess: false,
      user: req.user,
      req,
    });
    try {
      const token = await req.payload.forgotPassword({ collection: 'users', data: { email: input.email }, disableEmail: true, expiration: INVITATION_VALID_MS, req });
      if (!token) throw new Error('Payload issued no token for the new account');
      const invitedBy = req.user?.name?.trim() || req.user?.email || 'Een beheerder';
      await req.payload.sendEmail({ to: input.email, ...invitationEmail(req.payload, { ...input, invitedBy, token }) });
    } catch (error) {
      await req.payload.delete({ collection: 'users', id: user.id, overrideAccess: true, req });
      req.payload.logger.error({ err: error, msg: `Invitation to ${input.email} not sent` });
      return answer(502, `De uitnodiging aan ${input.email} kon niet worden verstuurd (${(error as Error).message}). Er is geen account aangemaakt; probeer het later opnieuw.`);
    }
    return Response.json({ message: `Uitnodiging verstuurd naar ${input.email}.`, doc: { id: user.id, email: user.email } }, { status: 201 });
  },
};

async function readInput(req: PayloadRequest): Promise<{ email: string; name: string | null; role: Role } | string> {
  const body: unknown = await req.json?.().catch(() => undefined);
  const data = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const email = typeof data.email === 'string' ? data.email.trim().toLowerCase() : '';
  if (!EMAIL.test(email)) return `Geen geldig e-mailadres: "${String(data.email ?? '')}". Vul een adres in als naam@school.nl.`;
  const role = ROLES.find((r) => r === data.role);
  if (!role) return `Onbekende rol "${String(data.role ?? '')}": kies ${ROLES.join(' of ')}.`;
  const name = typeof data.name === 'string' && data.name.trim() ? data.name.trim() : null;
  return { email, name, role };
}

function answer(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status });
}
