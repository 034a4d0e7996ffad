/**
 * A theme, region or person that a document refers to cannot be deleted: the reference would
 * vanish from the document, and a practice example without a theme, or an expert piece without its
 * expert, would break the contract and stop every next export. The refusal says, in Dutch, which
 * documents use it. The fields that refer to it are read from the contract's declarations.
 */
import { APIError, type CollectionBeforeDeleteHook } from 'payload';
import type { Field, Target } from '../../contract/field.ts';
import { collectionFields } from '../../contract/schema.ts';
import { COLLECTION_INFO, COLLECTIONS } from '../../contract/vocabulary.ts';

const SHOWN = 5;

/** The CMS names of a collection's fields that refer to `to`, directly or as a list. */
function fieldsReferring(fields: Record<string, Field>, to: Target): string[] {
  const refers = (field: Field): boolean =>
    (field.kind.type === 'reference' && field.kind.to === to) || (field.kind.type === 'list' && refers(field.kind.of));
  return Object.entries(fields).filter(([, f]) => refers(f)).map(([name, f]) => f.cmsName ?? name);
}

const NOUNS: Partial<Record<Target, string>> = { themes: 'Dit thema', regions: 'Deze regio', people: 'Deze persoon' };

export function refuseDeleteInUse(to: Target): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    const users: string[] = [];
    for (const collection of COLLECTIONS) {
      const names = fieldsReferring(collectionFields[collection], to);
      if (!names.length) continue;
      const found = await req.payload.find({
        collection,
        where: { or: names.map((name) => ({ [name]: { in: [id] } })) },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        req,
      });
      for (const doc of found.docs) users.push(`"${doc.title}" (${COLLECTION_INFO[collection].label.toLowerCase()})`);
    }
    if (!users.length) return;
    const list = users.length > SHOWN ? `${users.slice(0, SHOWN).join(', ')} en ${users.length - SHOWN} andere` : users.join(', ').replace(/, ([^,]*)$/, ' en $1');
    const count = users.length === 1 ? 'één document' : `${users.length} documenten`;
    throw new APIError(`${NOUNS[to]} kan niet worden verwijderd: ${count} gebruikt het: ${list}. Haal het daar eerst weg.`, 409, null, true);
  };
}
