/**
 * Validators that reject what the content contract rejects, with Dutch messages for editors.
 * Payload reports each with the field's path.
 */
import { isSlug } from '../../contract/schema.ts';

type Result = true | string;

export const HTTP_URL_MESSAGE = 'Vul een webadres in dat begint met http:// of https://, bijvoorbeeld https://www.voorbeeld.nl/.';

/** The refusal of a value that is no path on the site. */
export const sitePathMessage = (value: unknown) => `"${String(value)}" is geen pad op de site; gebruik bijvoorbeeld /praktijkvoorbeelden/oude-naam/.`;

export function httpUrl(value: unknown): Result {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value !== 'string') return 'Vul een webadres in.';
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return true;
  } catch {
    // handled below
  }
  return HTTP_URL_MESSAGE;
}

export function slugFormat(value: unknown): Result {
  if (typeof value !== 'string' || value === '') return 'Vul een slug in.';
  return isSlug(value)
    ? true
    : 'Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld "goed-is-goed-genoeg".';
}
