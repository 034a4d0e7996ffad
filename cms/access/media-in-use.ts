/**
 * Which media files visitors may fetch from the CMS: those a published document uses, in an
 * upload field (image, attachments) or in its body (an image, a Figure). It is what the export
 * copies to content/media and the site serves from dist/media. Worked out from the documents,
 * kept per CMS for a few seconds (another process, such as `npm run import`, may change them),
 * and forgotten at once when a document changes here.
 */
import type { Block, Field, Payload } from 'payload';
import { COLLECTIONS } from '../../contract/vocabulary.ts';
import { Callout } from '../blocks/callout.ts';
import { Figure } from '../blocks/figure.ts';

export const MEDIA = 'media';
const BODY_BLOCKS: Block[] = [Callout, Figure];
/** How long a worked-out set is trusted when nothing here changed. */
const FRESH_MS = 5_000;

interface Known {
  ids: Promise<Set<string>>;
  at: number;
}
const known = new WeakMap<Payload, Known>();

/** The ids (as strings) of the media that published documents use. */
export function mediaInUse(payload: Payload): Promise<Set<string>> {
  const cached = known.get(payload);
  if (cached && Date.now() - cached.at < FRESH_MS) return cached.ids;
  const entry: Known = { ids: collectMediaInUse(payload), at: Date.now() };
  known.set(payload, entry);
  entry.ids.catch(() => known.get(payload) === entry && known.delete(payload));
  return entry.ids;
}

/** A document was saved, published, unpublished or deleted: work the set out again. */
export function forgetMediaInUse(payload: Payload): void {
  known.delete(payload);
}

async function collectMediaInUse(payload: Payload): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const slug of COLLECTIONS) {
    const config = payload.collections[slug]?.config;
    if (!config) continue;
    const fields = config.fields.filter(mayHoldMedia);
    const select = Object.fromEntries(fields.filter((field) => 'name' in field).map((field) => [field.name, true]));
    const { docs } = await payload.find({
      collection: slug,
      where: config.versions?.drafts ? { _status: { equals: 'published' } } : {},
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select,
    });
    for (const doc of docs) collectFromFields(fields, doc, ids);
  }
  return ids;
}

/** Whether a field can hold a media reference anywhere inside it. */
function mayHoldMedia(field: Field): boolean {
  switch (field.type) {
    case 'upload':
    case 'relationship':
      return [field.relationTo].flat().includes(MEDIA);
    case 'richText':
      return true;
    case 'array':
    case 'group':
    case 'row':
    case 'collapsible':
      return field.fields.some(mayHoldMedia);
    case 'tabs':
      return field.tabs.some((tab) => tab.fields.some(mayHoldMedia));
    case 'blocks':
      return (field.blocks ?? []).some((block) => block.fields.some(mayHoldMedia));
    default:
      return false;
  }
}

function collectFromFields(fields: Field[], data: unknown, ids: Set<string>): void {
  if (!data || typeof data !== 'object') return;
  const record = data as Record<string, unknown>;
  for (const field of fields) {
    const value = 'name' in field ? record[field.name] : record;
    switch (field.type) {
      case 'upload':
      case 'relationship':
        for (const ref of [value].flat()) addReference(ref, field.relationTo, ids);
        break;
      case 'richText':
        collectFromLexical((value as { root?: unknown } | null)?.root, ids);
        break;
      case 'array':
        for (const row of Array.isArray(value) ? value : []) collectFromFields(field.fields, row, ids);
        break;
      case 'group':
      case 'row':
      case 'collapsible':
        collectFromFields(field.fields, value, ids);
        break;
      case 'tabs':
        for (const tab of field.tabs) collectFromFields(tab.fields, 'name' in tab && tab.name ? record[tab.name] : record, ids);
        break;
      case 'blocks':
        for (const row of Array.isArray(value) ? value : []) {
          const block = (field.blocks ?? []).find((b) => b.slug === (row as { blockType?: unknown })?.blockType);
          if (block) collectFromFields(block.fields, row, ids);
        }
        break;
    }
  }
}

/** An upload node of the body, or a block (a Figure) whose fields hold one. */
function collectFromLexical(node: unknown, ids: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  const { type, relationTo, value, fields, children } = node as Record<string, unknown>;
  if (type === 'upload' && relationTo === MEDIA) addReference(value, MEDIA, ids);
  if (type === 'block') {
    const block = BODY_BLOCKS.find((b) => b.slug === (fields as { blockType?: unknown } | undefined)?.blockType);
    if (block) collectFromFields(block.fields, fields, ids);
  }
  for (const child of Array.isArray(children) ? children : []) collectFromLexical(child, ids);
}

/** A reference as stored: an id, a populated document, or `{ relationTo, value }` of a polymorphic field. */
function addReference(ref: unknown, relationTo: string | string[], ids: Set<string>): void {
  if (ref === null || ref === undefined) return;
  if (typeof ref === 'object') {
    const { relationTo: to, value, id } = ref as Record<string, unknown>;
    if (to !== undefined) return to === MEDIA ? addReference(value, MEDIA, ids) : undefined;
    return addReference(id, relationTo, ids);
  }
  if ([relationTo].flat().includes(MEDIA) && (typeof ref === 'string' || typeof ref === 'number')) ids.add(String(ref));
}
