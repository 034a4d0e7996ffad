import type { DateFieldValidation } from 'payload';
import { date } from 'payload/shared';
import { LIMITS } from '../fields/contract.ts';
import { httpUrlText } from '../fields/validators.ts';
import { articleCollection } from './article-collection.ts';

export const Events = articleCollection(
  'events',
  [
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          label: 'Begint op',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd-M-yyyy HH:mm' }, description: 'Datum en tijd van het begin.' },
        },
        {
          name: 'endsAt',
          type: 'date',
          label: 'Eindigt op',
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd-M-yyyy HH:mm' }, description: 'Optioneel: datum en tijd van het einde.' },
          validate: ((value, options) => {
            const base = date(value, options);
            if (base !== true) return base;
            const startsAt = (options.siblingData as { startsAt?: unknown }).startsAt;
            if (value && startsAt && Date.parse(String(value)) < Date.parse(String(startsAt))) {
              return 'Het einde mag niet voor het begin liggen.';
            }
            return true;
          }) satisfies DateFieldValidation,
        },
      ],
    },
    {
      name: 'location',
      type: 'text',
      label: 'Locatie',
      maxLength: LIMITS.eventLocation,
      admin: { description: 'Optioneel: waar het plaatsvindt.' },
    },
    {
      name: 'registrationUrl',
      type: 'text',
      label: 'Aanmelden',
      admin: { description: 'Optioneel: webadres van het aanmeldformulier, begint met http:// of https://.' },
      validate: httpUrlText,
    },
  ],
  { description: 'Bijeenkomsten, webinars en congressen.' },
);
