/** A field of an operation's `data`, whatever the operation's type says data is: unknown until checked. */
export function fieldOf(data: unknown, name: string): unknown {
  return data && typeof data === 'object' && name in data ? (data as Record<string, unknown>)[name] : undefined;
}
