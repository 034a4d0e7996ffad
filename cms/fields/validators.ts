/**
 * Validators that reject what the content contract rejects, with Dutch messages for editors.
 * Payload reports each with the field's path.
 */
import type { TextFieldSingleValidation } from 'payload';
import { text } from 'payload/shared';
import { isSlug } from '../../contract/schema.ts';

type Result = true | string;

export function httpUrl(value: unknown): Result {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value !== 'string') return 'Vul een webadres in.';
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return true;
  } catch {
    // handled below
  }
  return 'Vul een webadres in dat begint met http:// of https://, bijvoorbeeld https://www.voorbeeld.nl/.';
}

export function slugFormat(value: unknown): Result {
  if (typeof value !== 'string' || value === '') return 'Vul een slug in.';
  return isSlug(value)
    ? true
    : 'Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld "goed-is-goed-genoeg".';
}

export function maxLength(max: number) {
  return (value: unknown): Result =>
    typeof value === 'string' && value.trim().length > max ? `Maximaal ${max} tekens.` : true;
}

/** Site paths such as /praktijkvoorbeelden/oude-naam/, as the contract's redirectFrom expects. */
export function sitePaths(value: unknown): Result {
  if (!Array.isArray(value)) return true;
  const bad = value.find((item) => typeof item !== 'string' || !/^\/(?:[a-z0-9._-]+\/)+$/.test(item));
  return bad === undefined
    ? true
    : `"${String(bad)}" is geen pad op de site; gebruik bijvoorbeeld /praktijkvoorbeelden/oude-naam/.`;
}

/** A text field holding an http(s) URL: Payload's own text checks first, then the scheme. */
export const httpUrlText: TextFieldSingleValidation = (value, options) => {
  const base = text(value, options);
  return base === true ? httpUrl(value) : base;
};
