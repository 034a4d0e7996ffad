/**
 * Why a saved draft cannot be rendered yet, in Dutch and by the field's label: a draft may be
 * saved incomplete (autosave), while the site's pages need what the contract requires.
 */
import { checkBody } from '../../contract/body.ts';
import type { Fields } from '../../contract/field.ts';
import { collectionFields, collectionSchemas, isSlug } from '../../contract/schema.ts';
import type { Collection } from '../../contract/vocabulary.ts';
import { dutchMessage } from '../fields/contract-validate.ts';

export function draftProblems(collection: Collection, slug: unknown, frontmatter: Record<string, unknown>, body: string): string[] {
  const problems: string[] = [];
  if (typeof slug !== 'string' || !isSlug(slug)) problems.push('Webadres (slug): nog niet ingevuld of niet geldig.');
  const fields: Fields = collectionFields[collection];
  const result = collectionSchemas[collection].safeParse(frontmatter);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? '');
      const field = fields[name];
      const label = field?.label ?? name;
      const value = frontmatter[name];
      problems.push(value === undefined ? `${label}: nog niet ingevuld.` : `${label}: ${field ? dutchMessage(field, value) : issue.message}`);
    }
  }
  for (const problem of checkBody(body)) problems.push(`Tekst, regel ${problem.line}: ${problem.message}`);
  return [...new Set(problems)];
}
