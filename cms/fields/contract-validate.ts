/**
 * The CMS accepts exactly what the contract accepts: a field's value is checked with Payload's
 * own rules first (required, rows, options), then with the contract field's zod schema, and a
 * refusal is said in Dutch on the field. Without this, a title of three spaces was stored, and
 * the next export failed the contract and stopped every rebuild.
 */
import { validations } from 'payload/shared';
import type { Field } from '../../contract/field.ts';
import { HTTP_URL_MESSAGE, sitePathMessage } from './validators.ts';

type Result = true | string;
type Options = { siblingData?: unknown } & Record<string, unknown>;
type PayloadValidate = (value: unknown, options: Options) => Result | Promise<Result>;

const absent = (value: unknown) => value === undefined || value === null || value === '';

/** The Dutch refusal of a value that the contract field's schema does not accept. */
export function dutchMessage(field: Field, value: unknown): string {
  const { kind } = field;
  switch (kind.type) {
    case 'text': {
      const trimmed = typeof value === 'string' ? value.trim() : '';
      if (trimmed === '') return 'Vul hier tekst in: alleen spaties of regeleinden tellen niet.';
      return `Maximaal ${kind.max} tekens; dit zijn er ${trimmed.length}.`;
    }
    case 'url':
      return HTTP_URL_MESSAGE;
    case 'email':
      return 'Vul een e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.';
    case 'phone':
      return 'Vul een Nederlands telefoonnummer in, bijvoorbeeld 020 123 4567, 06-12345678 of +31 20 123 4567.';
    case 'sitePath':
      return sitePathMessage(value);
    case 'integer':
      return `Vul een heel getal in van ${kind.min} tot en met ${kind.max}.`;
    default:
      return 'Deze waarde past niet in de inhoud van de site.';
  }
}

/** Kinds whose CMS value is the contract's value as it is (relations, uploads and dates are not). */
const SAME_FORM = new Set(['text', 'url', 'email', 'phone', 'sitePath', 'integer', 'choice']);

/** Checks one value with the field's schema; a list of plain values item by item. */
function contractCheck(field: Field, value: unknown): Result {
  if (absent(value)) return true;
  const { kind } = field;
  if (kind.type === 'list') {
    if (!SAME_FORM.has(kind.of.kind.type) || !Array.isArray(value)) return true;
    for (const item of value) {
      const result = contractCheck(kind.of, item);
      if (result !== true) return result;
    }
    return true;
  }
  if (!SAME_FORM.has(kind.type)) return true;
  return field.schema.safeParse(value).success ? true : dutchMessage(field, value);
}

export function contractValidate(field: Field, payloadType: string, also?: (value: unknown, siblingData: Record<string, unknown>) => Result): PayloadValidate {
  const payloadDefault = (validations as unknown as Record<string, PayloadValidate>)[payloadType];
  return async (value, options) => {
    const base = payloadDefault ? await payloadDefault(value, options) : true;
    if (base !== true) return base;
    const own = contractCheck(field, value);
    if (own !== true) return own;
    return also ? also(value, (options.siblingData ?? {}) as Record<string, unknown>) : true;
  };
}
