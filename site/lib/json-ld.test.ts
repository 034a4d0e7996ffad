import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './json-ld.ts';

describe('JSON-LD serialisation', () => {
  const hostile = '</script><script>alert(document.domain)</script><!-- & \u2028 \u2029 -->';

  it('writes no character that could end or change the script element, and reads back the same text', () => {
    const json = serializeJsonLd({ headline: hostile });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ headline: hostile });
  });
});
