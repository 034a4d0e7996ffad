import type { DataFromGlobalSlug, Field, GlobalConfig, Payload } from 'payload';
import { staff } from '../access/roles.ts';
import { siteBuildStatusField } from './publish-status-field.ts';

export const SITE_STATUS = 'site-status';

/** Why a build that a stopped CMS left unfinished will not finish (cms/publish/job-runner.ts). */
export const INTERRUPTED_BUILD = 'Onderbroken: de vorige sitebouw stopte voordat hij klaar was; de volgende publicatie bouwt opnieuw.';

/** What editors see of the last site build: when, whether it worked, and why not. */
export const SiteStatus: GlobalConfig = {
  slug: SITE_STATUS,
  label: 'Sitebouw',
  admin: { group: 'Site', hideAPIURL: true, description: 'Na elke publicatie wordt de website opnieuw gebouwd. Hier ziet u wanneer dat voor het laatst gebeurde en of het lukte.' },
  access: { read: staff, update: () => false },
  // Shown through siteBuildStatusField in Dutch and Amsterdam time; the error stays out of sight.
  fields: [siteBuildStatusField, ...hiddenInAdmin([
    {
      name: 'state',
      type: 'select',
      label: 'Laatste bouw',
      options: [
        { label: 'Bezig', value: 'bezig' },
        { label: 'Gelukt', value: 'gelukt' },
        { label: 'Mislukt', value: 'mislukt' },
        { label: 'Onderbroken', value: 'onderbroken' },
      ],
      admin: { readOnly: true },
    },
    { name: 'startedAt', type: 'date', label: 'Begonnen op', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: 'Klaar op', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'seconds', type: 'number', label: 'Duur (seconden)', admin: { readOnly: true } },
    { name: 'reason', type: 'text', label: 'Aanleiding', admin: { readOnly: true } },
    { name: 'error', type: 'textarea', label: 'Foutmelding', admin: { readOnly: true, description: 'Alleen gevuld als de laatste bouw mislukte of werd onderbroken.' } },
  ])],
};

function hiddenInAdmin(fields: Field[]): Field[] {
  return fields.map((field) => ({ ...field, admin: { ...field.admin, hidden: true } }) as Field);
}

export function setSiteStatus(payload: Payload, data: Partial<DataFromGlobalSlug<typeof SITE_STATUS>>) {
  return payload.updateGlobal({ slug: SITE_STATUS, data, overrideAccess: true });
}
