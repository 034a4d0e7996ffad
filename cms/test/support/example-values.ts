/**
 * Test support: a valid value for any declared contract field, derived from its kind, so that a
 * test can fill every optional field of every collection — also one added later — without a list.
 */
import { copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Field } from '../../../contract/field.ts';
import type { ContentCheck } from '../../../contract/index.ts';

export interface ExampleContext {
  contentDir: string;
  check: ContentCheck;
  /** Makes media file names unique to the document that uses them. */
  owner: string;
}

/** A new file in content/media, copied from a sample file of that extension. */
function mediaCopy(ctx: ExampleContext, ext: string, name: string): string {
  const sample = readdirSync(path.join(ctx.contentDir, 'media')).find((f) => f.endsWith(ext));
  if (!sample) throw new Error(`no ${ext} in the sample media to copy`);
  const file = `${name}-${ctx.owner}${ext}`;
  copyFileSync(path.join(ctx.contentDir, 'media', sample), path.join(ctx.contentDir, 'media', file));
  return `media/${file}`;
}

export function exampleValue(field: Field, ctx: ExampleContext): unknown {
  const { kind } = field;
  switch (kind.type) {
    case 'text':
      return `Voorbeeldtekst voor ${ctx.owner}`.slice(0, kind.max);
    case 'slug':
      return ctx.owner;
    case 'integer':
      return kind.min;
    case 'date':
      return '2026-02-03';
    case 'dateTime':
      return '2030-05-06T10:30:00+02:00';
    case 'choice':
      return kind.values[0];
    case 'reference':
      return kind.to === 'events' ? ctx.check.documents.find((d) => d.collection === 'events')!.slug : ctx.check[kind.to][0]!.slug;
    case 'url':
      return 'https://www.voorbeeld.nl/';
    case 'email':
      return `${ctx.owner}@voorbeeld.nl`;
    case 'phone':
      return '020 123 4567';
    case 'sitePath':
      return `/oud/${ctx.owner}/`;
    case 'media':
      return mediaCopy(ctx, '.pdf', 'bijlage');
    case 'image':
      return { src: mediaCopy(ctx, '.jpg', 'beeld'), alt: `Afbeelding bij ${ctx.owner}` };
    case 'document': {
      const other = ctx.check.documents.find((d) => `${d.collection}-${d.slug}` !== ctx.owner)!;
      return { collection: other.collection, slug: other.slug };
    }
    case 'list':
      return [exampleValue(kind.of, ctx)];
    case 'group':
      return Object.fromEntries(Object.entries(kind.fields).map(([name, f]) => [name, exampleValue(f, ctx)]));
  }
}
