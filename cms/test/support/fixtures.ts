/** Test data that satisfies the content contract, and the users of the access tests. */
import type { Payload } from 'payload';
import sharp from 'sharp';
import type { Person, Theme, User } from '../../payload-types.ts';
import { createInput, type CreateInput } from './create-input.ts';

export interface Fixtures {
  admin: { id: User['id']; email: string; password: string };
  editor: { id: User['id']; email: string; password: string };
  themeId: Theme['id'];
  personId: Person['id'];
}

export async function seed(payload: Payload): Promise<Fixtures> {
  // The first user becomes admin by the first-user hook; the second gets the default role.
  const adminData = { email: 'beheer@schoolnabij.test', password: 'beheer-wachtwoord-1' };
  const editorData = { email: 'redactie@schoolnabij.test', password: 'redactie-wachtwoord-1' };
  const admin = await payload.create({ collection: 'users', data: { ...adminData, roles: ['editor'] }, overrideAccess: true });
  const editor = await payload.create({ collection: 'users', data: createInput('users', editorData), overrideAccess: true });
  const theme = await payload.create({
    collection: 'themes',
    data: createInput('themes', { name: 'Thuiszitters', description: 'Kinderen die niet naar school gaan.' }),
    overrideAccess: true,
  });
  const person = await payload.create({
    collection: 'people',
    data: createInput('people', { name: 'Anna de Vries', role: 'Jeugdverpleegkundige', organisation: 'GGD Flevoland' }),
    overrideAccess: true,
  });
  return {
    admin: { id: admin.id, ...adminData },
    editor: { id: editor.id, ...editorData },
    themeId: theme.id,
    personId: person.id,
  };
}

/** A complete practice example, its slug left to the CMS; fields can be overridden per test. */
export function practiceExample(fixtures: Fixtures, overrides: Partial<CreateInput<'practice-examples'>> = {}) {
  return createInput('practice-examples', {
    title: 'Jeugdhulp in de school in Dronten',
    summary: 'Een jeugdhulpverlener werkt drie dagen per week op school.',
    publishedAt: '2026-03-01T00:00:00.000Z',
    themes: [fixtures.themeId],
    sectors: ['po', 'so'],
    ageMin: 4,
    ageMax: 12,
    organisations: [{ name: 'Basisschool De Estafette', kind: 'school' }],
    _status: 'published',
    ...overrides,
  });
}

/** A small real PNG, for upload tests. */
export async function pngFile(name = 'proef.png') {
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2a6' } }).png().toBuffer();
  return { data, mimetype: 'image/png', name, size: data.length };
}

/** A minimal, well-formed one-page PDF (header, objects, xref table, trailer). */
export function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
