/**
 * A link in the body goes to a web address, an e-mail address (mailto:), a phone number (tel:)
 * or a document of the site: the CMS refuses any other target on save, whichever way the link came in (the link dialog, the REST API, an
 * autolink), with a Dutch message on the body that names the target.
 */
import type { SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph, richText, text } from '../test/support/lexical.ts';
import { practiceExample, seed, type Fixtures } from '../test/support/fixtures.ts';
import { startTestCms, type TestCms } from '../test/support/payload.ts';

const link = (type: 'link' | 'autolink', url: string) =>
  ({ type, version: 3, fields: { linkType: 'custom', url, newTab: false }, children: [text('Lees het verslag')], direction: 'ltr', format: '', indent: 0 }) as SerializedLexicalNode;

describe('links in the body, on save', () => {
  let cms: TestCms;
  let fx: Fixtures;
  let token: string;
  beforeAll(async () => {
    cms = await startTestCms();
    fx = await seed(cms.payload);
    const login = await cms.rest('POST', '/api/users/login', { body: { email: fx.editor.email, password: fx.editor.password } });
    token = ((await login.json()) as { token: string }).token;
  });
  afterAll(async () => cms?.close());

  const save = (type: 'link' | 'autolink', url: string, title: string) =>
    cms.rest('POST', '/api/practice-examples', { token, body: practiceExample(fx, { title, body: richText(paragraph(text('Zie '), link(type, url))) }) });

  const refused: ['link' | 'autolink', string][] = [
    ['link', 'javascript:alert(document.domain)'],
    ['link', 'JavaScript:alert(1)'],
    ['link', 'data:text/html,<script>alert(1)</script>'],
    ['link', 'vbscript:msgbox(1)'],
    ['link', 'file:///etc/passwd'],
    ['link', '//evil.example/'],
    ['link', 'mailto:'],
    ['link', 'tel:'],
    ['link', 'sms:+31612345678'],
    ['autolink', 'javascript:alert(1)'],
  ];
  it.each(refused)('refuses a %s to %j, naming it in Dutch', async (type, url) => {
    const res = await save(type, url, `Link ${type} ${url.slice(0, 10)}`);
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] };
    const fieldErrors = errors.flatMap((e) => e.data?.errors ?? []);
    expect(fieldErrors).toContainEqual({
      path: 'body',
      label: 'Tekst',
      message: `De link "Lees het verslag" naar "${url}" in de tekst kan niet: gebruik een webadres dat begint met https:// of http://, een e-mailadres met mailto: (mailto:naam@voorbeeld.nl) of een telefoonnummer met tel: (tel:+31201234567), of kies een pagina van de site.`,
    });
  });

  const accepted: ['link' | 'autolink', string][] = [
    ['link', 'https://www.voorbeeld.nl/verslag'],
    ['link', 'http://voorbeeld.nl'],
    ['link', 'mailto:redactie@schoolnabij.nl'],
    ['link', 'mailto:redactie@schoolnabij.nl?subject=Toegankelijkheid'],
    ['link', 'tel:+31201234567'],
    ['autolink', 'mailto:info@voorbeeld.nl'],
  ];
  it.each(accepted)('saves a %s to %j and keeps its target', async (type, url) => {
    const res = await save(type, url, `Goede link ${type} ${url}`);
    expect(res.status, await res.clone().text()).toBe(201);
    const { doc } = (await res.json()) as { doc: { id: number } };
    const saved = await cms.payload.findByID({ collection: 'practice-examples', id: doc.id, depth: 0 });
    expect(JSON.stringify(saved.body).match(/"url":"[^"]*"/g)).toEqual([`"url":${JSON.stringify(url)}`]);
  });
});
