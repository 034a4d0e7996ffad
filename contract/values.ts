/**
 * The value forms of the contract, as zod schemas with messages that say what was received and
 * what is expected: slugs, dates, URLs, media paths, site paths, text. Fields (field.ts) are
 * built from these; nothing else defines a value form.
 */
import { z } from 'zod';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_HINT = 'lower-case kebab-case, for example "goed-is-goed-genoeg"';

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** What was received, for a message: "hbo", 12, a list, nothing. */
export function received(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (typeof input === 'string') return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return `the date ${input.toISOString().slice(0, 10)}`;
  if (input && typeof input === 'object') return 'an object';
  return String(input);
}

const got = (input: unknown) => (input === undefined ? 'is required' : null);

export const slug = z.string({ error: (i) => got(i.input) ?? `expected a slug (${SLUG_HINT}), got ${received(i.input)}` }).regex(SLUG, {
  error: (i) => `expected a slug (${SLUG_HINT}), got ${received(i.input)}`,
});

const DATE_HINT = 'expected a date as YYYY-MM-DD';
/**
 * YYYY-MM-DD, a day that exists (2023-02-30 does not). content/ is read without YAML's own
 * timestamps (files.ts), so an unquoted date arrives as written; a Date still counts for data
 * that comes from elsewhere.
 */
const dateError = (i: { input: unknown }) => got(i.input) ?? `${DATE_HINT} (a day that exists), got ${received(i.input)}`;
export const isoDate = z
  .union([z.iso.date({ error: dateError }), z.date()], { error: dateError })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value));

const DATE_TIME_HINT = 'expected a date and time as YYYY-MM-DDTHH:MM, optionally with an offset such as +01:00';

/** A date and time with offset, for example 2026-12-10T09:30:00+01:00. */
const dateTimeError = (i: { input: unknown }) => got(i.input) ?? `${DATE_TIME_HINT}, got ${received(i.input)}`;
export const isoDateTime = z
  .union([z.iso.datetime({ offset: true, local: true, error: dateTimeError }), z.date()], { error: dateTimeError })
  .transform((value) => (value instanceof Date ? value.toISOString() : value));

/** Web addresses a visitor may follow: http and https only. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  error: (i) => got(i.input) ?? `expected an http(s) URL, for example https://www.voorbeeld.nl/, got ${received(i.input)}`,
});

/** A file under content/media/, referenced as "media/<file>". */
export const mediaPath = z.string({ error: (i) => got(i.input) ?? 'expected a path under content/media/' }).regex(/^media\/[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*$/, {
  error: (i) => `expected a path under content/media/ in lower case, for example "media/dronten-estafette.jpg", got ${received(i.input)}`,
});

/** A site path such as /praktijkvoorbeelden/oude-naam/ (leading and trailing slash). */
export const sitePath = z.string().regex(/^\/(?:[a-z0-9._-]+\/)+$/, {
  error: (i) => `expected a site path with leading and trailing slash, for example "/praktijkvoorbeelden/oude-naam/", got ${received(i.input)}`,
});

/** Text of at most max characters, not empty once spaces and line breaks are trimmed. */
export const text = (max: number) =>
  z
    .string({ error: (i) => got(i.input) ?? `expected text, got ${received(i.input)}` })
    .trim()
    .min(1, { error: 'must not be empty (spaces and line breaks alone do not count)' })
    .max(max, { error: (i) => `must be at most ${max} characters, got ${String((i.input as string).length)}` });

/** A whole number from min to max. */
export const integer = (min: number, max: number) => {
  const message = (i: { input: unknown }) => got(i.input) ?? `expected a whole number from ${min} to ${max}, got ${received(i.input)}`;
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
};

/** One of a closed list of values; the noun names what the value is ("school type"). */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, noun: string) =>
  z.enum(values, {
    error: (i) => got(i.input) ?? `${received(i.input)} is not a ${noun}; expected one of ${values.join(', ')}`,
  });

/** An e-mail address: one @, no spaces, a domain with a dot (what mailto: links need, not RFC 5322 in full). */
export const email = z
  .string({ error: (i) => got(i.input) ?? `expected an e-mail address, got ${received(i.input)}` })
  .trim()
  .regex(/^[^\s@<>()[\]\\,;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i, {
    error: (i) => `expected an e-mail address such as "naam@voorbeeld.nl", got ${received(i.input)}`,
  })
  .max(254, { error: (i) => `expected an e-mail address of at most 254 characters, got ${String((i.input as string).length)}` });

/**
 * A Dutch phone number, written loosely: spaces, dashes, dots and brackets anywhere, and either
 * a leading 0 (020 123 4567, 06-12345678, 0800 1234) or +31 / 0031 (+31 (0)20 123 4567).
 * telHref turns it into a tel: address in the international form.
 */
export function dutchPhoneDigits(value: string): string | undefined {
  const compact = value.replace(/\(0\)/g, '').replace(/[\s().-]/g, '');
  const national = /^(?:\+31|0031)(\d+)$/.exec(compact)?.[1] ?? /^0(\d+)$/.exec(compact)?.[1];
  if (national === undefined || national.startsWith('0')) return undefined;
  // Nine digits after the 0 (landlines, mobiles, 085/088/097); 0800 and 0900 numbers have 7 to 10.
  if (/^\d{9}$/.test(national) || /^[89]00\d{4,7}$/.test(national)) return national;
  return undefined;
}

export const PHONE_HINT = 'a Dutch phone number such as "020 123 4567", "06-12345678" or "+31 20 123 4567"';

export const dutchPhone = z
  .string({ error: (i) => got(i.input) ?? `expected ${PHONE_HINT}, got ${received(i.input)}` })
  .trim()
  .refine((value) => dutchPhoneDigits(value) !== undefined, { error: (i) => `expected ${PHONE_HINT}, got ${received(i.input)}` });

/** The tel: address of a Dutch phone number: tel:+31201234567. */
export function telHref(value: string): string {
  const digits = dutchPhoneDigits(value);
  if (digits === undefined) throw new Error(`not ${PHONE_HINT}: ${JSON.stringify(value)}`);
  return `tel:+31${digits}`;
}
