/**
 * POST /api/feedback: "Was dit nuttig?" from the site. A form post (no JavaScript) is answered
 * with a Dutch HTML page, JSON (the site's script) with JSON. Limited per client address; the
 * address is only counted in memory (cms/security/rate-limit.ts), never stored: a row holds the
 * path, ja or nee, the comment and its date. CORS: the site's origin only (config `cors`).
 */
import { APIError, type Endpoint, type PayloadRequest } from 'payload';
import type { Env } from '../paths.ts';
import { publicSiteUrl } from '../publish/site-url.ts';
import { clientAddress } from '../security/client-address.ts';
import { enforceRateLimit, type RateLimit } from '../security/rate-limit.ts';
import { answerOfToken, commentToken } from './comment-token.ts';
import { BODY_MAX_BYTES, fieldsOf, MESSAGES, parseFeedback } from './feedback-input.ts';
import { commentThanksPage, problemPage, thanksPage } from './thank-you-page.ts';

export const FEEDBACK_LIMIT: RateLimit = { name: 'feedback', max: 10, windowMs: 10 * 60_000, what: 'reacties' };

export const FEEDBACK_SLUG = 'feedback';

export const THANKS = { answer: 'Bedankt voor uw reactie.', comment: 'Bedankt voor uw toelichting.' } as const;

export function feedbackEndpoint(env: Env): Endpoint {
  return {
    path: '/',
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const contentType = req.headers.get('content-type') ?? '';
      const wantsJson = /^application\/json\b/i.test(contentType) || /^application\/json\b/i.test(req.headers.get('accept') ?? '');
      const siteUrl = publicSiteUrl(env);
      const refuse = (status: number, errors: string[], path?: string) =>
        wantsJson ? Response.json({ errors: errors.map((message) => ({ message })) }, { status, headers: { 'Cache-Control': 'no-store' } }) : problemPage(errors, { siteUrl, path, status });

      try {
        enforceRateLimit(req, FEEDBACK_LIMIT, clientAddress(req));
      } catch (error) {
        if (error instanceof APIError && error.status === 429) return refuse(429, [error.message]);
        throw error;
      }
      const text = await readBody(req);
      const parsed = parseFeedback(text === undefined ? undefined : fieldsOf(contentType, text));
      if (!parsed.ok) return refuse(400, parsed.errors, parsed.path);
      const { input } = parsed;
      const secret = req.payload.secret;

      if (input.kind === 'comment') {
        const id = answerOfToken(secret, input.token);
        const answer = id && (await req.payload.find({ collection: FEEDBACK_SLUG, where: { id: { equals: id } }, limit: 1, req })).docs[0];
        // One comment per answer, for the page it was given on.
        if (!answer || answer.comment || answer.path !== input.path) return refuse(400, [MESSAGES.token], input.path);
        await req.payload.update({ collection: FEEDBACK_SLUG, id: answer.id, data: { comment: input.comment }, overrideAccess: true, req });
        return wantsJson ? Response.json({ message: THANKS.comment }, { status: 200 }) : commentThanksPage({ siteUrl, path: input.path });
      }

      const created = await req.payload.create({
        collection: FEEDBACK_SLUG,
        data: { path: input.path, useful: input.useful, ...(input.comment ? { comment: input.comment } : {}) },
        overrideAccess: true,
        req,
      });
      const token = commentToken(secret, created.id);
      return wantsJson ? Response.json({ message: THANKS.answer, token }, { status: 201 }) : thanksPage({ siteUrl, path: input.path, token });
    },
  };
}

/** The body as text, or undefined when it is larger than BODY_MAX_BYTES. */
async function readBody(req: PayloadRequest): Promise<string | undefined> {
  if (Number(req.headers.get('content-length') ?? 0) > BODY_MAX_BYTES) return undefined;
  const text = (await req.text?.()) ?? '';
  return Buffer.byteLength(text) > BODY_MAX_BYTES ? undefined : text;
}
