/** content/events/<slug>.mdx: a meeting, webinar or conference in the agenda. */
import { dateTime, objectSchema, optional, text, url } from '../field.ts';
import { articleFields } from './article.ts';

export const EVENT_LOCATION_MAX = 200;

export const eventFields = {
  ...articleFields,
  startsAt: dateTime({ label: 'Begint op', help: 'Datum en tijd van het begin.', doc: 'Start, as 2026-12-10T09:30:00+01:00. Required.' }),
  endsAt: optional(dateTime({ label: 'Eindigt op', help: 'Optioneel: datum en tijd van het einde.', doc: 'End, not before startsAt. Optional.' })),
  location: optional(text(EVENT_LOCATION_MAX, { label: 'Locatie', help: 'Optioneel: waar het plaatsvindt.', doc: 'Where it takes place. Optional.' })),
  registrationUrl: optional(
    url({
      label: 'Aanmelden',
      help: 'Optioneel: webadres van het aanmeldformulier, begint met http:// of https://.',
      doc: 'The sign-up form, http(s). Optional.',
    }),
  ),
};

export const event = objectSchema(eventFields).superRefine(
  (data, ctx) => {
    const { startsAt, endsAt } = data as { startsAt?: unknown; endsAt?: unknown };
    if (typeof startsAt === 'string' && typeof endsAt === 'string' && Date.parse(endsAt) < Date.parse(startsAt)) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `must not be before startsAt (${startsAt}), got ${endsAt}` });
    }
  },
  { when: () => true },
);
