import { LIMITS } from '../fields/contract.ts';
import { articleCollection } from './article-collection.ts';

export const ConferenceReports = articleCollection(
  'conference-reports',
  [
    {
      name: 'eventDate',
      type: 'date',
      label: 'Datum van de bijeenkomst',
      required: true,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd-M-yyyy' }, description: 'Wanneer de bijeenkomst was.' },
    },
    {
      name: 'location',
      type: 'text',
      label: 'Locatie',
      maxLength: LIMITS.reportLocation,
      admin: { description: 'Optioneel: waar de bijeenkomst was.' },
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      label: 'Agenda-item',
      admin: { description: 'Optioneel: het agenda-item van deze bijeenkomst.' },
    },
  ],
  { description: 'Verslagen van congressen en bijeenkomsten.' },
);
