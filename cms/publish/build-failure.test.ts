import { describe, expect, it } from 'vitest';
import { ContentContractError } from '../../contract/violations.ts';
import { blameOf, explainFailure } from './build-failure.ts';
import { dutchDateTime, dutchMoment } from './dutch-time.ts';
import { fieldLabel } from './field-label.ts';

const titles = async (_collection: string, slug: string) => (slug === 'proef' ? 'De proef' : undefined);

describe('why a build failed, in Dutch', () => {
  it('names the document and the field the contract blames', async () => {
    const error = new ContentContractError([{ file: '/tmp/x/content.export-12/practice-examples/proef.mdx', field: 'ageMin', message: 'expected a whole number from 0 to 27, got 99' }]);
    expect(await explainFailure(error, titles)).toEqual({
      blame: [{ collection: 'practice-examples', slug: 'proef', field: 'ageMin', label: 'Leeftijd vanaf', problem: 'moet een heel getal van 0 tot en met 27 zijn (nu 99)' }],
      message: 'Praktijkvoorbeeld „De proef": het veld „Leeftijd vanaf" moet een heel getal van 0 tot en met 27 zijn (nu 99). Pas dat aan en publiceer opnieuw; daarna wordt de website weer bijgewerkt.',
    });
  });

  it('reads violations from a build log, and says when a reference points at an unpublished document', () => {
    const log = 'build failed\n  content/pages/over.mdx: related.0: "practice-examples/weg" does not exist (expected content/practice-examples/weg.mdx; existing: a)\n';
    expect(blameOf(new Error(log))).toEqual([
      { collection: 'pages', slug: 'over', field: 'related.0', label: 'Gerelateerd 1', problem: 'verwijst naar een document dat niet (meer) gepubliceerd is' },
    ]);
  });

  it('names the page a broken link points to, without the log', async () => {
    const error = new Error('de site bouwde niet (exit 1):\ndist.export-1/index.html: broken link /over/ (link)\ndist.export-1/agenda/index.html: broken link /over/ (link)\n    at Object.run (file:///x.js:1:1)');
    expect((await explainFailure(error, titles)).message).toBe('de website bevat links naar een pagina die niet (meer) bestaat: /over/. Publiceer die pagina opnieuw of haal de links weg.');
  });

  it('falls back to a sentence without technical detail', async () => {
    expect((await explainFailure(new Error('ENOSPC: no space left on device'), titles)).message).toBe(
      'de website kon niet worden gebouwd. De technische details staan in het serverlog; meld het aan een beheerder als het blijft misgaan.',
    );
  });

  it.each([
    ['ageMin', 'Leeftijd vanaf'],
    ['attachments.1.title', 'Bijlage 2 › Titel'],
    ['body', 'Tekst'],
  ])('calls field %s "%s"', (field, label) => {
    expect(fieldLabel('practice-examples', field)).toBe(label);
  });
});

describe('Dutch times in Amsterdam', () => {
  it.each([
    ['2026-12-01T13:05:00Z', '1 december 2026 14:05'],
    ['2026-07-01T12:05:00Z', '1 juli 2026 14:05'],
  ])('writes %s as %s', (iso, dutch) => {
    expect(dutchDateTime(iso)).toBe(dutch);
  });

  it('leaves out the date of today', () => {
    expect(dutchMoment('2026-12-01T13:05:00Z', new Date('2026-12-01T20:00:00Z'))).toBe('14:05');
    expect(dutchMoment('2026-12-01T13:05:00Z', new Date('2026-12-02T20:00:00Z'))).toBe('1 december 2026 14:05');
  });
});
