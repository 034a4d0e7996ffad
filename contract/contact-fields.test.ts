/**
 * A person's e-mail address and phone number: what the contract accepts, what it refuses (naming
 * content/people.yaml, the field and the value), and the tel: address the site links to.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfSampleContent, edit } from '../test/support/content-fixture.ts';
import { checkContent, formatViolation } from './index.ts';
import { dutchPhone, email, telHref } from './values.ts';

describe('a person’s e-mail address', () => {
  it.each(['naam@voorbeeld.nl', 'a.b-c+d@sub.gemeente-dronten.nl', ' Naam@Voorbeeld.NL '])('accepts %j', (value) => {
    expect(email.safeParse(value).success).toBe(true);
  });
  it.each(['naam', 'naam@', '@voorbeeld.nl', 'naam@voorbeeld', 'naam @voorbeeld.nl', 'naam@voorbeeld.nl?subject=x', 'a@b@c.nl', 'javascript:alert(1)//@x.nl', '"><script>@x.nl'])(
    'refuses %j',
    (value) => {
      expect(email.safeParse(value).success).toBe(false);
    },
  );
});

describe('a person’s phone number, written loosely', () => {
  const ACCEPTED: [string, string][] = [
    ['020 123 4567', 'tel:+31201234567'],
    ['020-1234567', 'tel:+31201234567'],
    ['06-12345678', 'tel:+31612345678'],
    ['(0321) 12 34 56', 'tel:+31321123456'],
    ['+31 20 123 4567', 'tel:+31201234567'],
    ['+31 (0)20 123 4567', 'tel:+31201234567'],
    ['0031 6 1234 5678', 'tel:+31612345678'],
    ['0800 1234', 'tel:+318001234'],
    ['0900-1234567', 'tel:+319001234567'],
  ];
  it.each(ACCEPTED)('accepts %j and links it as %s', (value, tel) => {
    expect(dutchPhone.safeParse(value).success).toBe(true);
    expect(telHref(value)).toBe(tel);
  });
  it.each(['12345', '020 123 456', '020 123 45678', '+32 2 123 45 67', '00 20 123 4567', 'bel 020 1234567', '06-1234567a', '+310201234567'])('refuses %j', (value) => {
    expect(dutchPhone.safeParse(value).success).toBe(false);
  });
});

describe('content/people.yaml with contact details', () => {
  it('names the file, the field and the value of a wrong e-mail address or phone number', () => {
    const dir = copyOfSampleContent();
    const file = path.join(dir, 'people.yaml');
    edit(file, '  email: marga.kleinswormink@dronten.example\n', '  email: marga.kleinswormink\n');
    edit(file, '  phone: 0321 12 34 56\n', '  phone: 12 34 56\n');
    const lines = checkContent(dir).violations.map(formatViolation);
    expect(lines).toEqual([
      expect.stringMatching(/people\.yaml: .*email: expected an e-mail address such as "naam@voorbeeld\.nl", got "marga\.kleinswormink"$/),
      expect.stringMatching(/people\.yaml: .*phone: expected a Dutch phone number such as "020 123 4567", "06-12345678" or "\+31 20 123 4567", got "12 34 56"$/),
    ]);
  });
});
