import { describe, expect, it } from 'vitest';
import { adminTimezones } from './time-zones.ts';

describe('adminTimezones', () => {
  it('offers Amsterdam alone by default, and as default', () => {
    expect(adminTimezones({})).toEqual({
      supportedTimezones: [{ value: 'Europe/Amsterdam', label: 'Amsterdam (Nederland)' }],
      defaultTimezone: 'Europe/Amsterdam',
    });
  });

  it('adds the zones of CMS_TIMEZONES after Amsterdam, without doubles', () => {
    const zones = adminTimezones({ CMS_TIMEZONES: ' America/Curacao, Europe/Amsterdam ,Asia/Tokyo' }).supportedTimezones.map((z) => z.value);
    expect(zones).toEqual(['Europe/Amsterdam', 'America/Curacao', 'Asia/Tokyo']);
  });

  it('names the variable, the bad value and the fix', () => {
    expect(() => adminTimezones({ CMS_TIMEZONES: 'Europe/Amsterdam,Amsterdam' })).toThrow(
      /CMS_TIMEZONES: "Amsterdam" is not an IANA time zone name\. Use comma-separated names/,
    );
  });
});
