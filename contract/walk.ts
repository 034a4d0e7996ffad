/** Walking a document's values along its declared fields: what the checks and the CMS sync derive from. */
import type { Field, Fields } from './field.ts';

export type Visit = (field: Field, value: unknown, path: string) => void;

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Calls visit for every present value that a field declares, lists item by item and groups field
 * by field, with the path as written in messages (links.0.url). Values of the wrong shape are
 * passed to visit as they are; the schema reports their shape.
 */
export function eachValue(fields: Fields, data: unknown, visit: Visit, prefix = ''): void {
  if (!isRecord(data)) return;
  for (const [name, field] of Object.entries(fields)) {
    if (data[name] !== undefined) visitField(field, data[name], prefix ? `${prefix}.${name}` : name, visit);
  }
}

function visitField(field: Field, value: unknown, path: string, visit: Visit): void {
  visit(field, value, path);
  const { kind } = field;
  if (kind.type === 'list' && Array.isArray(value)) value.forEach((item, i) => visitField(kind.of, item, `${path}.${i}`, visit));
  else if (kind.type === 'group') eachValue(kind.fields, value, visit, path);
}

/** An object's keys in the order the fields declare them (nested groups too); unknown keys last. */
export function ordered(fields: Fields, value: unknown): unknown {
  if (!isRecord(value)) return value;
  const keys = [...Object.keys(fields), ...Object.keys(value).filter((k) => !(k in fields))];
  return Object.fromEntries(
    keys.filter((k) => value[k] !== undefined).map((k) => [k, fields[k] ? orderedValue(fields[k], value[k]) : value[k]]),
  );
}

function orderedValue(field: Field, value: unknown): unknown {
  const { kind } = field;
  if (kind.type === 'list' && Array.isArray(value)) return value.map((item) => orderedValue(kind.of, item));
  if (kind.type === 'group') return ordered(kind.fields, value);
  return value;
}
