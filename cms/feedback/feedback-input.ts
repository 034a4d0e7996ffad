/**
 * What a reader sends with "Was dit nuttig?": the site path of the page, ja or nee, and an
 * optional comment; or, in the second step, a comment for the answer just given (its token).
 * Read from a form post (application/x-www-form-urlencoded) or JSON, checked here with Dutch
 * messages for the reader.
 */

export const COMMENT_MAX = 500;
/** A form or JSON body larger than this is refused before it is parsed. */
export const BODY_MAX_BYTES = 8 * 1024;
const PATH_MAX = 300;

export type Useful = 'ja' | 'nee';

export type FeedbackInput =
  | { kind: 'answer'; path: string; useful: Useful; comment: string }
  | { kind: 'comment'; path: string; token: string; comment: string };

export type Parsed = { ok: true; input: FeedbackInput } | { ok: false; path?: string; errors: string[] };

export const MESSAGES = {
  body: 'Uw reactie kon niet worden gelezen. Stuur het formulier opnieuw vanaf de pagina.',
  path: 'Het adres van de pagina ontbreekt of is geen pagina van Schoolnabij.',
  useful: 'Kies "Ja" of "Nee" bij "Was dit nuttig?".',
  comment: (length: number) => `Uw toelichting is ${length} tekens lang. Houd het bij hoogstens ${COMMENT_MAX} tekens.`,
  commentMissing: 'Schrijf eerst een toelichting, of sluit deze pagina als u niets wilt toevoegen.',
  token: 'Deze toelichting hoort niet (meer) bij een antwoord: het formulier is verlopen. Geef uw antwoord opnieuw op de pagina.',
} as const;

/** A path on the site: /praktijkvoorbeelden/slug/ or /slug/, lowercase, with both slashes; never //host or ../. */
export function isSitePath(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > PATH_MAX) return false;
  if (!/^\/(?:[a-z0-9._-]+\/)*$/.test(value)) return false;
  return value.split('/').every((segment) => !/^\.+$/.test(segment));
}

/** The fields of a form post or JSON object, as strings (JSON booleans allowed for useful). */
export function fieldsOf(contentType: string, text: string): Record<string, unknown> | undefined {
  if (/^application\/json\b/i.test(contentType)) {
    try {
      const value: unknown = JSON.parse(text);
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  if (/^application\/x-www-form-urlencoded\b/i.test(contentType)) return Object.fromEntries(new URLSearchParams(text));
  return undefined;
}

function usefulOf(value: unknown): Useful | undefined {
  if (value === true || value === 'ja') return 'ja';
  if (value === false || value === 'nee') return 'nee';
  return undefined;
}

export function parseFeedback(fields: Record<string, unknown> | undefined): Parsed {
  if (!fields) return { ok: false, errors: [MESSAGES.body] };
  const path = isSitePath(fields.path) ? fields.path : undefined;
  const errors: string[] = [];
  if (!path) errors.push(MESSAGES.path);
  const comment = typeof fields.comment === 'string' ? fields.comment.replace(/\r\n/g, '\n').trim() : '';
  if (fields.comment !== undefined && typeof fields.comment !== 'string') errors.push(MESSAGES.body);
  // Characters as a reader counts them (and as the textarea's maxlength does), not UTF-16 units.
  const length = [...comment].length;
  if (length > COMMENT_MAX) errors.push(MESSAGES.comment(length));
  if (typeof fields.token === 'string' && fields.token) {
    if (!comment && length <= COMMENT_MAX) errors.push(MESSAGES.commentMissing);
    return errors.length || !path ? { ok: false, path, errors } : { ok: true, input: { kind: 'comment', path, token: fields.token, comment } };
  }
  const useful = usefulOf(fields.useful);
  if (!useful) errors.push(MESSAGES.useful);
  return errors.length || !path || !useful ? { ok: false, path, errors } : { ok: true, input: { kind: 'answer', path, useful, comment } };
}
