import { describe, expect, it } from 'vitest';
import { isOffline } from './connection.ts';

describe.each([
  { error: new TypeError('Failed to fetch'), onLine: true, offline: true },
  // Pagefind's worker rethrows only the message.
  { error: new Error('Failed to fetch'), onLine: true, offline: true },
  { error: new TypeError('NetworkError when attempting to fetch resource.'), onLine: true, offline: true },
  { error: new TypeError('Load failed'), onLine: true, offline: true },
  { error: new Error('invalid gzip data'), onLine: true, offline: false },
  { error: new SyntaxError('Unexpected token < in JSON'), onLine: true, offline: false },
  { error: new Error('invalid gzip data'), onLine: false, offline: true },
])('a failure "$error.message" with navigator.onLine $onLine', ({ error, onLine, offline }) => {
  it(`is ${offline ? '' : 'not '}taken for being offline`, () => {
    expect(isOffline(error, onLine)).toBe(offline);
  });
});
