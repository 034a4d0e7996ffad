import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseMdx } from './index.ts';
import { serializeDocument, serializeTaxonomy } from './serialize.ts';

describe('the canonical form of content/', () => {
  it('orders keys as the schema does, in block style, and reads back the same', () => {
    const text = serializeDocument(
      'events',
      { location: 'Utrecht', startsAt: '2027-03-18T09:30:00+01:00', themes: ['a', 'b'], publishedAt: '2026-10-06', summary: 'Kort: en goed.', title: 'Dag' },
      '\n\nTekst.\n\n\n',
    );
    expect(text).toBe(
      '---\ntitle: Dag\nsummary: "Kort: en goed."\npublishedAt: "2026-10-06"\nthemes:\n  - a\n  - b\nstartsAt: "2027-03-18T09:30:00+01:00"\nlocation: Utrecht\n---\n\nTekst.\n',
    );
    const { frontmatter, body } = parseMdx(text);
    expect(serializeDocument('events', frontmatter as Record<string, unknown>, body)).toBe(text);
  });

  it('orders nested objects too', () => {
    expect(serializeTaxonomy('people', [{ organisation: 'NJi', role: 'directeur', name: 'R', slug: 'r' }])).toBe(
      '- slug: r\n  name: R\n  role: directeur\n  organisation: NJi\n',
    );
  });

  it('is the form of every sample file (npm run format:content -- --check)', () => {
    const result = spawnSync(process.execPath, ['scripts/format-content.ts', '--check'], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/, 0 not canonical/);
    expect(result.status).toBe(0);
  });
});
