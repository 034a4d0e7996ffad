import type { z } from 'zod';

/** One broken rule of the contract: which file, which field, what is expected. */
export interface Violation {
  file: string;
  field: string;
  message: string;
}

export function formatViolation({ file, field, message }: Violation): string {
  return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

/** Turns zod's issues into violations; a field path is written as in the file: links.0.url. */
export function violationsFromZod(file: string, error: z.ZodError, prefix = ''): Violation[] {
  return error.issues.flatMap((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: [field, key].filter(Boolean).join('.'),
        message: 'is not a field of the contract (check the spelling, or declare it in contract/collections/)',
      }));
    }
    return [{ file, field, message: issue.message }];
  });
}

/** The error thrown when content/ breaks the contract: every violation, one line each. */
export class ContentContractError extends Error {
  readonly violations: Violation[];
  constructor(violations: Violation[]) {
    super(
      `content/ breaks the content contract (${violations.length} violation${violations.length === 1 ? '' : 's'}):\n` +
        violations.map((v) => `  ${formatViolation(v)}`).join('\n'),
    );
    this.name = 'ContentContractError';
    this.violations = violations;
  }
}
