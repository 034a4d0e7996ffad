/**
 * The Dutch name of a field as an editor sees it in the CMS, from the contract's declaration:
 * "ageMin" → "Leeftijd vanaf", "attachments.1.title" → "Bijlage 2 › Titel".
 */
import type { Field, Fields, Kind } from '../../contract/field.ts';
import { collectionFields } from '../../contract/schema.ts';
import type { Collection } from '../../contract/vocabulary.ts';

/** Parts of a document that are no frontmatter field of the contract. */
const OTHER_LABELS: Record<string, string> = { body: 'Tekst', slug: 'Slug', frontmatter: 'Gegevens' };

export function fieldLabel(collection: Collection, fieldPath: string): string {
  const [first = '', ...rest] = fieldPath.split('.');
  const names: string[] = [];
  let fields: Fields | undefined = collectionFields[collection];
  let field: Field | undefined;
  let key: string | undefined = first;
  while (key !== undefined) {
    field = fields?.[key];
    if (!field) {
      names.push(names.length ? key : (OTHER_LABELS[key] ?? key));
      break;
    }
    let label = field.label ?? key;
    let kind: Kind = field.kind;
    while (kind.type === 'list' && /^\d+$/.test(rest[0] ?? '')) {
      const item: Field = kind.of;
      label = `${item.label ?? label} ${Number(rest.shift()) + 1}`;
      kind = item.kind;
    }
    names.push(label);
    fields = kind.type === 'group' ? kind.fields : undefined;
    key = rest.shift();
  }
  return names.join(' › ');
}
