/**
 * Without mail, "Wachtwoord vergeten?" (POST /api/users/forgot-password, also the admin's
 * /admin/forgot when typed in) is refused with the reason, instead of Payload's "sent" for a mail
 * that never leaves.
 */
import { APIError, type CollectionBeforeOperationHook } from 'payload';
import { MAIL_NOT_CONFIGURED, mailAvailable } from './mail-available.ts';

export const refuseResetWithoutMail: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'forgotPassword' && !args.disableEmail && !mailAvailable(req.payload)) {
    throw new APIError(MAIL_NOT_CONFIGURED, 503, undefined, true);
  }
  return args;
};
