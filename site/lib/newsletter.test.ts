import { describe, expect, it } from 'vitest';
import { newsletterFormAction } from './newsletter.ts';

describe('newsletterFormAction', () => {
  it('is undefined when NEWSLETTER_FORM_ACTION is unset or empty', () => {
    expect(newsletterFormAction({})).toBeUndefined();
    expect(newsletterFormAction({ NEWSLETTER_FORM_ACTION: '  ' })).toBeUndefined();
  });

  it('returns an https URL', () => {
    expect(newsletterFormAction({ NEWSLETTER_FORM_ACTION: 'https://lijst.example.nl/aanmelden?lijst=3' })).toBe('https://lijst.example.nl/aanmelden?lijst=3');
  });

  it('refuses anything but https, naming the variable', () => {
    for (const value of ['http://lijst.example.nl/aanmelden', 'javascript:alert(1)', '/aanmelden', 'lijst.example.nl', 'https://user:pw@lijst.example.nl/']) {
      expect(() => newsletterFormAction({ NEWSLETTER_FORM_ACTION: value }), value).toThrow(/NEWSLETTER_FORM_ACTION/);
    }
  });
});
