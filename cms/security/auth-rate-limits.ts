/**
 * Login, forgot-password and unlock through the REST API, limited per client address (and the
 * reset mail per address it goes to), so that guessing passwords or flooding an inbox takes
 * days instead of seconds. The account lock (five failed logins) limits guesses per account.
 */
import type { CollectionBeforeOperationHook } from 'payload';
import { clientAddress } from './client-address.ts';
import { fieldOf } from './field-of.ts';
import { enforceRateLimit, type RateLimit } from './rate-limit.ts';

const MINUTE = 60_000;

export const AUTH_LIMITS = {
  login: { name: 'login', max: 20, windowMs: 10 * MINUTE, what: 'inlogpogingen' },
  forgotPassword: { name: 'forgot-password', max: 5, windowMs: 15 * MINUTE, what: 'aanvragen om het wachtwoord te herstellen' },
  /** Per e-mail address: how many reset mails one inbox can be sent, from any client. */
  forgotPasswordPerEmail: { name: 'forgot-password-email', max: 3, windowMs: 60 * MINUTE, what: 'aanvragen om het wachtwoord te herstellen' },
  unlock: { name: 'unlock', max: 20, windowMs: 10 * MINUTE, what: 'ontgrendelpogingen' },
} satisfies Record<string, RateLimit>;

export const limitAuthAttempts: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI !== 'REST') return args;
  const address = clientAddress(req);
  if (operation === 'login') enforceRateLimit(req, AUTH_LIMITS.login, address);
  if (operation === 'unlock') enforceRateLimit(req, AUTH_LIMITS.unlock, address);
  if (operation === 'forgotPassword') {
    enforceRateLimit(req, AUTH_LIMITS.forgotPassword, address);
    const email = fieldOf(args.data, 'email');
    if (typeof email === 'string') enforceRateLimit(req, AUTH_LIMITS.forgotPasswordPerEmail, email.trim().toLowerCase());
  }
  return args;
};
