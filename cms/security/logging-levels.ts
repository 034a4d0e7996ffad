/**
 * How Payload logs the errors it answers (config `loggingLevels`): without a level it logs each
 * at 'error' with its stack trace, 39 lines per failed login. Expected refusals get one 'info'
 * line; a rate-limited request none (the limiter logs one line per client and window).
 */
import type { Config } from 'payload';

type LogLevel = NonNullable<NonNullable<Config['loggingLevels']>['APIError']>;

/** By error name; our own errors' names (QueryTooExpensive, TooManyRequests) are not in Payload's type. */
export const LOGGING_LEVELS: Record<string, LogLevel> = {
  AuthenticationError: 'info',
  LockedAuth: 'info',
  UnverifiedEmail: 'info',
  QueryTooExpensive: 'info',
  TooManyRequests: false,
};
