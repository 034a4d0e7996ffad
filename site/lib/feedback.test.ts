import { describe, expect, it } from 'vitest';
import { cmsPublicOrigin, feedbackAction } from './feedback.ts';

describe('CMS_PUBLIC_URL', () => {
  it('leaves the feedback form out when unset or empty', () => {
    expect(feedbackAction({})).toBeUndefined();
    expect(feedbackAction({ CMS_PUBLIC_URL: ' ' })).toBeUndefined();
  });

  it('gives the CMS origin and its /api/feedback', () => {
    expect(cmsPublicOrigin({ CMS_PUBLIC_URL: 'https://cms.schoolnabij.nl/' })).toBe('https://cms.schoolnabij.nl');
    expect(feedbackAction({ CMS_PUBLIC_URL: 'http://localhost:3000' })).toBe('http://localhost:3000/api/feedback');
  });

  it('refuses anything but an http(s) origin, naming the variable', () => {
    for (const value of ['ftp://cms.example.nl', 'javascript:alert(1)', 'cms.example.nl', 'https://u:p@cms.example.nl', 'https://cms.example.nl/api']) {
      expect(() => cmsPublicOrigin({ CMS_PUBLIC_URL: value }), value).toThrow(/CMS_PUBLIC_URL/);
    }
  });
});
