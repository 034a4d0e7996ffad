/**
 * The time zones editors may schedule in: Europe/Amsterdam first and by default; CMS_TIMEZONES
 * (comma-separated IANA names) may offer more. Dates are stored in UTC either way.
 */
import type { Env } from '../paths.ts';

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** Dutch names of the zones we expect; others show their IANA name. */
const LABELS: Record<string, string> = {
  'Europe/Amsterdam': 'Amsterdam (Nederland)',
  'Europe/Brussels': 'Brussel (België)',
  'America/Curacao': 'Curaçao',
  'America/Aruba': 'Aruba',
  'America/Kralendijk': 'Bonaire',
  UTC: 'UTC',
};

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Payload's `admin.timezones`: Amsterdam by default and offered first, then CMS_TIMEZONES's zones. */
export function adminTimezones(env: Env): { supportedTimezones: { label: string; value: string }[]; defaultTimezone: string } {
  const extra = (env.CMS_TIMEZONES ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of extra) {
    if (!isTimeZone(name)) {
      throw new Error(
        `CMS_TIMEZONES: "${name}" is not an IANA time zone name. Use comma-separated names such as "Europe/Amsterdam,America/Curacao", or leave CMS_TIMEZONES unset for Europe/Amsterdam alone.`,
      );
    }
  }
  const zones = [DEFAULT_TIME_ZONE, ...extra.filter((name) => name !== DEFAULT_TIME_ZONE)];
  const unique = [...new Set(zones)];
  return {
    supportedTimezones: unique.map((value) => ({ value, label: LABELS[value] ?? value })),
    defaultTimezone: DEFAULT_TIME_ZONE,
  };
}
