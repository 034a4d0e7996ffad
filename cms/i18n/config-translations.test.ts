/**
 * The built config carries our Dutch over Payload's and Lexical's own (Lexical merges its
 * translations into the config while the editor is built, after ours) and the Amsterdam zone.
 */
import { describe, expect, it } from 'vitest';
import { buildCmsConfig } from '../config.ts';

describe('the built CMS config', () => {
  it('speaks our Dutch, in Payload and in Lexical, and schedules in Amsterdam time', async () => {
    const config = await buildCmsConfig({ DATABASE_URL: 'file::memory:', CMS_JOBS_AUTORUN: '0', PAYLOAD_SECRET: 'test-secret-for-config-only' });
    const nl = config.i18n.translations.nl as Record<string, Record<string, unknown>>;
    expect(nl.general!.upcomingEvents).toBe('Geplande publicaties');
    expect(nl.general!.livePreview).toBe('Live voorbeeld');
    expect((nl.lexical!.horizontalRule as Record<string, string>).label).toBe('Scheidingslijn');
    expect((nl.lexical!.general as Record<string, string>).slashMenuBasicGroupLabel).toBe('Tekst');
    expect(config.admin.timezones.defaultTimezone).toBe('Europe/Amsterdam');
    expect(config.admin.timezones.supportedTimezones.map((z) => z.value)).toEqual(['Europe/Amsterdam']);
    expect(config.admin.dateFormat).toBe('d MMMM yyyy HH:mm');
  });
});
