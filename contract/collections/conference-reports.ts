/** content/conference-reports/<slug>.mdx: the report of a meeting. */
import { date, objectSchema, optional, reference, text } from '../field.ts';
import { articleFields } from './article.ts';

export const REPORT_LOCATION_MAX = 200;

export const conferenceReportFields = {
  ...articleFields,
  eventDate: date({ label: 'Datum van de bijeenkomst', help: 'Wanneer de bijeenkomst was.', doc: 'The day of the meeting, YYYY-MM-DD. Required.' }),
  location: optional(text(REPORT_LOCATION_MAX, { label: 'Locatie', help: 'Optioneel: waar de bijeenkomst was.', doc: 'Where it was. Optional.' })),
  event: optional(
    reference('events', {
      label: 'Agenda-item',
      help: 'Optioneel: het agenda-item van deze bijeenkomst.',
      doc: 'The file name of its document in content/events/. Optional.',
    }),
  ),
};

export const conferenceReport = objectSchema(conferenceReportFields);
