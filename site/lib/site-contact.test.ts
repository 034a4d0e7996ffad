import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTACT_EMAIL, siteContactEmail } from './site-contact.ts';

describe('SITE_CONTACT_EMAIL, the address in the footer', () => {
  it('is redactie@schoolnabij.nl when unset or empty', () => {
    expect(siteContactEmail({})).toBe(DEFAULT_CONTACT_EMAIL);
    expect(siteContactEmail({ SITE_CONTACT_EMAIL: '  ' })).toBe(DEFAULT_CONTACT_EMAIL);
  });
  it('is the configured address', () => {
    expect(siteContactEmail({ SITE_CONTACT_EMAIL: ' info@gemeente.example ' })).toBe('info@gemeente.example');
  });
  it.each(['info', 'info@', 'mailto:info@schoolnabij.nl', 'a@b.nl?cc=x@y.nl'])('stops the build naming the variable for %j', (value) => {
    expect(() => siteContactEmail({ SITE_CONTACT_EMAIL: value })).toThrow(`SITE_CONTACT_EMAIL must be an e-mail address such as "redactie@schoolnabij.nl", got "${value}"`);
  });
});
