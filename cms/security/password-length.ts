/**
 * Passwords of at least 12 characters, wherever one is set: creating an account (the first one
 * too), changing it, and resetting it from the e-mailed link. Payload itself accepts 3.
 */
import { ValidationError, type CollectionBeforeOperationHook } from 'payload';
import { fieldOf } from './field-of.ts';

export const MIN_PASSWORD_LENGTH = 12;

export const requireLongPassword: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args;
  const password = fieldOf(args.data, 'password');
  if (typeof password === 'string' && password !== '' && [...password].length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            path: 'password',
            message: `Het wachtwoord is te kort: ${[...password].length} tekens. Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens, bijvoorbeeld een zin van een paar woorden.`,
          },
        ],
      },
      req.t,
    );
  }
  return args;
};
